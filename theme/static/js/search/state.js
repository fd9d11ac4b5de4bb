/*!
 * tukena search page: the state of a search, its address and the engine's filters for it.
 *
 * The whole state lives in the address, so a search can be bookmarked, shared, printed
 * and restored with back and forward:
 *
 *   ?q=kielikahvila&municipality=049&region=01&county=LU&form=language-cafe
 *    &group=women&age=16&language=ar&help=so&level=none&category=support&day=tue&time=evening
 *    &mode=online|inperson&free=1&open=1&referrals=1&childcare=1&stepfree=1&current=1
 *    &sort=next|verified&by=county&show=40
 *
 * Codes, not table positions: an address stays valid after the site is rebuilt. Values of
 * one facet are alternatives (any may match); facets combine (all must match). The
 * municipality, region and county choices are one facet, "place". Licence: EUPL-1.2 (tukena).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.TukenaSearch = root.TukenaSearch || {};
    root.TukenaSearch.State = factory();
  }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var MAX_SHOWN = 1000;
  var LISTS = ["municipality", "region", "county", "form", "group", "language", "help",
    "level", "day", "time", "category"];
  var FLAGS = ["free", "open", "referrals", "childcare", "stepfree", "current"];
  var SORTS = ["relevance", "next", "verified"];
  var MODES = ["online", "inperson"];
  var DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  var TIMES = ["morning", "afternoon", "evening"];
  // Facet groups whose counts leave their own choices out (any of their values may match).
  var GROUPS = ["place", "form", "group", "language", "help", "level", "day", "time", "mode",
    "category"];
  // List name -> the facets.json table its codes point into.
  var TABLE_OF = { municipality: "municipality", region: "region", county: "county", form: "form",
    group: "group", language: "language", help: "help", level: "level", category: "category" };
  // "Show only" names in the address -> the engine's flag names.
  var ENGINE_FLAG = { free: "free", referrals: "referrals", childcare: "childcare", stepfree: "stepFree" };

  function create(pageSize) {
    var s = { q: "", sort: "relevance", by: "region", mode: "", age: null, show: pageSize };
    LISTS.forEach(function (name) { s[name] = []; });
    FLAGS.forEach(function (name) { s[name] = false; });
    return s;
  }

  function unique(values) {
    var seen = Object.create(null), out = [];
    values.forEach(function (v) {
      if (v && !seen[v]) out.push((seen[v] = v));
    });
    return out;
  }

  /** An age from an address or the age field ("16"): a whole number of years, else null. */
  function age(text) {
    text = String(text || "").trim();
    return /^[0-9]{1,3}$/.test(text) ? +text : null;
  }

  /** The state of a query string ("?q=…"); unknown keys and bad values are ignored. */
  function parse(search, pageSize) {
    var params = new URLSearchParams(search), s = create(pageSize);
    s.q = (params.get("q") || "").slice(0, 200);
    LISTS.forEach(function (name) {
      var values = [];
      params.getAll(name).forEach(function (v) { values = values.concat(v.split(",")); });
      s[name] = unique(values.map(function (v) { return v.trim(); })).slice(0, 200);
    });
    FLAGS.forEach(function (name) {
      var v = params.get(name);
      s[name] = v === "1" || v === "on" || v === "true";
    });
    s.mode = MODES.indexOf(params.get("mode")) >= 0 ? params.get("mode") : "";
    s.age = age(params.get("age"));
    s.sort = SORTS.indexOf(params.get("sort")) >= 0 ? params.get("sort") : "relevance";
    s.by = params.get("by") === "county" ? "county" : "region";
    var show = parseInt(params.get("show"), 10);
    s.show = show > pageSize ? Math.min(show, MAX_SHOWN) : pageSize;
    return s;
  }

  /** The query string of a state ("" for the empty one); defaults are left out. */
  function serialise(s, pageSize) {
    var params = new URLSearchParams();
    if (s.q.trim()) params.append("q", s.q.trim());
    LISTS.forEach(function (name) {
      s[name].forEach(function (v) { params.append(name, v); });
    });
    if (s.age !== null) params.append("age", String(s.age));
    if (s.mode) params.append("mode", s.mode);
    FLAGS.forEach(function (name) { if (s[name]) params.append(name, "1"); });
    if (s.sort !== "relevance") params.append("sort", s.sort);
    if (s.by !== "region") params.append("by", s.by);
    if (s.show > pageSize) params.append("show", String(s.show));
    var text = params.toString();
    return text ? "?" + text : "";
  }

  /** Drops values the data does not know (an old or mistyped address); codes: table -> {code: row}. */
  function sanitise(s, codes) {
    LISTS.forEach(function (name) {
      var known = name === "day" ? DAYS : name === "time" ? TIMES : null;
      s[name] = s[name].filter(function (v) {
        return known ? known.indexOf(v) >= 0 : Object.prototype.hasOwnProperty.call(codes[TABLE_OF[name]], v);
      });
    });
    return s;
  }

  function chosenCount(s) {
    var n = 0;
    LISTS.forEach(function (name) { n += s[name].length; });
    FLAGS.forEach(function (name) { if (s[name]) n++; });
    return n + (s.mode ? 1 : 0) + (s.age !== null ? 1 : 0);
  }

  function placeChosen(s) {
    return s.municipality.length + s.region.length + s.county.length > 0;
  }

  function groupActive(s, group) {
    if (group === "place") return placeChosen(s);
    if (group === "mode") return s.mode !== "";
    return s[group].length > 0;
  }

  function mask(values, order) {
    return values.reduce(function (m, v) {
      var i = order.indexOf(v);
      return i >= 0 ? m | (1 << i) : m;
    }, 0);
  }

  /**
   * The engine's filters for state s, leaving out facet group `except`; tables are the
   * engine's facet tables, codes the table -> {code: row} maps made from them.
   */
  function filters(s, tables, codes, except) {
    function rows(name) {
      var table = codes[TABLE_OF[name]];
      return s[name].map(function (v) { return table[v]; }).filter(function (i) { return i !== undefined; });
    }
    var f = { flags: {} };
    if (except !== "place" && placeChosen(s)) {
      var ms = new Set(rows("municipality")), regions = new Set(rows("region"));
      var counties = new Set(rows("county"));
      f.municipality = [];
      tables.municipality.forEach(function (row, m) {
        if (ms.has(m) || regions.has(row[2]) || counties.has(row[3])) f.municipality.push(m);
      });
    }
    // form and group: bit numbers are table rows
    ["form", "group", "language", "help", "level", "category"].forEach(function (name) {
      if (except !== name) f[name] = rows(name);
    });
    if (except !== "day") f.days = mask(s.day, DAYS);
    if (except !== "time") f.times = mask(s.time, TIMES);
    if (except !== "mode") {
      if (s.mode === "online") f.flags.online = true;
      if (s.mode === "inperson") f.flags.inPerson = true;
    }
    Object.keys(ENGINE_FLAG).forEach(function (name) {
      if (s[name]) f.flags[ENGINE_FLAG[name]] = true;
    });
    if (s.open) f.capacity = [codes.capacity.open];
    if (s.current) f.flags.stale = false; // not marked "may be out of date"
    if (s.age !== null) f.age = s.age;
    return f;
  }

  /** refs in the order of `sort`: relevance keeps a ranked order, else by next session. */
  function sort(refs, order, ranked, columns) {
    if (order === "relevance" && ranked) return refs;
    var position = new Map();
    refs.forEach(function (doc, i) { position.set(doc, i); });
    var out = refs.slice();
    out.sort(function (a, b) {
      return (order === "verified" ? columns.verified[a] - columns.verified[b] : 0) ||
        columns.next[a] - columns.next[b] || position.get(a) - position.get(b);
    });
    return out;
  }

  return {
    LISTS: LISTS, FLAGS: FLAGS, SORTS: SORTS, MODES: MODES, DAYS: DAYS, TIMES: TIMES,
    GROUPS: GROUPS, TABLE_OF: TABLE_OF, ENGINE_FLAG: ENGINE_FLAG, MAX_SHOWN: MAX_SHOWN,
    create: create, age: age, parse: parse, serialise: serialise, sanitise: sanitise,
    chosenCount: chosenCount, groupActive: groupActive, filters: filters, sort: sort
  };
}));
