/*!
 * tukena search: the entities of index.json (tukena.search.entities: places, organisations,
 * labels, languages, weekdays, words for times of day and flags) and the activities each
 * stands for. Methods of an Engine: engine.js adds them to Engine.prototype; they read the
 * engine's entities index, kinds, facet columns and tables. Licence: EUPL-1.2 (tukena).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.TukenaSearch = root.TukenaSearch || {};
    root.TukenaSearch.entities = factory();
  }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // Kinds whose words are taken as they are: a place's name, and today, tomorrow, this
  // week and next week ("imorgon" is tomorrow, not also "morgon", morning, one letter away).
  var EXACT = { municipality: 1, region: 1, county: 1, relative: 1 };

  /** The kind of an entity (municipality, region, county, organisation...) and its
   * number among those of its kind. */
  function kindOf(entity) {
    var offset = 0;
    for (var k = 0; k < this.kinds.length; k++) {
      if (entity < offset + this.kinds[k][1]) return [this.kinds[k][0], entity - offset];
      offset += this.kinds[k][1];
    }
    return [null, entity - offset];
  }

  /** When `term` is a word of a place's name (a municipality, region or county), the
   * entities that have it as a word of their own, a municipality's name leaving out the
   * regions and counties named after it (see termScores); when it is a word for today or
   * tomorrow, that day alone; else none. Labels (activity forms, target groups) keep
   * matching inside words: "ryhmä" finds "vertaisryhmä". */
  function exactEntities(term) {
    var self = this;
    var found = this.entities.query(function (q) { q.term(term, { usePipeline: false }); });
    var kinds = found.map(function (r) { return self.kindOf(+r.ref)[0]; });
    if (!kinds.some(function (kind) { return EXACT[kind]; })) return [];
    if (kinds.indexOf("relative") >= 0) {
      return found.filter(function (r, i) { return kinds[i] === "relative"; });
    }
    if (kinds.indexOf("municipality") < 0) return found;
    return found.filter(function (r, i) { return kinds[i] !== "region" && kinds[i] !== "county"; });
  }

  /** Whether `word`, a query's word as typed, is a word of a language's name: its term
   * (the query's pipeline) a word of the names of a language's entity, held in it or
   * someone helping in it ("arabian", "arabiska", "arabic"; words.languagePhrases). */
  function namesLanguage(word) {
    var self = this, terms = this.queryPipeline.runString(word);
    if (terms.length !== 1 || !terms[0]) return false;
    var found = this.entities.query(function (q) { q.term(terms[0], { fields: ["n"], usePipeline: false }); });
    return found.some(function (r) {
      var kind = self.kindOf(+r.ref)[0];
      return kind === "language" || kind === "help";
    });
  }

  /** Documents an entity stands for (a place, organisation, label, language or weekday). */
  function entityDocs(entity) {
    var found = this.kindOf(entity), kind = found[0], i = found[1];
    var docs = [], cols = this.columns, n = this.n, doc, m;
    switch (kind) {
      case "municipality": return this.facets.byMunicipality[i];
      case "language": return this.facets.byLanguage[i];
      // a language's name finds where someone helps in it too: what a newcomer typing
      // "somali" looks for (the help table has the languages activities are held in too)
      case "help": return this.facets.byHelp[i];
      case "region":
      case "county":
        var slot = kind === "region" ? 2 : 3, rows = this.tables.municipality;
        for (m = 0; m < rows.length; m++) if (rows[m][slot] === i) docs = docs.concat(this.facets.byMunicipality[m]);
        return docs;
      case "organisation":
      case "category":
        for (doc = 0; doc < n; doc++) if (cols[kind][doc] === i) docs.push(doc);
        return docs;
      case "relative": // today, tomorrow, this week, next week of the visitor's clock
        var days = this.period(i), sessions = cols.sessions, span = this.facets.data.window;
        if (sessions && days.from >= 0 && days.to < span) {
          // every day of it is in the build's session days: a session on one of them (not
          // a week of a break, nor the off week of a fortnightly club)
          var wanted = 0;
          for (var d = days.from; d <= days.to; d++) wanted |= 1 << d;
          for (doc = 0; doc < n; doc++) if (sessions[doc] & wanted) docs.push(doc);
          return docs;
        }
        // read long after the build: meeting on one of their weekdays, and begun by their
        // last day (not a season starting next month, nor a café whose next date is later)
        var next = cols.next, bits = cols.days;
        for (doc = 0; doc < n; doc++) if ((bits[doc] & days.weekdays) && next[doc] <= days.to) docs.push(doc);
        return docs;
      default: // bit masks: form, group, days, times, flags
        var column = cols[kind], bit = 1 << i;
        for (doc = 0; doc < n; doc++) if (column[doc] & bit) docs.push(doc);
        return docs;
    }
  }

  /** The days the relative entity `i` stands for on the visitor's clock (options.now):
   * today (0), tomorrow (1), this week from today to Sunday (2) or next week from Monday
   * to Sunday (3; a Finnish week starts on Monday): {from, to}, the first and last of them
   * in days after the build's today (what the columns `next` and `sessions` count), and
   * the bit mask of their weekdays (Monday = 1). */
  function period(i) {
    var now = new Date((this.options.now || Date.now)());
    var day = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    var base = Math.round((day - this.today) / 864e5), monday = (now.getDay() + 6) % 7;
    var from = i < 2 ? i : i === 2 ? 0 : 7 - monday;
    var to = i < 2 ? i : i === 2 ? 6 - monday : 13 - monday;
    for (var weekdays = 0, d = from; d <= to; d++) weekdays |= 1 << ((monday + d) % 7);
    return { from: base + from, to: base + to, weekdays: weekdays };
  }

  return {
    period: period,
    kindOf: kindOf,
    exactEntities: exactEntities,
    namesLanguage: namesLanguage,
    entityDocs: entityDocs
  };
}));
