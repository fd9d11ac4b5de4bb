/*!
 * tukena search: a query term's score per activity, from the activity indexes (titles,
 * keywords, summaries) and the entities (entities.js), with its other spellings (British
 * and American; with å, ä or ö) and its compound parts. Methods of an Engine: engine.js
 * adds them to Engine.prototype; they read the engine's indexes, entities, variants and
 * cache. Needs words.js of this folder. Licence: EUPL-1.2 (tukena).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./words.js"));
  } else {
    root.TukenaSearch = root.TukenaSearch || {};
    root.TukenaSearch.scores = factory(root.TukenaSearch.words);
  }
}(typeof self !== "undefined" ? self : this, function (words) {
  "use strict";

  // How much an entity match (a place, organisation or label) weighs against a title match.
  var ENTITY_SCORE = 2;
  // Terms whose scores are kept, so that typing a query recomputes only its last word.
  var CACHED_TERMS = 32;
  // Words one edit away are always found from this length; with {typos: true} (the page's
  // fallback when nothing matches every word) from TYPOS_FROM.
  var EDITS_FROM = 6;
  var TYPOS_FROM = 4;
  // The entities' field found by a word's start, inside and a typo away: their names. Their
  // words in the other UI languages (field "w", tukena.search.entities) only whole: "satu"
  // (a fairy tale) typed on the Finnish site is not the start of "saturday"; or by a start
  // of ELSEWHERE_FROM letters or more that begins words of one entity alone and is no
  // word of the indexes itself (elsewhereStart).
  var NAMES = ["n"], ELSEWHERE = ["w"];
  var ELSEWHERE_FROM = 5;

  // Letters an ending is made of that the stemmer leaves on (Swedish "språkcaféet" keeps
  // "eet"): a word is found by its start at most 3 letters shorter when the letters cut
  // off are of these alone, so that "språkcaf" (språkcafé) is not cut to "språk", language,
  // which a listing's summary has ("eget tema och språk").
  var ENDING = /^[aeiouy\u00e5\u00e4\u00f6dghjklmnrst]+$/;

  // A word typed without å, ä or ö ("mantsala") also finds how the indexes spell it with
  // them ("Mäntsälä": words.spellings) at this weight, so that a word typed with its marks
  // comes first ("saa" before "sää").
  var PLAIN_WEIGHT = 0.5;

  var methods = {};

  /**
   * The lunr query of one term: the term itself; words it begins (trailing wildcard,
   * from 3 letters); words that begin it, at most 3 letters shorter (endings the stemmer
   * leaves on, as Swedish "språkcaféet", of ENDING letters; from 7 letters); and, when `full`, words it is
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
      for (var cut = 1; cut <= 3 && term.length - cut >= 5 && term.length >= 7 && ENDING.test(term.slice(-cut)); cut++) {
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
  methods.termScores = function (term, typos) {
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
  methods.ownScores = function (term, typos) {
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
    if (!exact) {
      found = this.entities.query(termQuery(lunr, term, true, editsFrom, self.insideFrom, NAMES));
      found = this.notLanguageTypos(term, found, editsFrom);
      found = found.concat(this.elsewhereStart(term));
    }
    var top = found.reduce(function (most, r) { return Math.max(most, r.score); }, 0) || 1;
    var entity = new Float64Array(n);
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
   * The entities `found` for `term` without the languages it reaches only one typo away
   * when it is a word of the site's own (known()): "bastu" (sauna) on the Swedish site is
   * not "pastu", Pashto as the Finnish "paštu" is indexed. Other entities keep their typo
   * matches: the Finnish site's "childr" (children) finds "child" (Mother-child group) so.
   */
  methods.notLanguageTypos = function (term, found, editsFrom) {
    if (term.length < editsFrom || !this.known(term)) return found;
    var self = this, plain = Object.create(null), lunr = this.lunr;
    this.entities.query(termQuery(lunr, term, true, Infinity, this.insideFrom, NAMES)).forEach(function (r) {
      plain[r.ref] = true;
    });
    return found.filter(function (r) {
      var kind = self.kindOf(+r.ref)[0];
      return plain[r.ref] || (kind !== "language" && kind !== "help");
    });
  };

  /**
   * Whether `term` is a word of the site as typed: of the titles, keywords, summaries (once
   * loaded) or entities, or one with other spellings or words in the other UI languages
   * (this.variants: "bastu", sauna).
   */
  methods.known = function (term) {
    return term in this.variants || this.indexes.concat(this.entities).some(function (index) {
      return term in index.invertedIndex;
    });
  };

  /**
   * The entity whose words in the other UI languages (field "w") `term` begins, when it
   * has ELSEWHERE_FROM letters or more, begins words of that entity alone and is no word
   * of the titles, keywords or entities itself: "maksut" on the English site is "maksuton"
   * (free), as a newcomer types it before the word is whole; "satu" (a fairy tale) on the
   * Finnish site is too short to be "saturday", "viikonl" begins the weekend words of two
   * days, and a word of the site's own ("freda" in a title) means what it says there.
   * Else none.
   */
  methods.elsewhereStart = function (term) {
    if (term.length < ELSEWHERE_FROM || term in this.activities.invertedIndex || term in this.entities.invertedIndex) {
      return [];
    }
    var trailing = this.lunr.Query.wildcard.TRAILING;
    var found = this.entities.query(function (q) {
      q.term(term, { fields: ELSEWHERE, usePipeline: false, wildcard: trailing });
    });
    return found.length === 1 ? found : [];
  };

  /**
   * A compound typed as one word that no listing writes as one: "äitiryhmä" for "äitien
   * ryhmä", "mammagrupp" for "grupp för mammor". Split in two parts of 3 letters or more
   * (the longer first part first; each stemmed as a word of its own), the first split whose
   * parts are both found in some listing: per document, the mean of the parts' scores
   * where both are found; else null.
   */
  methods.compound = function (term, typos) {
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
  methods.spellings = function (term) {
    // titles, keywords and entities: the summaries' index is the largest by far, and a
    // word spelt as a title spells it is found in the summaries too
    return words.spellings(this.lunr, [this.activities, this.entities], term);
  };

  return methods;
}));
