/*!
 * tukena search: result records. The result files (results/<n>.json) fetched a chunk at a
 * time, when shown, and each record completed with the facts the facet file holds (places,
 * languages, ages, next session, flags). Methods of an Engine: engine.js adds them to
 * Engine.prototype. Licence: EUPL-1.2 (tukena).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.TukenaSearch = root.TukenaSearch || {};
    root.TukenaSearch.records = factory();
  }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  /** Result records of refs, in order, with the facts the facet file holds added. */
  function cards(refs) {
    var self = this, size = this.results.chunk, wanted = {};
    refs.forEach(function (doc) { wanted[Math.floor(doc / size)] = true; });
    return Promise.all(Object.keys(wanted).map(function (k) { return self.chunk(+k); })).then(function () {
      return refs.map(function (doc) { return self.card(doc); });
    });
  }

  /** The records of results/<k>.json, fetched once (again after a failure). */
  function chunk(k) {
    var self = this;
    if (!this.chunks[k]) {
      this.chunks[k] = this.options.fetchJSON("results/" + k + ".json").then(function (records) {
        self.loaded[k] = records;
        return records;
      }, function (error) {
        delete self.chunks[k];
        throw error;
      });
    }
    return this.chunks[k];
  }

  /** The record of one document, from its loaded chunk and the facet columns. */
  function card(doc) {
    var size = this.results.chunk, t = this.tables, c = this.columns;
    var chunk = this.loaded[Math.floor(doc / size)];
    var record = chunk ? chunk[doc % size] : null;
    var card = Object.assign({ ref: doc }, record || {});
    if (record) card.url = this.results.prefix + record.u;
    card.municipalities = Array.from(this.facets.list("municipality", doc)).map(function (m) { return t.municipality[m][1]; });
    card.languages = Array.from(this.facets.list("language", doc)).map(function (l) { return t.language[l][0]; });
    // the help filter's languages are also those it is held in: the card names these once
    card.help = Array.from(this.facets.list("help", doc)).map(function (l) { return t.help[l][0]; })
      .filter(function (code) { return card.languages.indexOf(code) < 0; });
    card.capacity = t.capacity[c.capacity[doc]][0];
    var youngest = c.youngest[doc], oldest = c.oldest[doc], limit = this.facets.ageLimit;
    card.ages = youngest || oldest < limit ? [youngest || null, oldest < limit ? oldest : null] : null;
    card.next = c.next[doc] >= this.facets.noNext ? null : isoDay(this.today + c.next[doc] * 864e5);
    card.verified = isoDay(this.today - c.verified[doc] * 864e5); // days ago: see facets.py
    card.flags = {};
    for (var flag in this.facets.flags) card.flags[flag] = (c.flags[doc] & this.facets.flags[flag]) !== 0;
    return card;
  }

  return {
    cards: cards,
    chunk: chunk,
    card: card
  };
}));
