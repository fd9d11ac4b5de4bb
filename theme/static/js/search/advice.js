/*!
 * tukena search page: what to try when nothing is found. Advice on spelling only when
 * the words typed found nothing even without the filters; with filters chosen, each filter whose removal alone would find
 * activities, named as its chip names it and with the number it would find, as a link to
 * that search (events.js runs it in place). Counted in the browser from the facet data the
 * page already has: no request. Licence: EUPL-1.2 (tukena).
 */
(function (root) {
  "use strict";

  /** The filter a chip's choice is part of: the place choices are one, "Municipality or
   * area"; the values of one facet are alternatives, removed together. */
  function filterOf(name) {
    return name === "municipality" || name === "region" || name === "county" ? "place" : name;
  }

  /** A copy of state s without the choices of `filter`, showing the first page. */
  function without(State, s, filter, pageSize) {
    var out = Object.assign({}, s, { show: pageSize });
    State.LISTS.forEach(function (name) {
      out[name] = filterOf(name) === filter ? [] : s[name].slice();
    });
    if (filter === "age") out.age = null;
    if (filter === "mode") out.mode = "";
    if (State.FLAGS.indexOf(filter) >= 0) out[filter] = false;
    return out;
  }

  /**
   * page: what page.js shares (doc, t, pageSize, engine, ui, address). Returns
   * {show(s, matched, spelt)}: fills #search-empty for state s, whose words found `matched`
   * (`spelt`: every word found as typed, so the filters alone left nothing, and the advice
   * does not question the spelling).
   */
  function advice(page) {
    var doc = page.doc, t = page.t, State = root.TukenaSearch.State;
    var words = doc.getElementById("search-empty-words");
    var filters = doc.getElementById("search-empty-filters");
    var removable = doc.getElementById("search-empty-without");
    var list = doc.getElementById("search-empty-without-list");

    function show(s, matched, spelt) {
      var engine = page.engine, order = [], named = {};
      words.hidden = !s.q.trim() || !!spelt;
      filters.hidden = State.chosenCount(s) === 0;
      page.ui.chips(s).forEach(function (chip) {
        if (chip.name === "q") return; // the words: the advice on spelling is about them
        var filter = filterOf(chip.name);
        if (!named[filter]) order.push(filter);
        (named[filter] = named[filter] || []).push(chip.text);
      });
      list.textContent = "";
      order.forEach(function (filter) {
        var other = without(State, s, filter, page.pageSize);
        var n = engine.filter(matched, State.filters(other, engine.tables, page.ui.codes)).length;
        if (!n) return;
        var li = doc.createElement("li"), link = doc.createElement("a");
        link.href = page.address(other);
        link.textContent = t.without[n === 1 ? 0 : 1]
          .replace("{filter}", named[filter].join(", ")).replace("{n}", String(n));
        li.appendChild(link);
        list.appendChild(li);
      });
      removable.hidden = list.children.length === 0;
    }

    return { show: show };
  }

  root.TukenaSearch = root.TukenaSearch || {};
  root.TukenaSearch.advice = advice;
}(typeof self !== "undefined" ? self : this));
