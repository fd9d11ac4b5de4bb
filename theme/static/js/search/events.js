/*!
 * tukena search page: what the visitor does. Typing a query or an age, choosing filters
 * and the order, removing a selected filter or clearing them all (or the one the advice
 * on finding nothing names), "show more", the link to the activities online, printing,
 * back and forward: each changes the page's state and records it in the address
 * (page.js). Licence: EUPL-1.2 (tukena).
 */
(function (root) {
  "use strict";

  var TYPING_DELAY = 180;
  var AGE_DELAY = 500; // "1" on the way to "16" is no age to search by

  /**
   * page: what page.js shares (doc, app, pageSize, state, engine, ui, typingEntry,
   * focusAfterRender, commit, syncControls, run). Listens to the page's controls.
   */
  function listen(page) {
    var doc = page.doc, app = page.app, PAGE = page.pageSize;
    var State = root.TukenaSearch.State;
    var form = doc.getElementById("search-form");
    var input = doc.getElementById("search-q");
    var ageInput = doc.getElementById("f-age");
    var sortSelect = doc.getElementById("search-sort");
    var moreButton = doc.getElementById("search-more");
    var activeList = doc.getElementById("search-active-list");
    var onlineLink = doc.getElementById("search-online").querySelector("a");
    var typingTimer = 0;
    var ageTimer = 0;

    /** An age that is not a whole number (7.5, -3) is said to be wrong, not silently left out. */
    function ageError(wrong) {
      var message = doc.getElementById("f-age-error");
      message.hidden = !wrong;
      if (wrong) {
        ageInput.setAttribute("aria-invalid", "true");
        ageInput.setAttribute("aria-describedby", "f-age-hint f-age-error");
      } else {
        ageInput.removeAttribute("aria-invalid");
        ageInput.setAttribute("aria-describedby", "f-age-hint");
      }
    }

    function clearFilters() {
      var keep = page.state;
      page.state = State.create(PAGE);
      page.state.q = keep.q;
      page.state.sort = keep.sort;
      page.state.by = keep.by;
      page.syncControls();
    }

    function removeChip(name, value) {
      var state = page.state;
      if (name === "q") state.q = "";
      else if (name === "mode") state.mode = "";
      else if (name === "age") state.age = null;
      else if (State.FLAGS.indexOf(name) >= 0) state[name] = false;
      else if (State.LISTS.indexOf(name) >= 0) state[name] = state[name].filter(function (v) { return v !== value; });
      state.show = PAGE;
      page.syncControls();
      page.commit("push");
    }

    /** A change of a choice; returns false for controls that are not the search's. */
    function choose(box) {
      var name = box.name, state = page.state;
      if (box === sortSelect) {
        state.sort = State.SORTS.indexOf(sortSelect.value) >= 0 ? sortSelect.value : "relevance";
      } else if (box.tagName !== "INPUT") {
        return false;
      } else if (name === "mode") {
        state.mode = State.MODES.indexOf(box.value) >= 0 ? box.value : "";
      } else if (name === "age") {
        state.age = State.age(box.value);
      } else if (State.FLAGS.indexOf(name) >= 0) {
        state[name] = box.checked;
      } else if (State.LISTS.indexOf(name) >= 0) {
        var values = state[name].filter(function (v) { return v !== box.value; });
        if (box.checked) values.push(box.value);
        state[name] = values;
      } else {
        return false;
      }
      return true;
    }

    input.addEventListener("input", function () {
      clearTimeout(typingTimer);
      // a first letter alone finds nothing worth saying ("0 activities" to a screen reader
      // at every new word): the search waits for the second (Enter searches at once)
      if (/^\S$/.test(input.value.trim())) return;
      typingTimer = setTimeout(function () {
        page.state.q = input.value;
        page.state.show = PAGE;
        page.commit("type");
      }, TYPING_DELAY);
    });
    // the age follows the typing too: a changed value counts once the typing pauses
    ageInput.addEventListener("input", function () {
      clearTimeout(ageTimer);
      ageTimer = setTimeout(function () {
        var age = State.age(ageInput.value);
        ageError(ageInput.value.trim() !== "" && age === null);
        if (age === page.state.age) return;
        page.state.age = age;
        page.state.show = PAGE;
        page.ui.sync(page.state);
        page.commit("push");
      }, AGE_DELAY);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(typingTimer);
      clearTimeout(ageTimer);
      page.state.age = State.age(ageInput.value);
      ageError(ageInput.value.trim() !== "" && page.state.age === null);
      page.state.q = input.value;
      page.state.show = PAGE;
      page.commit(page.typingEntry ? "type" : "push");
      page.typingEntry = false;
    });
    app.addEventListener("change", function (event) {
      // a change that chooses nothing new (the age field losing focus after its value
      // was taken while typing) redraws nothing: the chip being clicked stays in place
      var box = event.target, before = State.serialise(page.state, PAGE);
      if (box.name === "by" && box.tagName === "INPUT") {
        page.state.by = box.value === "county" ? "county" : "region";
        page.syncControls();
        page.commit("replace");
      } else if (choose(box) && State.serialise(page.state, PAGE) !== before) {
        page.state.show = PAGE;
        page.syncControls();
        page.commit("push");
      }
    });
    activeList.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("button") : null;
      if (!button) return;
      var buttons = Array.prototype.slice.call(activeList.querySelectorAll("button"));
      var index = buttons.indexOf(button);
      removeChip(button.getAttribute("data-name"), button.getAttribute("data-value"));
      var left = activeList.querySelectorAll("button");
      if (left.length) left[Math.min(index, left.length - 1)].focus();
      else input.focus();
    });
    doc.getElementById("search-clear").addEventListener("click", function () {
      clearFilters();
      page.commit("push");
    });
    doc.getElementById("search-empty-clear").addEventListener("click", function () {
      clearFilters();
      page.commit("push");
      input.focus();
    });
    onlineLink.addEventListener("click", function (event) { // a new search, not a new page
      event.preventDefault();
      page.state = State.parse(onlineLink.search, PAGE);
      State.sanitise(page.state, page.ui.codes);
      page.syncControls();
      page.commit("push");
    });
    // nothing found: a filter whose removal finds some (advice.js), removed in place; the
    // advice goes away with it, so the keyboard goes on at the results
    doc.getElementById("search-empty-without-list").addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a") : null;
      if (!link) return;
      event.preventDefault();
      page.state = State.parse(link.search, PAGE);
      State.sanitise(page.state, page.ui.codes);
      page.syncControls();
      page.commit("push");
      doc.getElementById("search-results-heading").focus();
    });
    moreButton.addEventListener("click", function () {
      page.focusAfterRender = page.state.show;
      page.state.show = Math.min(page.state.show + PAGE, State.MAX_SHOWN);
      page.commit("replace");
    });
    // a shortlist printed for a client holds everything found, not the first page of it:
    // the rest are shown first (and stay shown), then the print dialogue opens
    doc.getElementById("search-print").addEventListener("click", function () {
      var all = Math.min(page.total, State.MAX_SHOWN);
      if (all <= page.state.show) {
        window.print();
        return;
      }
      page.state.show = all;
      page.commit("replace").then(function (shown) { if (shown) window.print(); });
    });
    window.addEventListener("popstate", function () {
      clearTimeout(typingTimer);
      page.typingEntry = false;
      page.state = State.parse(location.search, PAGE);
      input.value = page.state.q;
      if (!page.engine) return;
      State.sanitise(page.state, page.ui.codes);
      page.syncControls();
      page.run();
    });
  }

  root.TukenaSearch = root.TukenaSearch || {};
  root.TukenaSearch.listen = listen;
}(typeof self !== "undefined" ? self : this));
