/*!
 * tukena search engine: loads the files tukena.search builds (index.json, facets.json,
 * results/<n>.json, more.json), rebuilds the lunr indexes, and answers queries with facet
 * filters. No DOM code: the search page builds its interface on top of this. Needs
 * lunr.js 2.3.9, lunr.stemmer.support.js and lunr.fi.js / lunr.sv.js (lunr-languages
 * 1.22.0), then compact.js, facets.js, words.js, entities.js and records.js of this folder,
 * in that order: this file loads the engine and ranks; those hold the rest.
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
      require("./entities.js"), require("./records.js"));
  } else {
    root.TukenaSearch = root.TukenaSearch || {};
    var S = root.TukenaSearch;
    var api = factory(S.compact, S.Facets, S.words, S.entities, S.records);
    for (var key in api) root.TukenaSearch[key] = api[key];
  }
}(typeof self !== "undefined" ? self : this, function (compact, Facets, words, entities, records) {
  "use strict";

  var normalise = words.normalise, trimmer = words.trimmer, expandIndex = words.expandIndex;

  // How much an entity match (a place, organisation or label) weighs against a title match.
  var ENTITY_SCORE = 2;
  // Terms whose scores are kept, so that typing a query recomputes only its last word.
  var CACHED_TERMS = 32;
  // Words one edit away are always found from this length; with {typos: true} (the page's
  // fallback when nothing matches every word) from TYPOS_FROM.
  var EDITS_FROM = 6;
  var TYPOS_FROM = 4;
  // Words a term is inside of are found from 4 letters; in Finnish and Swedish, whose
  // compounds end in short stems (sv "café" -> "caf" in "språkcafé"), from 3.
  var INSIDE_FROM = { fi: 3, sv: 3 };
  // The entities' field found by a word's start, inside and a typo away: their names. Their
  // words in the other UI languages (field "w", tukena.search.entities) only whole: "satu"
  // (a fairy tale) typed on the Finnish site is not the start of "saturday".
  var NAMES = ["n"];

  // A word typed without å, ä or ö ("mantsala") also finds how the indexes spell it with
  // them ("Mäntsälä": words.spellings) at this weight, so that a word typed with its marks
  // comes first ("saa" before "sää").
  var PLAIN_WEIGHT = 0.5;

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
    // phrases read as entities' words: "i morgon" is "imorgon", not "i" and "morgon" (morning)
    var tokens = words.rephrase(this.lunr, this.lunr.tokenizer(normalise(String(query || ""))), this.phrases);
    var seen = Object.create(null), out = [];
    this.queryPipeline.run(tokens).forEach(function (token) {
      var term = token.toString();
      if (term && !seen[term]) out.push((seen[term] = term));
    });
    return out;
  };

  /**
   * The lunr query of one term: the term itself; words it begins (trailing wildcard,
   * from 3 letters); words that begin it, at most 3 letters shorter (endings the stemmer
   * leaves on, as Swedish "språkcaféet"; from 7 letters); and, when `full`, words it is
   * inside of (Finnish and Swedish compounds: "ryhmä" finds "vertaisryhmä"; from
   * `insideFrom` letters, 4 by default) and words one edit away (from `editsFrom` letters,
   * 6 by default). Summaries are searched without the last two, which cost the most.
   * `loose`: the fields whose words are found by their start, inside and a typo away too
   * (all by default; the entities' names, not their words in other languages).
   */
  function termQuery(lunr, term, full, editsFrom, insideFrom, loose) {
    var wildcard = lunr.Query.wildcard;
    function fuzzy(options) {
      if (loose) options.fields = loose;
      return options;
    }
    return function (q) {
      q.term(term, { usePipeline: false, boost: 10 });
      if (term.length >= 3) q.term(term, fuzzy({ usePipeline: false, wildcard: wildcard.TRAILING, boost: 2 }));
      for (var cut = 1; cut <= 3 && term.length - cut >= 5 && term.length >= 7; cut++) {
        q.term(term.slice(0, -cut), { usePipeline: false, boost: 1 });
      }
      if (full && term.length >= (insideFrom || 4)) {
        q.term(term, fuzzy({ usePipeline: false, wildcard: wildcard.LEADING | wildcard.TRAILING, boost: 1 }));
      }
      if (full && term.length >= (editsFrom || EDITS_FROM)) q.term(term, fuzzy({ usePipeline: false, editDistance: 1, boost: 1 }));
    };
  }

  /**
   * Per document, the best score of one term or of its other spelling ("practice",
   * "practise": this.variants), directly or through an entity (cached). `typos`: also
   * words one edit away from TYPOS_FROM letters.
   */
  Engine.prototype.termScores = function (term, typos) {
    var key = (typos ? "~" : "") + term, cached = this.cache.get(key);
    if (cached) return cached;
    var best = this.ownScores(term, typos), self = this;
    (this.variants[term] || []).forEach(function (other) { words.raise(best, self.ownScores(other, typos), 1); });
    // a compound's parts are shorter: its own fallback ends (a variant's might not)
    if (!best.some(Boolean)) best = this.compound(term, typos) || best;
    if (this.cache.size >= CACHED_TERMS) this.cache.delete(this.cache.keys().next().value);
    this.cache.set(key, best);
    return best;
  };

  /** Per document, the best score of one term as spelt, directly or through an entity
   * (or its spellings with å, ä or ö). */
  Engine.prototype.ownScores = function (term, typos) {
    var self = this, n = this.n, best = new Float64Array(n), lunr = this.lunr;
    var editsFrom = typos ? TYPOS_FROM : EDITS_FROM;
    this.indexes.forEach(function (index, i) {
      index.query(termQuery(lunr, term, i === 0, editsFrom, self.insideFrom)).forEach(function (r) {
        if (best[+r.ref] < r.score) best[+r.ref] = r.score;
      });
    });
    // An entity adds to the text's score: "language café" ranks a café whose title says
    // so above a listing whose title alone does (one recruiting volunteers for a café).
    // A term that is a place's word is that place ("vasa" is Vaasa, not every name with
    // "vas" or "väs" inside: Tavastland, Jyväskylä), and a municipality's name the
    // municipality (not its wellbeing services county: "vantaa" is not Kerava).
    var found = this.exactEntities(term);
    var exact = found.length > 0;
    if (!exact) found = this.entities.query(termQuery(lunr, term, true, editsFrom, self.insideFrom, NAMES));
    var top = found.length ? found[0].score : 1, entity = new Float64Array(n);
    found.forEach(function (r) {
      var weight = ENTITY_SCORE * r.score / top, docs = self.entityDocs(+r.ref);
      for (var j = 0; j < docs.length; j++) if (entity[docs[j]] < weight) entity[docs[j]] = weight;
    });
    for (var doc = 0; doc < n; doc++) best[doc] += entity[doc];
    (exact ? [] : this.spellings(term)).forEach(function (spelt) { // has a mark: no spellings of its own
      words.raise(best, self.termScores(spelt, typos), PLAIN_WEIGHT);
    });
    return best;
  };

  /**
   * A compound typed as one word that no listing writes as one: "äitiryhmä" for "äitien
   * ryhmä", "mammagrupp" for "grupp för mammor". Split in two parts of 3 letters or more
   * (the longer first part first; each stemmed as a word of its own), the first split whose
   * parts are both found in some listing: per document, the mean of the parts' scores
   * where both are found; else null.
   */
  Engine.prototype.compound = function (term, typos) {
    var self = this;
    function part(text) { return self.terms(text)[0] || text; } // stemmed as a word
    for (var at = term.length - 3; at >= 3; at--) {
      var first = this.termScores(part(term.slice(0, at)), typos);
      if (!first.some(Boolean)) continue;
      var second = this.termScores(part(term.slice(at)), typos), both = null;
      for (var doc = 0; doc < this.n; doc++) {
        if (first[doc] > 0 && second[doc] > 0) {
          both = both || new Float64Array(this.n);
          both[doc] = (first[doc] + second[doc]) / 2;
        }
      }
      if (both) return both;
    }
    return null;
  };

  /**
   * How the indexes spell `term` with å, ä or ö for some of its a and o: "mäntsäl" for
   * "mantsal" (a term of 3 letters or more, typed without any mark).
   */
  Engine.prototype.spellings = function (term) {
    // titles, keywords and entities: the summaries' index is the largest by far, and a
    // word spelt as a title spells it is found in the summaries too
    return words.spellings(this.lunr, [this.activities, this.entities], term);
  };

  /**
   * Ranked matches of a query: {refs, matched, total, complete}. Every term must match
   * the activity itself or one of its entities; when no activity matches every term,
   * the best partial matches come instead and `complete` is false. An empty query
   * matches everything, in document order (by place). options.typos: also match words
   * one edit away from 4 letters (not only from 6), for a second try when nothing matched.
   */
  Engine.prototype.match = function (query, options) {
    var typos = !!(options && options.typos);
    var terms = this.terms(query), n = this.n, self = this;
    if (!terms.length) {
      var all = new Array(n);
      for (var i = 0; i < n; i++) all[i] = i;
      return { refs: all, terms: terms, complete: true };
    }
    var scores = new Float64Array(n), hits = new Uint8Array(n);
    terms.forEach(function (term) {
      var best = self.termScores(term, typos);
      for (var doc = 0; doc < n; doc++) {
        if (best[doc] > 0) { hits[doc]++; scores[doc] += best[doc]; }
      }
    });
    var most = 0;
    for (i = 0; i < n; i++) if (hits[i] > most) most = hits[i];
    var refs = [];
    for (i = 0; i < n; i++) if (most && hits[i] === most) refs.push(i);
    var next = this.columns.next;
    refs.sort(function (a, b) { return scores[b] - scores[a] || next[a] - next[b] || a - b; });
    return { refs: refs, terms: terms, complete: most === terms.length };
  };

  /**
   * Fetches more.json (the summaries' index) once; later searches use it too. Call it
   * after the first results show, then search again.
   */
  Engine.prototype.more = function () {
    var self = this;
    if (!this.moreLoaded) {
      this.moreLoaded = this.options.fetchJSON("more.json").then(function (file) {
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

  // what an entity stands for (entities.js) and result records (records.js)
  Object.assign(Engine.prototype, entities, records);

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
   * options.fetchJSON(path) → Promise.
   */
  function load(options) {
    var fetchJSON = options.fetchJSON || fetcher(options.base, options.version);
    var opts = Object.assign({}, options, { fetchJSON: fetchJSON });
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
