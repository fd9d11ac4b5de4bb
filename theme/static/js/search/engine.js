/*!
 * tukena search engine: loads the files tukena.search builds (index.json, facets.json,
 * results/<n>.json, more.json), rebuilds the lunr indexes, and answers queries with facet
 * filters. No DOM code: the search page builds its interface on top of this. Needs
 * lunr.js 2.3.9, lunr.stemmer.support.js and lunr.fi.js / lunr.sv.js (lunr-languages
 * 1.22.0), then compact.js, facets.js, words.js, entities.js, records.js and scores.js of
 * this folder, in that order: this file loads the engine and ranks; those hold the rest.
 *
 *   TukenaSearch.load({lunr: lunr, base: "/search/fi/"}).then(function (engine) {
 *     var hits = engine.search("kielikahvilaan espoo", {flags: {free: true}});
 *     return engine.cards(hits.refs.slice(0, 20));
 *   });
 *
 * Licence: EUPL-1.2 (tukena).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./compact.js"), require("./facets.js"), require("./words.js"),
      require("./entities.js"), require("./records.js"), require("./scores.js"));
  } else {
    root.TukenaSearch = root.TukenaSearch || {};
    var S = root.TukenaSearch;
    var api = factory(S.compact, S.Facets, S.words, S.entities, S.records, S.scores);
    for (var key in api) root.TukenaSearch[key] = api[key];
  }
}(typeof self !== "undefined" ? self : this, function (compact, Facets, words, entities, records, scores) {
  "use strict";

  var normalise = words.normalise, trimmer = words.trimmer, expandIndex = words.expandIndex;

  // Words a term is inside of are found from 4 letters; in Finnish and Swedish, whose
  // compounds end in short stems (sv "café" -> "caf" in "språkcafé"), from 3.
  var INSIDE_FROM = { fi: 3, sv: 3 };

  /** An engine of index.json and facets.json; see load(). */
  function Engine(lunr, index, facets, options) {
    this.lunr = lunr;
    this.lang = index.lang;
    this.options = options || {};
    this.activities = expandIndex(lunr, index.activities);
    // Activity indexes searched: index.json's, and more.json's once more() has loaded it.
    this.indexes = [this.activities];
    this.entities = expandIndex(lunr, index.entities);
    this.kinds = index.kinds;
    this.phrases = words.phrases(index);
    this.languageWords = index.languageWords;
    this.variants = words.variants(index);
    this.facets = new Facets(facets);
    this.results = facets.results;
    this.tables = facets.tables;
    this.n = facets.n;
    this.columns = this.facets.columns;
    this.today = Date.parse(facets.today + "T00:00:00Z");
    this.chunks = {};
    this.loaded = {};
    this.cache = new Map();
    var lang = this.lang, source = lang === "en" ? lunr : lunr[lang];
    this.insideFrom = INSIDE_FROM[lang] || 4;
    this.queryPipeline = new lunr.Pipeline();
    this.queryPipeline.add(trimmer(lunr), source.stopWordFilter, source.stemmer);
  }

  /** The terms of a query: the same tokenizer and pipeline as the index, stop words out. */
  Engine.prototype.terms = function (query) {
    return this.read(query).terms;
  };

  /**
   * A query's terms and the units match() counts: {terms, units: [[term, ...], ...]}. A
   * unit is a term, or the terms of a phrase asking for a language course or café that
   * are one thing together ("learn swedish": a course that is held in Swedish, not any
   * course and anything in Swedish): a listing matches such a unit only when it has all
   * of its terms. A unit of an English function word typed on the Finnish or Swedish site
   * is `optional` (english()); a word for language beside a language's name ("arabian
   * kieli") is left out before (words.languagePhrases). A phrase's unit may have `otherwise`, the terms of what it
   * finds after what it means ("learn swedish": the language cafés held in Swedish come
   * after its courses; unitScores()).
   */
  Engine.prototype.read = function (query) {
    // phrases read as entities' words: "i morgon" is "imorgon", not "i" and "morgon" (morning)
    var tokens = words.rephrase(this.lunr, this.lunr.tokenizer(normalise(String(query || ""))), this.phrases);
    // a word for language beside a language's name is part of it: "arabian kieli", "arabic language"
    tokens = words.languagePhrases(this.lunr, tokens, this.languageWords, this.namesLanguage.bind(this));
    if (this.lang !== "en") tokens.forEach(this.english, this);
    var seen = Object.create(null), out = [], units = [], together = Object.create(null);
    this.queryPipeline.run(tokens).forEach(function (token) {
      var term = token.toString(), phrase = token.metadata.together;
      if (!term) return;
      if (token.metadata.otherwise) { // after the phrase's own terms: its unit's otherwise
        var unit = together[phrase];
        if (unit) (unit.otherwise = unit.otherwise || []).push(term);
        return;
      }
      if (!seen[term]) out.push((seen[term] = term));
      if (phrase === undefined) {
        // optional when every time it is typed it is (english())
        if (!seen[" " + term]) {
          units.push((seen[" " + term] = [term]));
          if (token.metadata.optional) seen[" " + term].optional = true;
        } else if (!token.metadata.optional) {
          delete seen[" " + term].optional;
        }
      } else if (!together[phrase]) {
        units.push((together[phrase] = [term]));
      } else if (together[phrase].indexOf(term) < 0) {
        together[phrase].push(term);
      }
    });
    return { terms: out, units: units };
  };

  /**
   * Marks a token of a query typed on the Finnish or Swedish site optional when it is an
   * English function word (lunr's English stop words: "for", "to", "the"), which those
   * sites' stop-word lists leave in: English is read on every site ("learn finnish for
   * free"), and "for" required would leave only partial matches. An optional word adds
   * to a listing's score where it is found and is no condition, so a Finnish or Swedish
   * word spelt like one (sv "must", fi "into") still ranks its listings first.
   */
  Engine.prototype.english = function (token) {
    if (token.metadata.together === undefined && !this.lunr.stopWordFilter(new this.lunr.Token(words.trim(token.toString()), {}))) {
      token.metadata.optional = true;
    }
  };

  /** Per document, the scores of a unit's terms added up where it has all of them (0
   * where it lacks one); where it lacks one but has all of the unit's `otherwise` terms,
   * their scores, and the document is marked in `later`. */
  Engine.prototype.unitScores = function (unit, typos, later) {
    if (unit.otherwise) {
      var own = new Float64Array(this.unitScores(unit.slice(), typos)), also = this.unitScores(unit.otherwise, typos);
      for (var d = 0; d < this.n; d++) {
        if (!(own[d] > 0) && also[d] > 0) { own[d] = also[d]; if (later) later[d] = 1; }
      }
      return own;
    }
    var first = this.termScores(unit[0], typos);
    if (unit.length === 1) return first;
    var sum = new Float64Array(first);
    for (var u = 1; u < unit.length; u++) {
      var other = this.termScores(unit[u], typos);
      for (var doc = 0; doc < this.n; doc++) sum[doc] = sum[doc] > 0 && other[doc] > 0 ? sum[doc] + other[doc] : 0;
    }
    return sum;
  };

  /**
   * Ranked matches of a query: {refs, terms, complete}. Every unit of its terms (read();
   * but an optional one, english()) must match the activity itself or one of its entities; when no activity matches every
   * unit, the best partial matches come instead and `complete` is false. An empty query
   * matches everything, in document order (by place). options.typos: also match words
   * one edit away from 4 letters (not only from 6), for a second try when nothing matched.
   */
  Engine.prototype.match = function (query, options) {
    var typos = !!(options && options.typos);
    var read = this.read(query), terms = read.terms, n = this.n, self = this;
    if (!terms.length) {
      var all = new Array(n);
      for (var i = 0; i < n; i++) all[i] = i;
      return { refs: all, terms: terms, complete: true };
    }
    // `later`: what a unit matches only through its otherwise (unitScores()) comes after
    var scores = new Float64Array(n), hits = new Uint8Array(n), later = new Uint8Array(n);
    // optional units (english()) are no condition, unless the query has nothing else
    var required = read.units.filter(function (unit) { return !unit.optional; });
    if (!required.length) required = read.units;
    read.units.forEach(function (unit) {
      var best = self.unitScores(unit, typos, later), counts = required.indexOf(unit) >= 0 ? 1 : 0;
      for (var doc = 0; doc < n; doc++) {
        if (best[doc] > 0) { hits[doc] += counts; scores[doc] += best[doc]; }
      }
    });
    var most = 0;
    for (i = 0; i < n; i++) if (hits[i] > most) most = hits[i];
    var refs = [];
    for (i = 0; i < n; i++) if (most && hits[i] === most) refs.push(i);
    var next = this.columns.next;
    refs.sort(function (a, b) { return later[a] - later[b] || scores[b] - scores[a] || next[a] - next[b] || a - b; });
    return { refs: refs, terms: terms, complete: most === required.length };
  };

  /**
   * Fetches more.json (the summaries' index) once, or takes what load() fetched with
   * options.more; later searches use it too. Searches made before it came find no
   * summary's word: search again.
   */
  Engine.prototype.more = function () {
    var self = this;
    if (!this.moreLoaded) {
      var early = this.options.moreFile; // load()'s, fetched with index.json
      this.options.moreFile = null;
      this.moreLoaded = (early || this.options.fetchJSON("more.json")).then(function (file) {
        self.summaries = expandIndex(self.lunr, file.activities);
        self.indexes.push(self.summaries);
        self.cache.clear();
        return self;
      }, function (error) {
        self.moreLoaded = null;
        throw error;
      });
    }
    return this.moreLoaded;
  };

  /** Filters refs by facets: see Facets.prototype.filter. */
  Engine.prototype.filter = function (refs, filters) {
    return this.facets.filter(refs, filters);
  };

  /** Counts of each facet value among refs: see Facets.prototype.counts. */
  Engine.prototype.counts = function (refs, within) {
    return this.facets.counts(refs, within);
  };

  /** match() then filter(): {refs, terms, complete}. */
  Engine.prototype.search = function (query, filters, options) {
    var found = this.match(query, options);
    found.refs = this.filter(found.refs, filters);
    return found;
  };

  // what an entity stands for (entities.js), result records (records.js) and a term's
  // scores (scores.js)
  Object.assign(Engine.prototype, entities, records, scores);

  function fetcher(base, version) {
    var query = version ? "?v=" + encodeURIComponent(version) : "";
    return function (path) {
      return fetch(base + path + query, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + base + path);
        return response.json();
      });
    };
  }

  /**
   * Loads an engine: options.lunr (with lunr-languages applied), and options.base (the
   * language's search folder, e.g. "/search/fi/"; options.version, the build's, is added
   * to each file's address so that a new build is not read from an old cache) or
   * options.fetchJSON(path) → Promise. options.more: fetch more.json at once, beside
   * index.json, for Engine.more() (a page opened with a query searches with it first).
   */
  function load(options) {
    var fetchJSON = options.fetchJSON || fetcher(options.base, options.version);
    var early = options.more ? fetchJSON("more.json") : null;
    if (early) early.catch(function () {}); // said by more(), if it is ever asked for
    var opts = Object.assign({}, options, { fetchJSON: fetchJSON, moreFile: early });
    return Promise.all([fetchJSON("index.json"), fetchJSON("facets.json")]).then(function (files) {
      return new Engine(options.lunr, files[0], files[1], opts);
    });
  }

  return {
    load: load,
    Engine: Engine,
    Facets: Facets,
    compact: compact,
    expandIndex: expandIndex,
    normalise: normalise,
    trimmer: trimmer
  };
}));
