/*!
 * tukena search page: a search with the page's state and its results shown. The status
 * line (a screen reader hears the notes below it there too, in one announcement), the
 * counts beside the filters and the selected filters (controls.js), a note when not every
 * word matched, the cards (cards.js), "show more", what to try when nothing is found
 * (advice.js), the activities joined online that also match, what a printout holds and
 * the address of its code. Licence: EUPL-1.2 (tukena).
 */
(function (root) {
  "use strict";

  function plural(forms, n) {
    return n === 1 ? forms[0] : forms[1];
  }

  /**
   * page: what page.js shares (doc, app, t, pageSize, state, engine, ui, card, address,
   * focusAfterRender). Returns {run}: searches with page.state and shows the results.
   */
  function results(page) {
    var doc = page.doc, app = page.app, t = page.t, PAGE = page.pageSize;
    var State = root.TukenaSearch.State;
    var filterCount = doc.getElementById("search-filter-count");
    var toResults = doc.getElementById("search-to-results");
    var statusNode = doc.getElementById("search-status");
    var noteNode = doc.getElementById("search-note");
    var qrFigure = doc.getElementById("search-qr");
    var list = doc.getElementById("search-results");
    var moreButton = doc.getElementById("search-more");
    var empty = doc.getElementById("search-empty");
    var active = doc.getElementById("search-active");
    var activeList = doc.getElementById("search-active-list");
    var browse = doc.getElementById("search-browse");
    var online = doc.getElementById("search-online");
    var partial = doc.getElementById("search-print-partial");
    var printButton = doc.getElementById("search-print");
    var onlineLink = online.querySelector("a");
    var advice = root.TukenaSearch.advice(page); // what to try when nothing is found
    var sequence = 0;       // the latest run; older card fetches are dropped

    /**
     * With a place chosen, the activities joined online that match everything else: they are
     * not in that place, yet someone living there can take part. Their number and a link to
     * them (the same search without the place, online only); 0 when there is nothing to add.
     */
    function onlineAlso(s, matched, results) {
      var engine = page.engine;
      if (s.mode === "inperson" || !State.groupActive(s, "place")) return 0;
      var f = State.filters(s, engine.tables, page.ui.codes, "place");
      f.flags.online = true;
      var here = new Set(results);
      var more = engine.filter(matched, f).filter(function (doc) { return !here.has(doc); }).length;
      if (more) {
        var elsewhere = Object.assign({}, s, { municipality: [], region: [], county: [], mode: "online" });
        onlineLink.href = page.address(elsewhere);
        onlineLink.textContent = plural(t.alsoOnline, more).replace("{n}", String(more));
      }
      return more;
    }

    /**
     * The status, the page's one live region for a search: the count on screen, then, heard
     * only (they are on screen below it), the notes shown with the results: that not every
     * word matched, that activities joined online match too. Said once: a status rewritten
     * with the same words is read out again, so it is left alone then.
     */
    function say(count, notes) {
      var heard = notes.filter(Boolean).map(function (words) { return " " + words; }).join("");
      if (heard) heard = "." + heard;
      if (statusNode.textContent === count + heard) return;
      statusNode.textContent = count;
      if (heard) statusNode.appendChild(root.TukenaSearch.element(doc, "span", "visually-hidden", heard));
    }

    /**
     * Searches with the current state and shows the results. When they are on the page,
     * #search-app gets data-rendered="<the state's query string>" (tests wait for it), and
     * the promise returned is fulfilled with true (false: a later run or a failure came).
     * page.total is the number found.
     * When no listing matches every word, asks again with one typo allowed from 4 letters,
     * then shows the partial matches.
     */
    function run() {
      var engine = page.engine, ui = page.ui;
      if (!engine) return Promise.resolve(false);
      var s = page.state, mine = ++sequence, key = State.serialise(s, PAGE);
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
      var results = State.sort(engine.filter(matched, State.filters(s, engine.tables, ui.codes)),
        s.sort, found.terms.length > 0, engine.columns);
      ui.counts(s, matched, results);
      active.hidden = ui.chosen(s, activeList) === 0;
      var n = State.chosenCount(s);
      filterCount.textContent = n ? "(" + plural(t.filtersOn, n).replace("{n}", String(n)) + ")" : "";
      var total = page.total = results.length, shown = results.slice(0, s.show);
      var text = plural(t.found, total).replace("{n}", String(total));
      if (total > shown.length) text += ", " + t.shown.replace("{shown}", String(shown.length));
      var lead = statusNode.getAttribute("data-lead"); // "where I am" chose the place (near.js)
      if (lead) text = lead + " " + text;
      statusNode.removeAttribute("data-lead");
      var more = onlineAlso(s, matched, results); // #search-online's number
      var onlineSaid = more ? plural(t.alsoOnlineSaid, more).replace("{n}", String(more)) : "";
      say(text, [note && total ? note : "", onlineSaid]); // the note is shown with results only
      // on a phone the results are far below the filters: the way down, with their number
      toResults.textContent = t.toResults.replace("{found}", plural(t.found, total).replace("{n}", String(total)));
      noteNode.textContent = note;
      noteNode.hidden = !note || !total;
      empty.hidden = total > 0;
      // the spelling is questioned only when the words themselves found nothing whole
      if (!total) advice.show(s, matched, found.complete && note !== t.fuzzy && matched.length > 0);
      browse.hidden = total > 0;
      printButton.hidden = !total; // an empty list is nothing to print
      online.hidden = !more;
      moreButton.hidden = total <= shown.length;
      // printed from the browser's own menu with "show more" left to press: not silently
      // a part of the list on paper (the page's "Print this list" shows them all first)
      partial.hidden = total <= shown.length;
      partial.textContent = t.printedPart.replace("{shown}", String(shown.length))
        .replace("{total}", String(total));
      qrFigure.setAttribute("data-url", total ? page.address(s) : ""); // a printout's code: qr.js
      return engine.cards(shown).then(function (records) {
        if (mine !== sequence) return false;
        render(records);
        app.setAttribute("data-rendered", key);
        return true;
      }, function () { // a result file lost on a flaky link: say how to go on, no dead end
        if (mine !== sequence) return false;
        statusNode.textContent = t.cardsFailed;
        moreButton.hidden = true;
        browse.hidden = false;
        return false;
      });
    }

    function render(records) {
      var items = records.map(function (record) {
        var li = doc.createElement("li");
        li.className = "search-result";
        li.appendChild(page.card(record));
        return li;
      });
      list.textContent = "";
      items.forEach(function (li) { list.appendChild(li); });
      if (page.focusAfterRender >= 0) {
        var target = list.children[page.focusAfterRender];
        var link = target && target.querySelector("a");
        if (link) link.focus();
        page.focusAfterRender = -1;
      }
    }

    return { run: run };
  }

  root.TukenaSearch = root.TukenaSearch || {};
  root.TukenaSearch.results = results;
}(typeof self !== "undefined" ? self : this));
