/*!
 * tukena search page: the interface of theme/templates/search.html on top of engine.js.
 *
 * The whole state lives in the address, so a search can be bookmarked, shared, printed
 * and restored with back and forward:
 *
 *   ?q=kielikahvila&municipality=049&region=01&county=LU&form=language-cafe
 *    &group=women&language=ar&level=none&category=support&day=tue&time=evening
 *    &mode=online|inperson&free=1&open=1&referrals=1&childcare=1&stepfree=1
 *    &sort=next|verified&by=county&show=40
 *
 * Codes, not table positions: an address stays valid after the site is rebuilt. Values of
 * one facet are alternatives (any may match); facets combine (all must match). The
 * municipality, region and county choices are one facet, "place".
 *
 * Every text from the data reaches the page through textContent or setAttribute, never as
 * markup. UI strings come from the page (#search-i18n, made from the gettext catalogs),
 * settings from #search-config. Licence: EUPL-1.2 (tukena).
 */
(function () {
  "use strict";

  var doc = document;
  var app = doc.getElementById("search-app");
  var configNode = doc.getElementById("search-config");
  if (!app || !configNode || !window.TukenaSearch || !window.lunr || !window.fetch ||
      !window.URLSearchParams || !window.Promise || !window.history || !history.pushState) {
    return;
  }
  var config = JSON.parse(configNode.textContent);
  var t = JSON.parse(doc.getElementById("search-i18n").textContent);
  var PAGE = config.pageSize || 20;
  var MAX_SHOWN = 1000;
  var TYPING_DELAY = 180;

  var LISTS = ["municipality", "region", "county", "form", "group", "language", "level",
    "day", "time", "category"];
  var FLAGS = ["free", "open", "referrals", "childcare", "stepfree"];
  var SORTS = ["relevance", "next", "verified"];
  var MODES = ["online", "inperson"];
  var DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  var TIMES = ["morning", "afternoon", "evening"];
  // Facet groups whose counts leave their own choices out (any of their values may match).
  var GROUPS = ["place", "form", "group", "language", "level", "day", "time", "mode", "category"];
  var TABLE_OF = { municipality: "municipality", region: "region", county: "county", form: "form",
    group: "group", language: "language", level: "level", category: "category" };
  var ENGINE_FLAG = { free: "free", referrals: "referrals", childcare: "childcare", stepfree: "stepFree" };
  var LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

  var form = doc.getElementById("search-form");
  var input = doc.getElementById("search-q");
  var loading = doc.getElementById("search-loading");
  var filters = doc.getElementById("search-filters");
  var filterCount = doc.getElementById("search-filter-count");
  var statusNode = doc.getElementById("search-status");
  var sortSelect = doc.getElementById("search-sort");
  var noteNode = doc.getElementById("search-note");
  var list = doc.getElementById("search-results");
  var moreButton = doc.getElementById("search-more");
  var empty = doc.getElementById("search-empty");
  var active = doc.getElementById("search-active");
  var activeList = doc.getElementById("search-active-list");
  var browse = doc.getElementById("search-browse");

  var engine = null;
  var state = parseState(location.search);
  var codes = {};         // table name -> {code: row}
  var labels = {};        // list name -> {code: label}
  var countNodes = {};    // "name:code" -> [span, …]
  var languageNames = {}; // language code -> name
  var sequence = 0;       // the latest run; older card fetches are dropped
  var typingEntry = false;
  var typingTimer = 0;
  var focusAfterRender = -1;

  // ---- state and address ----------------------------------------------------------------

  function emptyState() {
    var s = { q: "", sort: "relevance", by: "region", mode: "", show: PAGE };
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

  function parseState(search) {
    var params = new URLSearchParams(search), s = emptyState();
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
    s.sort = SORTS.indexOf(params.get("sort")) >= 0 ? params.get("sort") : "relevance";
    s.by = params.get("by") === "county" ? "county" : "region";
    var show = parseInt(params.get("show"), 10);
    s.show = show > PAGE ? Math.min(show, MAX_SHOWN) : PAGE;
    return s;
  }

  function queryString(s) {
    var params = new URLSearchParams();
    if (s.q.trim()) params.append("q", s.q.trim());
    LISTS.forEach(function (name) {
      s[name].forEach(function (v) { params.append(name, v); });
    });
    if (s.mode) params.append("mode", s.mode);
    FLAGS.forEach(function (name) { if (s[name]) params.append(name, "1"); });
    if (s.sort !== "relevance") params.append("sort", s.sort);
    if (s.by !== "region") params.append("by", s.by);
    if (s.show > PAGE) params.append("show", String(s.show));
    var text = params.toString();
    return text ? "?" + text : "";
  }

  function address(s) {
    return location.pathname + queryString(s);
  }

  /** Drops values the data does not know (an old or mistyped address). */
  function sanitise(s) {
    LISTS.forEach(function (name) {
      var known = name === "day" ? DAYS : name === "time" ? TIMES : null;
      s[name] = s[name].filter(function (v) {
        return known ? known.indexOf(v) >= 0 : Object.prototype.hasOwnProperty.call(codes[TABLE_OF[name]], v);
      });
    });
    return s;
  }

  /**
   * Records the state in the history: "push" a new entry, "replace" the current one, or
   * "type": the first keystroke of a query pushes, the next ones replace, so that back
   * goes to before the typing rather than letter by letter.
   */
  function commit(kind) {
    var url = address(state), current = location.pathname + location.search;
    if (kind === "type") {
      if (typingEntry) history.replaceState(null, "", url);
      else if (url !== current) history.pushState(null, "", url);
      typingEntry = true;
    } else {
      if (kind === "replace" || url === current) history.replaceState(null, "", url);
      else history.pushState(null, "", url);
      typingEntry = false;
    }
    run();
  }

  // ---- engine filters and counts --------------------------------------------------------

  function rows(name, values) {
    var table = codes[TABLE_OF[name]];
    return values.map(function (v) { return table[v]; }).filter(function (i) { return i !== undefined; });
  }

  function mask(values, order) {
    return values.reduce(function (m, v) {
      var i = order.indexOf(v);
      return i >= 0 ? m | (1 << i) : m;
    }, 0);
  }

  function placeRows(s) {
    var ms = new Set(rows("municipality", s.municipality));
    var regions = new Set(rows("region", s.region));
    var counties = new Set(rows("county", s.county));
    var out = [];
    engine.tables.municipality.forEach(function (row, m) {
      if (ms.has(m) || regions.has(row[2]) || counties.has(row[3])) out.push(m);
    });
    return out;
  }

  function placeChosen(s) {
    return s.municipality.length + s.region.length + s.county.length > 0;
  }

  function groupActive(s, group) {
    if (group === "place") return placeChosen(s);
    if (group === "mode") return s.mode !== "";
    return s[group].length > 0;
  }

  /** The engine's filters for state s, leaving out facet group `except`. */
  function filtersOf(s, except) {
    var f = { flags: {} };
    if (except !== "place" && placeChosen(s)) f.municipality = placeRows(s);
    ["form", "group"].forEach(function (name) {
      if (except !== name) f[name] = rows(name, s[name]); // bit numbers are table rows
    });
    ["language", "level", "category"].forEach(function (name) {
      if (except !== name) f[name] = rows(name, s[name]);
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
    return f;
  }

  function sortRefs(refs, sort, ranked) {
    if (sort === "relevance" && ranked) return refs;
    var c = engine.columns, position = new Map();
    refs.forEach(function (doc, i) { position.set(doc, i); });
    var out = refs.slice();
    out.sort(function (a, b) {
      return (sort === "verified" ? c.verified[a] - c.verified[b] : 0) ||
        c.next[a] - c.next[b] || position.get(a) - position.get(b);
    });
    return out;
  }

  // ---- running a search -----------------------------------------------------------------

  /**
   * Searches with the current state and shows the results. When they are on the page,
   * #search-app gets data-rendered="<the state's query string>" (tests wait for it).
   */
  function run() {
    if (!engine) return;
    var s = state, mine = ++sequence, key = queryString(s);
    app.removeAttribute("data-rendered");
    var found = engine.match(s.q), note = "";
    if (found.terms.length && !found.complete) {
      var typos = engine.match(s.q, { typos: true });
      if (typos.complete) {
        found = typos;
        note = t.fuzzy;
      } else if (found.refs.length) {
        note = t.partial;
      }
    }
    var matched = found.refs;
    var results = sortRefs(engine.filter(matched, filtersOf(s)), s.sort, found.terms.length > 0);
    showCounts(s, matched, results);
    showActive(s);
    var total = results.length, shown = results.slice(0, s.show);
    var text = plural(t.found, total).replace("{n}", String(total));
    if (total > shown.length) text += ", " + t.shown.replace("{shown}", String(shown.length));
    if (statusNode.textContent !== text) statusNode.textContent = text;
    noteNode.textContent = note;
    noteNode.hidden = !note || !total;
    empty.hidden = total > 0;
    browse.hidden = total > 0;
    moreButton.hidden = total <= shown.length;
    engine.cards(shown).then(function (cards) {
      if (mine !== sequence) return;
      render(cards);
      app.setAttribute("data-rendered", key);
    }, function () {
      if (mine === sequence) statusNode.textContent = t.failed;
    });
  }

  function plural(forms, n) {
    return n === 1 ? forms[0] : forms[1];
  }

  function setCount(key, n) {
    (countNodes[key] || []).forEach(function (node) {
      node.textContent = "(" + n + ")";
    });
  }

  function showCounts(s, matched, results) {
    var all = engine.counts(results), by = {}, base = {};
    GROUPS.forEach(function (group) {
      if (groupActive(s, group)) {
        base[group] = engine.filter(matched, filtersOf(s, group));
        by[group] = engine.counts(base[group]);
      } else {
        base[group] = results;
        by[group] = all;
      }
    });
    var tb = engine.tables;
    tb.municipality.forEach(function (row, m) { setCount("municipality:" + row[0], by.place.municipality[m]); });
    tb.region.forEach(function (row, r) { setCount("region:" + row[0], by.place.region[r]); });
    tb.county.forEach(function (row, k) { setCount("county:" + row[0], by.place.county[k]); });
    ["form", "group", "language", "level", "category"].forEach(function (name) {
      tb[name].forEach(function (row, i) { setCount(name + ":" + row[0], by[name][name][i]); });
    });
    DAYS.forEach(function (day, i) { setCount("day:" + day, by.day.days[i]); });
    TIMES.forEach(function (time, i) { setCount("time:" + time, by.time.times[i]); });
    setCount("mode:", base.mode.length);
    setCount("mode:online", by.mode.flags.online);
    setCount("mode:inperson", by.mode.flags.inPerson);
    Object.keys(ENGINE_FLAG).forEach(function (name) { setCount(name, all.flags[ENGINE_FLAG[name]]); });
    setCount("open", all.capacity[codes.capacity.open]);
  }

  // ---- facet controls -------------------------------------------------------------------

  function el(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  var controlIds = 0;

  function option(name, value, text, countKey, type) {
    var li = el("li", "facet-option");
    var box = el("input");
    box.type = type || "checkbox";
    box.id = "f-" + name + "-" + (++controlIds);
    box.name = name;
    box.value = value;
    box.setAttribute("form", "search-form");
    var label = el("label", null, text + " ");
    label.htmlFor = box.id;
    label.appendChild(countSpan(countKey || name + ":" + value));
    li.appendChild(box);
    li.appendChild(label);
    return li;
  }

  function countSpan(key) {
    var span = el("span", "count");
    (countNodes[key] = countNodes[key] || []).push(span);
    return span;
  }

  function byName(a, b) {
    return a.name.localeCompare(b.name, config.lang);
  }

  /** The municipalities grouped by region and, in a second list, by wellbeing services county. */
  function buildPlaces(container) {
    var tb = engine.tables;
    ["region", "county"].forEach(function (kind) {
      var slot = kind === "region" ? 2 : 3, groups = {};
      tb.municipality.forEach(function (row) {
        var key = row[slot];
        (groups[key] = groups[key] || []).push({ code: row[0], name: row[1] });
      });
      var ordered = Object.keys(groups).map(function (key) {
        // counties by their short names ("Länsi-Uusimaa"): the grouping says what they are
        var i = +key, row = i >= 0 ? tb[kind][i] : null;
        var name = row ? (kind === "county" && row[2]) || row[1] : t.noCounty;
        return { row: row, name: name, full: row ? row[1] : name, members: groups[key].sort(byName) };
      }).sort(function (a, b) { return (a.row ? 0 : 1) - (b.row ? 0 : 1) || byName(a, b); });
      var wrapper = el("li", "place-list");
      wrapper.setAttribute("data-by", kind);
      var inner = el("ul", "place-groups-inner");
      ordered.forEach(function (group) {
        var item = el("li"), details = el("details", "place-group"), summary = el("summary", null, group.name + " ");
        if (group.row) summary.appendChild(countSpan(kind + ":" + group.row[0]));
        details.appendChild(summary);
        var options = el("ul", "facet-options");
        if (group.row) {
          var whole = option(kind, group.row[0], t.allOf.replace("{name}", group.full));
          whole.className += " facet-whole";
          options.appendChild(whole);
        }
        group.members.forEach(function (m) { options.appendChild(option("municipality", m.code, m.name)); });
        details.appendChild(options);
        item.appendChild(details);
        inner.appendChild(item);
      });
      wrapper.appendChild(inner);
      container.appendChild(wrapper);
    });
  }

  function buildFacets() {
    var tb = engine.tables;
    Object.keys(TABLE_OF).forEach(function (name) {
      codes[TABLE_OF[name]] = {};
      labels[name] = {};
      tb[TABLE_OF[name]].forEach(function (row, i) {
        codes[TABLE_OF[name]][row[0]] = i;
        labels[name][row[0]] = row[1];
      });
    });
    codes.capacity = {};
    labels.capacity = {};
    tb.capacity.forEach(function (row, i) {
      codes.capacity[row[0]] = i;
      labels.capacity[row[0]] = row[1];
    });
    tb.language.forEach(function (row) { languageNames[row[0]] = row[1]; });
    labels.day = {};
    DAYS.forEach(function (day, i) { labels.day[day] = t.weekdays[i]; });
    labels.time = t.time;
    app.querySelectorAll("[data-count]").forEach(function (node) {
      var key = node.getAttribute("data-count");
      (countNodes[key] = countNodes[key] || []).push(node);
    });
    app.querySelectorAll("[data-options]").forEach(function (container) {
      var name = container.getAttribute("data-options");
      if (name === "place") return buildPlaces(container);
      if (!TABLE_OF[name]) return;
      tb[TABLE_OF[name]].forEach(function (row) {
        container.appendChild(option(name, row[0], row[1]));
      });
    });
  }

  /** Sets every control from the state (duplicates of a municipality included). */
  function syncControls() {
    if (doc.activeElement !== input || input.value.trim() !== state.q.trim()) input.value = state.q;
    sortSelect.value = state.sort;
    app.querySelectorAll("input").forEach(function (box) {
      var name = box.name;
      if (LISTS.indexOf(name) >= 0) box.checked = state[name].indexOf(box.value) >= 0;
      else if (FLAGS.indexOf(name) >= 0) box.checked = state[name];
      else if (name === "mode") box.checked = box.value === state.mode;
      else if (name === "by") box.checked = box.value === state.by;
    });
    app.querySelectorAll(".place-list").forEach(function (node) {
      node.hidden = node.getAttribute("data-by") !== state.by;
    });
    app.querySelectorAll(".place-group").forEach(function (details) {
      if (details.querySelector("input:checked")) details.open = true;
    });
    app.querySelectorAll("fieldset.facet").forEach(function (fieldset) {
      var chosen = fieldset.querySelector("input[type=checkbox]:checked");
      fieldset.classList.toggle("facet-chosen", !!chosen);
    });
  }

  function chosenCount(s) {
    var n = 0;
    LISTS.forEach(function (name) { n += s[name].length; });
    FLAGS.forEach(function (name) { if (s[name]) n++; });
    return n + (s.mode ? 1 : 0);
  }

  function clearFilters() {
    var keep = { q: state.q, sort: state.sort, by: state.by };
    state = emptyState();
    state.q = keep.q;
    state.sort = keep.sort;
    state.by = keep.by;
    syncControls();
  }

  // ---- selected filters (removable, and the heading of a printed list) -------------------

  function chipLabel(name, value) {
    if (name === "region" || name === "county") return labels[name][value];
    return labels[name] ? labels[name][value] : value;
  }

  function showActive(s) {
    var chips = [];
    if (s.q.trim()) chips.push({ name: "q", value: "", text: "\u201c" + s.q.trim() + "\u201d" });
    LISTS.forEach(function (name) {
      s[name].forEach(function (value) { chips.push({ name: name, value: value, text: chipLabel(name, value) }); });
    });
    if (s.mode) chips.push({ name: "mode", value: s.mode, text: t.mode[s.mode] });
    FLAGS.forEach(function (name) {
      if (s[name]) chips.push({ name: name, value: "1", text: t.flags[name] });
    });
    activeList.textContent = "";
    chips.forEach(function (chip) {
      var li = el("li"), button = el("button", "chip-remove");
      button.type = "button";
      button.setAttribute("data-name", chip.name);
      button.setAttribute("data-value", chip.value);
      button.appendChild(el("span", "visually-hidden", t.remove + " "));
      button.appendChild(doc.createTextNode(chip.text + " "));
      var cross = el("span", "chip-cross", "\u00d7");
      cross.setAttribute("aria-hidden", "true");
      button.appendChild(cross);
      li.appendChild(button);
      activeList.appendChild(li);
    });
    active.hidden = chips.length === 0;
    var n = chosenCount(s);
    filterCount.textContent = n ? "(" + t.filtersOn.replace("{n}", String(n)) + ")" : "";
  }

  function removeChip(name, value) {
    if (name === "q") state.q = "";
    else if (name === "mode") state.mode = "";
    else if (FLAGS.indexOf(name) >= 0) state[name] = false;
    else if (LISTS.indexOf(name) >= 0) state[name] = state[name].filter(function (v) { return v !== value; });
    state.show = PAGE;
    syncControls();
    commit("push");
  }

  // ---- result cards ---------------------------------------------------------------------

  function safeUrl(url) {
    try {
      var u = new URL(url, location.href);
      return u.protocol === "https:" || u.protocol === "http:" ? u.href : "";
    } catch (e) {
      return "";
    }
  }

  function otherLanguage(node, code) {
    if (code && LANG_TAG.test(code)) {
      node.setAttribute("lang", code);
      node.setAttribute("dir", "auto");
    }
    return node;
  }

  function clock(minutes) {
    var m = minutes % 60;
    return Math.floor(minutes / 60) + "." + (m < 10 ? "0" : "") + m;
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  /** Like tukena.site.i18n.format_day: fi and sv 24.11.2026, en 24 Nov 2026. */
  function day(iso) {
    var parts = iso.split("-"), y = +parts[0], mo = +parts[1], d = +parts[2];
    return config.lang === "en" ? d + " " + MONTHS[mo - 1] + " " + y : d + "." + mo + "." + y;
  }

  function dayAfter(days) {
    return new Date(engine.today + days * 864e5).toISOString().slice(0, 10);
  }

  function when(card) {
    var parts = [];
    (card.w || []).forEach(function (slot) {
      parts.push(t.weekly[slot[0]] + " " + clock(slot[1]) + "\u2013" + clock(slot[2]));
    });
    if (parts.length) {
      parts.push(t.next.replace("{date}", day(card.next)));
    } else {
      (card.d || []).forEach(function (session) {
        parts.push(day(dayAfter(session[0])) + " " + clock(session[1]) + "\u2013" + clock(session[2]));
      });
      if (!parts.length) parts.push(t.next.replace("{date}", day(card.next)));
    }
    return parts.join(", ");
  }

  function fact(dl, term, content) {
    var row = el("div");
    row.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (typeof content === "string") dd.textContent = content;
    else content.forEach(function (node) { dd.appendChild(node); });
    row.appendChild(dd);
    dl.appendChild(row);
    return dd;
  }

  function where(card) {
    var nodes = [];
    if (card.p) {
      nodes.push(otherLanguage(el("span", null, card.p), card.pl));
      if (card.municipalities.length) nodes.push(doc.createTextNode(", "));
    }
    var places = card.municipalities.slice();
    if (card.flags.online) places.push(t.online);
    nodes.push(doc.createTextNode(places.join(", ")));
    return nodes;
  }

  function cardNode(card) {
    var article = el("article", "card search-card" + (card.flags.stale ? " card-stale" : ""));
    var heading = el("h3", "card-title");
    var link = otherLanguage(el("a", null, card.t || ""), card.tl);
    var href = safeUrl(card.url || "");
    if (href) link.href = href;
    heading.appendChild(link);
    article.appendChild(heading);
    if (card.o) {
      var organiser = el("p", "card-organiser");
      organiser.appendChild(otherLanguage(el("span", null, card.o), card.ol));
      article.appendChild(organiser);
    }
    if (card.s) article.appendChild(otherLanguage(el("p", "card-summary", card.s), card.sl));
    var dl = el("dl", "facts facts-compact");
    fact(dl, t.when, when(card));
    fact(dl, t.where, where(card));
    fact(dl, t.language, card.languages.map(function (code) { return languageNames[code] || code; }).join(", "));
    fact(dl, t.cost, card.flags.free ? t.free : t.fee);
    var places = fact(dl, t.places, labels.capacity[card.capacity] || card.capacity);
    places.className = "capacity capacity-" + card.capacity.replace(/[^a-z-]/g, "");
    article.appendChild(dl);
    if (card.flags.stale) article.appendChild(el("p", "badge badge-stale", t.stale));
    return article;
  }

  function render(cards) {
    var items = cards.map(function (card) {
      var li = el("li", "search-result");
      li.appendChild(cardNode(card));
      return li;
    });
    if (list.replaceChildren) list.replaceChildren.apply(list, items);
    else {
      list.textContent = "";
      items.forEach(function (li) { list.appendChild(li); });
    }
    if (focusAfterRender >= 0) {
      var target = list.children[focusAfterRender];
      var link = target && target.querySelector("a");
      if (link) link.focus();
      focusAfterRender = -1;
    }
  }

  // ---- events ---------------------------------------------------------------------------

  function listen() {
    input.addEventListener("input", function () {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () {
        state.q = input.value;
        state.show = PAGE;
        commit("type");
      }, TYPING_DELAY);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(typingTimer);
      state.q = input.value;
      state.show = PAGE;
      commit(typingEntry ? "type" : "push");
      typingEntry = false;
    });
    app.addEventListener("change", function (event) {
      var box = event.target, name = box.name;
      if (box.tagName !== "INPUT" && box !== sortSelect) return;
      if (box === sortSelect) {
        state.sort = SORTS.indexOf(sortSelect.value) >= 0 ? sortSelect.value : "relevance";
      } else if (name === "by") {
        state.by = box.value === "county" ? "county" : "region";
        syncControls();
        commit("replace");
        return;
      } else if (name === "mode") {
        state.mode = MODES.indexOf(box.value) >= 0 ? box.value : "";
      } else if (FLAGS.indexOf(name) >= 0) {
        state[name] = box.checked;
      } else if (LISTS.indexOf(name) >= 0) {
        var values = state[name].filter(function (v) { return v !== box.value; });
        if (box.checked) values.push(box.value);
        state[name] = values;
      } else {
        return;
      }
      state.show = PAGE;
      syncControls();
      commit("push");
    });
    activeList.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("button") : null;
      if (!button) return;
      var buttons = Array.prototype.slice.call(activeList.querySelectorAll("button"));
      var index = buttons.indexOf(button);
      removeChip(button.getAttribute("data-name"), button.getAttribute("data-value"));
      var left = activeList.querySelectorAll("button");
      if (left.length) left[Math.min(index, left.length - 1)].focus();
      else input.focus();
    });
    doc.getElementById("search-clear").addEventListener("click", function () {
      clearFilters();
      commit("push");
    });
    doc.getElementById("search-empty-clear").addEventListener("click", function () {
      clearFilters();
      commit("push");
      input.focus();
    });
    moreButton.addEventListener("click", function () {
      focusAfterRender = state.show;
      state.show = Math.min(state.show + PAGE, MAX_SHOWN);
      commit("replace");
    });
    doc.getElementById("search-print").addEventListener("click", function () {
      window.print();
    });
    window.addEventListener("popstate", function () {
      clearTimeout(typingTimer);
      typingEntry = false;
      state = parseState(location.search);
      if (engine) sanitise(state);
      syncControls();
      input.value = state.q;
      run();
    });
  }

  function fetcher(base, version) {
    return function (path) {
      return fetch(base + path + "?v=" + encodeURIComponent(version), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status + " " + path);
          return response.json();
        });
    };
  }

  function start() {
    input.value = state.q;
    loading.hidden = false;
    listen();
    window.TukenaSearch.load({ lunr: window.lunr, fetchJSON: fetcher(config.data, config.version) })
      .then(function (loaded) {
        engine = loaded;
        buildFacets();
        sanitise(state);
        syncControls();
        loading.hidden = true;
        app.hidden = false;
        if (window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) filters.open = true;
        history.replaceState(null, "", address(state));
        run();
        return engine.more().then(function () {
          app.setAttribute("data-summaries", "loaded");
          run();
        });
      })
      .catch(function (error) {
        if (!engine) {
          loading.textContent = t.failed;
          loading.hidden = false;
          app.hidden = true;
          browse.hidden = false;
        }
        if (window.console) console.error(error);
      });
  }

  start();
}());
