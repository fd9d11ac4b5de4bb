/*!
 * tukena search: the facet columns of facets.json (tukena.search.facets), decoded, with
 * filtering and counting. Licence: EUPL-1.2 (tukena).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./compact.js"));
  } else {
    root.TukenaSearch = root.TukenaSearch || {};
    root.TukenaSearch.Facets = factory(root.TukenaSearch.compact);
  }
}(typeof self !== "undefined" ? self : this, function (compact) {
  "use strict";

  var decodeNumbers = compact.decodeNumbers;
  var LIST_COLUMNS = { municipality: true, language: true, help: true };

  function decodeColumn(text, n, list) {
    var numbers = decodeNumbers(text);
    if (!list) return numbers;
    var start = new Int32Array(n + 1), values = new Int32Array(numbers.length), count = 0, k = 0;
    for (var i = 0; i < n; i++) {
      start[i] = count;
      for (var c = numbers[k++]; c > 0; c--) values[count++] = numbers[k++];
    }
    start[n] = count;
    return { start: start, values: values.subarray(0, count) };
  }

  function listOf(column, doc) {
    return column.values.subarray(column.start[doc], column.start[doc + 1]);
  }

  function invertList(column, n, size) {
    var docs = [];
    for (var v = 0; v < size; v++) docs.push([]);
    for (var doc = 0; doc < n; doc++) {
      var values = listOf(column, doc);
      for (var i = 0; i < values.length; i++) docs[values[i]].push(doc);
    }
    return docs;
  }

  /** The bits of the slots column (weekday * 3 + time of day) of any of `days` (bit
   * mask, Monday = 1) at any of `times` (bit mask, morning = 1). */
  function slotMask(days, times) {
    var mask = 0;
    for (var day = 0; day < 7; day++) {
      if (days & (1 << day)) mask |= (times & 7) << (day * 3);
    }
    return mask;
  }

  /** The facet file, its columns decoded (typed arrays), with documents by list value. */
  function Facets(data) {
    this.data = data;
    this.flags = data.flags;
    this.ageLimit = data.ageLimit;
    this.noNext = data.noNext; // the next of a paused listing: no session to go to
    this.tables = data.tables;
    this.n = data.n;
    this.columns = {};
    for (var name in data.columns) {
      this.columns[name] = decodeColumn(data.columns[name], this.n, LIST_COLUMNS[name]);
    }
    this.byMunicipality = invertList(this.columns.municipality, this.n, this.tables.municipality.length);
    this.byLanguage = invertList(this.columns.language, this.n, this.tables.language.length);
    this.byHelp = invertList(this.columns.help, this.n, this.tables.help.length);
  }

  /** The values of a list column (municipality, language, help) of one document. */
  Facets.prototype.list = function (name, doc) {
    return listOf(this.columns[name], doc);
  };

  /**
   * Filters refs. Within a facet any value may match, across facets all must:
   * {municipality, region, county, organisation, category, level, capacity, language, help:
   * [row indexes], form, group: [bit indexes], days, times: bit masks (any bit), flags:
   * {free: true, stale: false, …}, age: an age the activity is for (one without limits is
   * for every age), next: at most this many days ahead, verified: at most this many days ago}.
   */
  Facets.prototype.filter = function (refs, filters) {
    filters = filters || {};
    var c = this.columns, rows = this.tables.municipality, tests = [];
    function inList(column, wanted) {
      var set = new Set(wanted);
      return function (doc) {
        var values = listOf(column, doc);
        for (var i = 0; i < values.length; i++) if (set.has(values[i])) return true;
        return false;
      };
    }
    function nonEmpty(list) { return list && list.length; }
    if (nonEmpty(filters.municipality)) tests.push(inList(c.municipality, filters.municipality));
    [["region", 2], ["county", 3]].forEach(function (pair) {
      var wanted = filters[pair[0]];
      if (!nonEmpty(wanted)) return;
      var ms = [];
      rows.forEach(function (row, m) { if (wanted.indexOf(row[pair[1]]) >= 0) ms.push(m); });
      tests.push(inList(c.municipality, ms));
    });
    if (nonEmpty(filters.language)) tests.push(inList(c.language, filters.language));
    if (nonEmpty(filters.help)) tests.push(inList(c.help, filters.help));
    ["organisation", "category", "level", "capacity"].forEach(function (name) {
      if (!nonEmpty(filters[name])) return;
      var set = new Set(filters[name]), column = c[name];
      tests.push(function (doc) { return set.has(column[doc]); });
    });
    ["form", "group"].forEach(function (name) {
      if (!nonEmpty(filters[name])) return;
      var mask = filters[name].reduce(function (m, bit) { return m | (1 << bit); }, 0), column = c[name];
      tests.push(function (doc) { return (column[doc] & mask) !== 0; });
    });
    if (filters.days && filters.times) { // a chosen time on a chosen day, not each anywhere
      var slots = slotMask(filters.days, filters.times), column = c.slots;
      tests.push(function (doc) { return (column[doc] & slots) !== 0; });
    } else {
      ["days", "times"].forEach(function (name) {
        var mask = filters[name], column = c[name];
        if (mask) tests.push(function (doc) { return (column[doc] & mask) !== 0; });
      });
    }
    var on = 0, off = 0, bits = this.flags;
    for (var flag in filters.flags || {}) {
      if (filters.flags[flag] === true) on |= bits[flag];
      if (filters.flags[flag] === false) off |= bits[flag];
    }
    if (on || off) tests.push(function (doc) { return (c.flags[doc] & on) === on && !(c.flags[doc] & off); });
    if (typeof filters.age === "number") {
      var age = filters.age, youngest = c.youngest, oldest = c.oldest;
      tests.push(function (doc) { return youngest[doc] <= age && age <= oldest[doc]; });
    }
    ["next", "verified"].forEach(function (name) {
      var most = filters[name], column = c[name];
      if (typeof most === "number") tests.push(function (doc) { return column[doc] <= most; });
    });
    if (!tests.length) return refs.slice();
    return refs.filter(function (doc) {
      for (var i = 0; i < tests.length; i++) if (!tests[i](doc)) return false;
      return true;
    });
  };

  /**
   * How many of refs have each value of each facet, for showing counts beside filters.
   * With `within` (filters as for filter()), a weekday counts only at the times chosen
   * there, and a time of day only on the days chosen there.
   */
  Facets.prototype.counts = function (refs, within) {
    var dayTimes = (within && within.times) || 7, timeDays = (within && within.days) || 127;
    var dayMasks = [], timeMasks = []; // made once, not for each document
    for (var d = 0; d < 7; d++) dayMasks.push(slotMask(1 << d, dayTimes));
    for (var k = 0; k < 3; k++) timeMasks.push(slotMask(timeDays, 1 << k));
    var c = this.columns, t = this.tables, out = {};
    function zeros(size) { return new Array(size).fill(0); }
    out.municipality = zeros(t.municipality.length);
    out.region = zeros(t.region.length);
    out.county = zeros(t.county.length);
    out.language = zeros(t.language.length);
    out.help = zeros(t.help.length);
    ["category", "level", "capacity"].forEach(function (name) { out[name] = zeros(t[name].length); });
    // organisations have no table (their names are in the result data): count up to the last number
    out.organisation = zeros(c.organisation.reduce(function (most, o) { return Math.max(most, o + 1); }, 0));
    ["form", "group"].forEach(function (name) { out[name] = zeros(t[name].length); });
    out.days = zeros(7);
    out.times = zeros(3);
    out.flags = {};
    for (var flag in this.flags) out.flags[flag] = 0;
    refs.forEach(function (doc) {
      var regions = {}, counties = {};
      listOf(c.municipality, doc).forEach(function (m) {
        out.municipality[m]++;
        regions[t.municipality[m][2]] = true;
        if (t.municipality[m][3] >= 0) counties[t.municipality[m][3]] = true;
      });
      Object.keys(regions).forEach(function (r) { out.region[r]++; });
      Object.keys(counties).forEach(function (k) { out.county[k]++; });
      listOf(c.language, doc).forEach(function (l) { out.language[l]++; });
      listOf(c.help, doc).forEach(function (l) { out.help[l]++; });
      ["organisation", "category", "level", "capacity"].forEach(function (name) { out[name][c[name][doc]]++; });
      [["form", 32], ["group", 32]].forEach(function (pair) {
        var mask = c[pair[0]][doc];
        for (var bit = 0; mask >> bit && bit < pair[1]; bit++) if (mask & (1 << bit)) out[pair[0]][bit]++;
      });
      var slots = c.slots[doc];
      for (var day = 0; day < 7; day++) if (slots & dayMasks[day]) out.days[day]++;
      for (var time = 0; time < 3; time++) if (slots & timeMasks[time]) out.times[time]++;
    }, this);
    for (flag in this.flags) {
      var bit = this.flags[flag];
      out.flags[flag] = refs.reduce(function (sum, doc) { return sum + ((c.flags[doc] & bit) ? 1 : 0); }, 0);
    }
    return out;
  };

  return Facets;
}));
