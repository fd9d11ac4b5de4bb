/*!
 * tukena search: words as the indexes hold them. The text a query and the index both see
 * (normalise), the trimmer of every language's index (trimmer-tukena), the compact
 * indexes rebuilt with it, the spellings with å, ä or ö of a word typed without them,
 * British and American spellings, and the phrases a query's words are read as (with the
 * words for language beside a language's name).
 * No DOM code; engine.js uses it. Needs compact.js of this folder. Licence: EUPL-1.2 (tukena).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./compact.js"));
  } else {
    root.TukenaSearch = root.TukenaSearch || {};
    root.TukenaSearch.words = factory(root.TukenaSearch.compact);
  }
}(typeof self !== "undefined" ? self : this, function (compact) {
  "use strict";

  var KEEP_MARKS = "\u00e5\u00e4\u00f6\u00c5\u00c4\u00d6"; // å ä ö Å Ä Ö

  /**
   * What tukena.search.pipeline.normalise does before indexing: NFC, accents off every
   * letter but å, ä and ö. (lunr.tokenizer splits on every whitespace character itself.)
   */
  function normalise(text) {
    return text.normalize("NFC").replace(/[^\u0000-\u007f]/g, function (ch) {
      return KEEP_MARKS.indexOf(ch) >= 0 ? ch : ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    });
  }

  // Letters typed for å, ä and ö on a keyboard without them: a word typed "mantsala" also
  // finds "Mäntsälä", weighed at PLAIN_WEIGHT (engine.js), so that a word typed with its
  // marks comes first ("saa" before "sää"); at most MAX_SPELLINGS spellings a term.
  var PLAIN = { a: ["a", "\u00e4", "\u00e5"], o: ["o", "\u00f6"] };
  var MAX_SPELLINGS = 8;

  /** A token set of the words that hold `term`, each a or o of it possibly å, ä or ö. */
  function plainSet(lunr, term) {
    var root = new lunr.TokenSet(), node = root;
    root.edges["*"] = root;
    for (var i = 0; i < term.length; i++) {
      var next = new lunr.TokenSet();
      (PLAIN[term[i]] || [term[i]]).forEach(function (ch) { node.edges[ch] = next; });
      node = next;
    }
    node.final = true;
    node.edges["*"] = node;
    return root;
  }

  function unmarked(word) {
    return word.replace(/[\u00e4\u00e5]/g, "a").replace(/\u00f6/g, "o");
  }

  /**
   * How `indexes` spell `term` with å, ä or ö for some of its a and o: "mäntsäl" for
   * "mantsal" (a term of 3 letters or more, typed without any mark).
   */
  function spellings(lunr, indexes, term) {
    if (term.length < 3 || !/[ao]/.test(term) || /[^\u0000-\u007f]/.test(term)) return [];
    var set = plainSet(lunr, term), found = Object.create(null), out = [];
    indexes.forEach(function (index) {
      index.tokenSet.intersect(set).toArray().forEach(function (word) {
        var plain = unmarked(word);
        for (var at = plain.indexOf(term); at >= 0 && out.length < MAX_SPELLINGS; at = plain.indexOf(term, at + 1)) {
          var spelt = word.slice(at, at + term.length);
          if (spelt !== term && !found[spelt]) out.push((found[spelt] = spelt));
        }
      });
    });
    return out;
  }

  // What a word keeps at its ends: letters, marks and numbers of every script. lunr.trimmer
  // and lunr-languages' trimmers keep Latin letters only, which left a title in Russian or
  // Arabic without a token; tukena.search.pipeline.trim does the same as this one.
  var TRIM = unicodeRegExps(["^[^\\p{L}\\p{M}\\p{N}]+", "[^\\p{L}\\p{M}\\p{N}]+$"]);

  function unicodeRegExps(sources) {
    try {
      return sources.map(function (s) { return new RegExp(s, "u"); });
    } catch (e) { // a browser older than 2018: Latin, Greek, Cyrillic, Hebrew and Arabic
      var letters = "0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u052f\u0590-\u06ff";
      return [new RegExp("^[^" + letters + "]+"), new RegExp("[^" + letters + "]+$")];
    }
  }

  function trim(word) {
    return word.replace(TRIM[0], "").replace(TRIM[1], "");
  }

  /** The trimmer of every language's index (``trimmer-tukena``), registered once. */
  function trimmer(lunr) {
    if (!lunr.tukenaTrimmer) {
      var fn = function (token) {
        return token.update(trim);
      };
      lunr.Pipeline.registerFunction(fn, "trimmer-tukena");
      lunr.tukenaTrimmer = fn;
    }
    return lunr.tukenaTrimmer;
  }

  /**
   * The query's tokens with each phrase of `phrases` (index.json's, from
   * tukena.search.entities.PHRASES of every UI language: [[words, replacement words], ...],
   * longer first) read as its replacement: "i morgon" as "imorgon", "step-free" as
   * "stepfree". A phrase is matched on whole words, as trimmed, so "i morgon." is one and
   * "i morgonen" is not.
   */
  function rephrase(lunr, tokens, phrases) {
    if (!phrases || !phrases.length) return tokens;
    var plain = tokens.map(function (token) { return trim(token.toString()); });
    var out = [];
    for (var i = 0; i < tokens.length;) {
      var found = null;
      for (var p = 0; p < phrases.length && !found; p++) {
        var said = phrases[p][0];
        if (said.every(function (word, j) { return plain[i + j] === word; })) found = phrases[p];
      }
      if (!found) {
        out.push(tokens[i++]);
        continue;
      }
      // an intent's words are one thing together (engine.js's units): this phrase's, by
      // where it starts
      var metadata = found[2] ? { together: i } : {};
      found[1].forEach(function (word) { out.push(new lunr.Token(word, Object.assign({}, metadata))); });
      // what else the phrase finds, after what it means ("learn swedish": its cafés)
      (found[3] || []).forEach(function (word) { out.push(new lunr.Token(word, { together: i, otherwise: true })); });
      i += found[0].length;
    }
    return out;
  }

  /**
   * The query's tokens with the words for language beside a language's name read as part
   * of the name (index.json's `languageWords`, tukena.search.languagewords): a word of
   * `after` that follows a word naming a language ("arabian kieli", "arabiska språket",
   * "arabic language") and one of `before` that precedes it ("på arabiska") are left out,
   * and a compound of a language's name and a word of `compounds` ("arabiankielinen",
   * "arabiskspråkiga": [ending, what the name lost]) is the name alone, so that the phrase
   * finds what the name finds, in the same order. (Kept as optional words, they ranked
   * first any listing whose title says "kieli" or "språk": "Arabian kielen kerho" for
   * "suomen kielellä", the language cafés for "arabic language café".) `names(word)`:
   * whether a word as typed names a language. The words of a phrase read before (an
   * intent, "ruotsin kieli": a course) are left as they are, as is a word for language
   * beside no name ("kieli"). A word is looked up among the languages (`names`, a query
   * of the entities) only where it could matter: beside a word for language, or ending as
   * a compound does; the other words of a query cost nothing here.
   */
  function languagePhrases(lunr, tokens, data, names) {
    if (!data || !tokens.length) return tokens;
    var after = lookup(data.after), before = lookup(data.before), read = [], stems = [];
    var words = tokens.map(function (token) { return trim(token.toString()); });
    function free(i) { return tokens[i].metadata.together === undefined; }
    function compounded(i) { // the name a free compound begins ("arabian" of "arabiankielinen")
      if (stems[i] === undefined) {
        var stem = free(i) ? compound(words[i], data.compounds, names) : null;
        stems[i] = stem && !names(words[i]) ? stem : null;
      }
      return stems[i];
    }
    function name(i) { // the language's name the word is or begins, or null
      if (read[i] === undefined) read[i] = names(words[i]) ? words[i] : compounded(i);
      return read[i];
    }
    return tokens.reduce(function (out, token, i) {
      var word = words[i];
      var beside = free(i) && ((after[word] && i > 0 && name(i - 1)) ||
        (before[word] && i + 1 < tokens.length && name(i + 1))) && !name(i);
      if (beside) return out;
      var stem = compounded(i);
      out.push(stem ? new lunr.Token(stem, {}) : token);
      return out;
    }, []);
  }

  function lookup(list) {
    var out = Object.create(null);
    (list || []).forEach(function (word) { out[word] = true; });
    return out;
  }

  /** The language's name `word` begins when the rest of it is an ending of `compounds`
   * (the name at least 3 letters; with what the compound took off it, when that names a
   * language): "arabian" of "arabiankielinen", "arabiska" of "arabiskspråkiga"; or null. */
  function compound(word, compounds, names) {
    for (var c = 0; c < (compounds || []).length; c++) {
      var ending = compounds[c][0], lost = compounds[c][1], stem = word.slice(0, -ending.length);
      if (word.length - ending.length < 3 || word.slice(-ending.length) !== ending) continue;
      if (names(stem)) return stem;
      if (lost && names(stem + lost)) return stem + lost;
    }
    return null;
  }

  /**
   * The phrases of index.json's `phrases` and `intents` (tukena.search.intents: [[first
   * words, ...], [second words, ...], replacement words], each first before each second:
   * "learn finnish" is "languagecourse heldinfinnish"), as rephrase reads them: longer
   * first. An intent's replacement has a third item, true: its words are one thing; and a
   * fourth, the words of what it finds after those (intent[3], "languagecafe swedish" of
   * "learn swedish"), when the intent has them.
   */
  function phrases(index) {
    var out = (index.phrases || []).slice();
    (index.intents || []).forEach(function (intent) {
      intent[0].forEach(function (first) {
        (intent[1].length ? intent[1] : [[]]).forEach(function (second) {
          out.push([first.concat(second), intent[2], true, intent[3] || null]);
        });
      });
    });
    return out.sort(function (a, b) { return b[0].length - a[0].length; }); // stable
  }

  /** Per term, its other spellings of index.json's `variants` ("practic" of "practis":
   * tukena.search.intents.SPELLINGS). */
  function variants(index) {
    var out = Object.create(null);
    (index.variants || []).forEach(function (group) {
      group.forEach(function (term) {
        out[term] = group.filter(function (other) { return other !== term; });
      });
    });
    return out;
  }

  /** Each score of `best` raised to `weight` times the other's where that is more. */
  function raise(best, other, weight) {
    for (var d = 0; d < best.length; d++) if (best[d] < other[d] * weight) best[d] = other[d] * weight;
  }

  /** compact.expandIndex, once the trimmer its pipeline names is registered. */
  function expandIndex(lunr, compactIndex) {
    trimmer(lunr);
    return compact.expandIndex(lunr, compactIndex);
  }

  return {
    normalise: normalise,
    trim: trim,
    spellings: spellings,
    rephrase: rephrase,
    languagePhrases: languagePhrases,
    phrases: phrases,
    variants: variants,
    raise: raise,
    trimmer: trimmer,
    expandIndex: expandIndex
  };
}));
