/*!
 * tukena search page: "Find a municipality" above the place facet's lists (controls.js
 * makes them). A name typed narrows both lists, the one by region and the one by county,
 * and the field's own status says what is left in the list shown: how many municipalities,
 * or that none with activities has that name. Without it a screen reader user hears
 * nothing while the list changes, or empties (WCAG 4.1.3). The words under the field
 * follow the list at once (#f-place-seen, hidden from screen readers); the status that is
 * said (#f-place-found, visually hidden) changes once the typing pauses, not at every
 * letter. A place is found by its Finnish and Swedish names too, whichever the page
 * shows ("Esbo" on the Finnish site: controls.js puts them in data-names).
 * Licence: EUPL-1.2 (tukena).
 */
(function (root) {
  "use strict";

  var TYPING_PAUSE = 500; // ms after the last keystroke before the status changes

  /** A name as it is compared: case, marks ("jarvenpaa"), spaces and hyphens aside. */
  function folded(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f\s\-\u2010-\u2013]/g, "");
  }

  /** Whether `wanted` (folded) is in the name shown (the first text of `node`) or in one
   * of the names of `named` in the other language (its data-names). */
  function holds(wanted, node, named) {
    var others = named.getAttribute("data-names");
    var names = [node.firstChild.textContent].concat(others ? others.split("|") : []);
    return names.some(function (name) { return name && folded(name).indexOf(wanted) >= 0; });
  }

  /**
   * Shows the municipalities whose names hold `text` ("tamp", "jarvenpaa", "esbo"), each in
   * its region or county opened, the other groups hidden; all of them again when empty. A
   * group whose own name holds it shows all its municipalities.
   */
  function narrow(app, text) {
    var wanted = folded(text.trim());
    app.querySelectorAll(".place-group").forEach(function (details) {
      var whole = !wanted || holds(wanted, details.querySelector("summary"), details), any = whole;
      details.querySelectorAll(".facet-option").forEach(function (li) {
        var all = li.className.indexOf("facet-whole") >= 0; // "All of Pirkanmaa"
        li.hidden = !whole && (all || !holds(wanted, li.querySelector("label"), li));
        if (!li.hidden && !all) any = true;
      });
      details.parentNode.hidden = !any;
      details.open = wanted ? any : !!details.querySelector("input:checked");
    });
  }

  /** The municipalities left in the list shown (by region or by county), "All of" aside. */
  function left(app) {
    var list = app.querySelector(".place-list:not([hidden])"), n = 0;
    if (!list) return 0;
    list.querySelectorAll(".place-group").forEach(function (details) {
      if (details.parentNode.hidden) return;
      details.querySelectorAll(".facet-option:not(.facet-whole)").forEach(function (li) {
        if (!li.hidden) n += 1;
      });
    });
    return n;
  }

  /**
   * app: #search-app, t: the page's strings. Listens to the field (#f-place-find) and
   * returns {recount}: says the count again for the list now shown (the grouping changed),
   * if it differs; a no-op where the page has no such field.
   */
  function placeFinder(app, t) {
    var field = app.querySelector("#f-place-find");
    var seen = app.querySelector("#f-place-seen");
    var status = app.querySelector("#f-place-found");
    var timer = 0;
    if (!field || !seen || !status) return { recount: function () {} };

    function message() {
      var typed = field.value.trim();
      if (!typed) return ""; // every municipality is back: nothing to say
      var n = left(app);
      if (!n) return t.noPlace.replace("{name}", typed);
      return (n === 1 ? t.placesFound[0] : t.placesFound[1]).replace("{n}", String(n));
    }

    /** The words on screen at once; the status, rewritten only when its words change
     * (rewritten, it is read again), after the pause unless `now`. */
    function tell(now) {
      clearTimeout(timer);
      var text = message();
      if (seen.textContent !== text) seen.textContent = text;
      if (status.textContent === text) return;
      if (now || !text) status.textContent = text;
      else timer = setTimeout(function () { status.textContent = text; }, TYPING_PAUSE);
    }

    field.addEventListener("input", function () {
      narrow(app, field.value);
      tell(false);
    });
    return { recount: function () { tell(true); } };
  }

  root.TukenaSearch = root.TukenaSearch || {};
  root.TukenaSearch.placeFinder = placeFinder;
}(typeof self !== "undefined" ? self : this));
