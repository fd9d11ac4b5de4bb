/*!
 * tukena search: the compact lunr index of tukena.search.compact, rebuilt into a
 * lunr.Index equal to the one lunr.Builder would have made. Licence: EUPL-1.2 (tukena).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.TukenaSearch = root.TukenaSearch || {};
    root.TukenaSearch.compact = factory();
  }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var LAST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
  var MORE = "ghijklmnopqrstuvwxyz0123456789_$";
  var DIGIT = new Int8Array(128).fill(-1);
  for (var d = 0; d < 32; d++) {
    DIGIT[LAST.charCodeAt(d)] = 32 + d;
    DIGIT[MORE.charCodeAt(d)] = d;
  }
  var NO_METADATA = Object.freeze({});
  var NO_POSTINGS = Object.freeze({});

  /** The base-32 numbers of tukena.search.compact in text, as an Int32Array. */
  function decodeNumbers(text) {
    var out = new Int32Array(text.length), count = 0, acc = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      if (digit >= 32) {
        out[count++] = acc * 32 + digit - 32;
        acc = 0;
      } else if (digit >= 0) {
        acc = acc * 32 + digit;
      } else {
        throw new Error("not a number digit at " + i);
      }
    }
    return out.subarray(0, count);
  }

  /** The length of the first number in text (a term's shared-prefix length). */
  function firstNumber(text) {
    var acc = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      if (digit >= 32) return [acc * 32 + digit - 32, i + 1];
      acc = acc * 32 + digit;
    }
    throw new Error("no number in " + text);
  }

  function decodeTerms(text) {
    if (text === "") return [];
    var words = text.split(" "), terms = new Array(words.length), previous = "";
    for (var i = 0; i < words.length; i++) {
      var head = firstNumber(words[i]);
      previous = terms[i] = previous.slice(0, head[0]) + words[i].slice(head[1]);
    }
    return terms;
  }

  /** Postings of one field, decoded into flat arrays, by term and by document. */
  function decodeField(text, termCount, n) {
    var numbers = decodeNumbers(text), start = new Int32Array(termCount + 1), total = 0, t, c, k = 0;
    for (t = 0; t < termCount; t++) { // first pass: where each term's postings start
      var count = numbers[k++];
      start[t] = total;
      total += count;
      for (c = 0; c < count; c++) if (numbers[k++] % 2) k++;
    }
    start[termCount] = total;
    var docs = new Int32Array(total), freqs = new Int32Array(total);
    var lengths = new Float64Array(n), perDoc = new Int32Array(n + 1), length = 0, i = 0;
    k = 0;
    for (t = 0; t < termCount; t++) {
      var doc = -1;
      for (c = numbers[k++]; c > 0; c--, i++) {
        var x = numbers[k++];
        doc += 1 + (x >> 1);
        docs[i] = doc;
        freqs[i] = x & 1 ? numbers[k++] + 2 : 1;
        lengths[doc] += freqs[i];
        length += freqs[i];
        perDoc[doc + 1]++;
      }
    }
    for (doc = 0; doc < n; doc++) perDoc[doc + 1] += perDoc[doc];
    var fill = perDoc.slice(0, n), byDocTerm = new Int32Array(total), byDocFreq = new Int32Array(total);
    for (t = 0; t < termCount; t++) {
      for (i = start[t]; i < start[t + 1]; i++) {
        var at = fill[docs[i]]++;
        byDocTerm[at] = t;
        byDocFreq[at] = freqs[i];
      }
    }
    return {
      start: start, docs: docs, lengths: lengths, average: n ? length / n : 0,
      docStart: perDoc, docTerms: byDocTerm, docFreqs: byDocFreq
    };
  }

  /** An object that computes a property the first time it is read (for lunr.Index). */
  function lazyMap(keys, has, make) {
    return new Proxy(Object.create(null), {
      get: function (cache, key) {
        if (typeof key !== "string") return undefined;
        var hit = cache[key];
        if (hit === undefined && has(key)) hit = cache[key] = make(key);
        return hit;
      },
      has: function (cache, key) { return typeof key === "string" && has(key); },
      ownKeys: function () { return keys(); },
      getOwnPropertyDescriptor: function (cache, key) {
        if (!(typeof key === "string" && has(key))) return undefined;
        return { value: this.get(cache, key), enumerable: true, configurable: true, writable: true };
      }
    });
  }

  /**
   * A lunr.Index from the compact form, equal to what lunr.Builder would have made:
   * the same inverted index, field vectors (lunr.Builder's BM25 formula, operation for
   * operation) and token set. Postings and vectors are only built when a query first
   * reads them, which makes loading fast; Object.keys() and toJSON() still see them all.
   */
  function expandIndex(lunr, compact) {
    var terms = decodeTerms(compact.terms), termCount = terms.length;
    var n = compact.n, k1 = compact.k1, b = compact.b;
    var fields = compact.fields.map(function (f) { return f[0]; });
    var termIds = new Map(), fieldIds = new Map(), t, f;
    for (t = 0; t < termCount; t++) termIds.set(terms[t], t);
    var decoded = fields.map(function (field, i) {
      fieldIds.set(field, i);
      return decodeField(compact.postings[i], termCount, n);
    });
    var idf = new Float64Array(termCount);
    for (t = 0; t < termCount; t++) {
      var documentsWithTerm = 0;
      for (f = 0; f < fields.length; f++) documentsWithTerm += decoded[f].start[t + 1] - decoded[f].start[t];
      idf[t] = Math.log(1 + Math.abs((n - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));
    }

    var invertedIndex = lazyMap(
      function () { return terms.slice(); },
      function (term) { return termIds.has(term); },
      function (term) {
        var id = termIds.get(term), posting = { _index: id };
        for (var i = 0; i < fields.length; i++) {
          var field = decoded[i], from = field.start[id], to = field.start[id + 1];
          if (from === to) { posting[fields[i]] = NO_POSTINGS; continue; }
          var docs = {};
          for (var p = from; p < to; p++) docs[field.docs[p]] = NO_METADATA;
          posting[fields[i]] = docs;
        }
        return posting;
      });

    function parseRef(ref) {
      var slash = ref.indexOf("/"), i = fieldIds.get(ref.slice(0, slash)), doc = ref.slice(slash + 1);
      if (i === undefined || !/^(0|[1-9][0-9]*)$/.test(doc) || +doc >= n) return null;
      var field = decoded[i];
      return field.docStart[+doc + 1] > field.docStart[+doc] ? [i, +doc] : null;
    }
    var fieldVectors = lazyMap(
      function () {
        var refs = [];
        decoded.forEach(function (field, i) {
          for (var doc = 0; doc < n; doc++) {
            if (field.docStart[doc + 1] > field.docStart[doc]) refs.push(fields[i] + "/" + doc);
          }
        });
        return refs;
      },
      function (ref) { return parseRef(ref) !== null; },
      function (ref) {
        var at = parseRef(ref), i = at[0], doc = at[1], field = decoded[i];
        var boost = compact.fields[i][1] || 1;
        // lunr.Builder.prototype.createFieldVectors
        var norm = k1 * (1 - b + b * (field.lengths[doc] / field.average));
        var from = field.docStart[doc], to = field.docStart[doc + 1], elements = new Array(2 * (to - from));
        for (var p = from, e = 0; p < to; p++, e += 2) {
          var term = field.docTerms[p], tf = field.docFreqs[p];
          var score = idf[term] * ((k1 + 1) * tf) / (norm + tf);
          score *= boost;
          elements[e] = term;
          elements[e + 1] = Math.round(score * 1000) / 1000;
        }
        return new lunr.Vector(elements);
      });

    var builder = new lunr.TokenSet.Builder();
    for (t = 0; t < termCount; t++) builder.insert(terms[t]);
    builder.finish();
    return new lunr.Index({
      invertedIndex: invertedIndex,
      fieldVectors: fieldVectors,
      tokenSet: builder.root,
      fields: fields,
      pipeline: lunr.Pipeline.load(compact.pipeline)
    });
  }

  return {
    decodeNumbers: decodeNumbers,
    decodeTerms: decodeTerms,
    expandIndex: expandIndex
  };
}));
