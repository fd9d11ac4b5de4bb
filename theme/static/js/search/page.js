/*!
 * tukena search page: theme/templates/search.html on top of engine.js, with state.js (the
 * state and its address), controls.js (facets, counts, selected filters) and cards.js
 * (results). Every choice is recorded in the address: push a history entry for a choice,
 * replace it while typing; back and forward restore the state.
 *
 * UI strings come from the page (#search-i18n, made from the gettext catalogs), settings
 * from #search-config. Licence: EUPL-1.2 (tukena).
 */
(function () {
  "use strict";

  var doc = document;
  var app = doc.getElementById("search-app");
  var configNode = doc.getElementById("search-config");
  var S = window.TukenaSearch;
  if (!app || !configNode || !S || !S.State || !S.controls || !S.cards || !S.element || !window.lunr ||
      !window.fetch || !window.URLSearchParams || !window.Promise || !window.history ||
      !history.pushState) {
    return;
  }
  var State = S.State;
  var config = JSON.parse(configNode.textContent);
  var t = JSON.parse(doc.getElementById("search-i18n").textContent);
  var PAGE = config.pageSize || 20;
  var TYPING_DELAY = 180;
  var AGE_DELAY = 500; // "1" on the way to "16" is no age to search by

  var form = doc.getElementById("search-form");
  var input = doc.getElementById("search-q");
  var ageInput = doc.getElementById("f-age");
  var loading = doc.getElementById("search-loading");
  var filters = doc.getElementById("search-filters");
  var filterCount = doc.getElementById("search-filter-count");
  var toResults = doc.getElementById("search-to-results");
  var statusNode = doc.getElementById("search-status");
  var sortSelect = doc.getElementById("search-sort");
  var noteNode = doc.getElementById("search-note");
  var qrFigure = doc.getElementById("search-qr");
  var list = doc.getElementById("search-results");
  var moreButton = doc.getElementById("search-more");
  var empty = doc.getElementById("search-empty");
  var active = doc.getElementById("search-active");
  var activeList = doc.getElementById("search-active-list");
  var browse = doc.getElementById("search-browse");
  var online = doc.getElementById("search-online");
  var onlineLink = online.querySelector("a");

  var engine = null;
  var ui = null;          // controls.js
  var card = null;        // cards.js
  var state = State.parse(location.search, PAGE);
  var sequence = 0;       // the latest run; older card fetches are dropped
  var typingEntry = false;
  var typingTimer = 0;
  var ageTimer = 0;
  var focusAfterRender = -1;

  function address(s) {
    return location.pathname + State.serialise(s, PAGE);
  }

  /**
   * Records the state in the history: "push" a new entry, "replace" the current one, or
   * "type": the first keystroke of a query pushes, the next ones replace, so that back
   * goes to before the typing rather than letter by letter.
   */
  function commit(kind) {
    var url = address(state), current = location.pathname + location.search;
    if (kind === "type") {
      if (typingEntry) history.replaceState(null, "", url);
      else if (url !== current) history.pushState(null, "", url);
      typingEntry = true;
    } else {
      if (kind === "replace" || url === current) history.replaceState(null, "", url);
      else history.pushState(null, "", url);
      typingEntry = false;
    }
    run();
  }

  function syncControls() {
    if (doc.activeElement !== input || input.value.trim() !== state.q.trim()) input.value = state.q;
    sortSelect.value = state.sort;
    ui.sync(state);
  }

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

  function plural(forms, n) {
    return n === 1 ? forms[0] : forms[1];
  }

  /**
   * With a place chosen, the activities joined online that match everything else: they are
   * not in that place, yet someone living there can take part. Their number and a link to
   * them (the same search without the place, online only); 0 when there is nothing to add.
   */
  function onlineAlso(s, matched, results) {
    if (s.mode === "inperson" || !State.groupActive(s, "place")) return 0;
    var f = State.filters(s, engine.tables, ui.codes, "place");
    f.flags.online = true;
    var here = new Set(results);
    var more = engine.filter(matched, f).filter(function (doc) { return !here.has(doc); }).length;
    if (more) {
      var elsewhere = Object.assign({}, s, { municipality: [], region: [], county: [], mode: "online" });
      onlineLink.href = address(elsewhere);
      onlineLink.textContent = plural(t.alsoOnline, more).replace("{n}", String(more));
    }
    return more;
  }

  /**
   * Searches with the current state and shows the results. When they are on the page,
   * #search-app gets data-rendered="<the state's query string>" (tests wait for it).
   * When no listing matches every word, asks again with one typo allowed from 4 letters,
   * then shows the partial matches.
   */
  function run() {
    if (!engine) return;
    var s = state, mine = ++sequence, key = State.serialise(s, PAGE);
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
    filterCount.textContent = n ? "(" + t.filtersOn.replace("{n}", String(n)) + ")" : "";
    var total = results.length, shown = results.slice(0, s.show);
    var text = plural(t.found, total).replace("{n}", String(total));
    if (total > shown.length) text += ", " + t.shown.replace("{shown}", String(shown.length));
    if (statusNode.textContent !== text) statusNode.textContent = text;
    // on a phone the results are far below the filters: the way down, with their number
    toResults.textContent = t.toResults.replace("{found}", plural(t.found, total).replace("{n}", String(total)));
    noteNode.textContent = note;
    noteNode.hidden = !note || !total;
    empty.hidden = total > 0;
    browse.hidden = total > 0;
    online.hidden = !onlineAlso(s, matched, results);
    moreButton.hidden = total <= shown.length;
    qrFigure.setAttribute("data-url", total ? address(s) : ""); // a printout's code: qr.js
    engine.cards(shown).then(function (records) {
      if (mine !== sequence) return;
      render(records);
      app.setAttribute("data-rendered", key);
    }, function () { // a result file lost on a flaky link: say how to go on, no dead end
      if (mine !== sequence) return;
      statusNode.textContent = t.cardsFailed;
      moreButton.hidden = true;
      browse.hidden = false;
    });
  }

  function render(records) {
    var items = records.map(function (record) {
      var li = doc.createElement("li");
      li.className = "search-result";
      li.appendChild(card(record));
      return li;
    });
    list.textContent = "";
    items.forEach(function (li) { list.appendChild(li); });
    if (focusAfterRender >= 0) {
      var target = list.children[focusAfterRender];
      var link = target && target.querySelector("a");
      if (link) link.focus();
      focusAfterRender = -1;
    }
  }

  function clearFilters() {
    var keep = state;
    state = State.create(PAGE);
    state.q = keep.q;
    state.sort = keep.sort;
    state.by = keep.by;
    syncControls();
  }

  function removeChip(name, value) {
    if (name === "q") state.q = "";
    else if (name === "mode") state.mode = "";
    else if (name === "age") state.age = null;
    else if (State.FLAGS.indexOf(name) >= 0) state[name] = false;
    else if (State.LISTS.indexOf(name) >= 0) state[name] = state[name].filter(function (v) { return v !== value; });
    state.show = PAGE;
    syncControls();
    commit("push");
  }

  /** A change of a choice; returns false for controls that are not the search's. */
  function choose(box) {
    var name = box.name;
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

  function listen() {
    input.addEventListener("input", function () {
      clearTimeout(typingTimer);
      // a first letter alone finds nothing worth saying ("0 activities" to a screen reader
      // at every new word): the search waits for the second (Enter searches at once)
      if (/^\S$/.test(input.value.trim())) return;
      typingTimer = setTimeout(function () {
        state.q = input.value;
        state.show = PAGE;
        commit("type");
      }, TYPING_DELAY);
    });
    // the age follows the typing too: a changed value counts once the typing pauses
    ageInput.addEventListener("input", function () {
      clearTimeout(ageTimer);
      ageTimer = setTimeout(function () {
        var age = State.age(ageInput.value);
        ageError(ageInput.value.trim() !== "" && age === null);
        if (age === state.age) return;
        state.age = age;
        state.show = PAGE;
        ui.sync(state);
        commit("push");
      }, AGE_DELAY);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(typingTimer);
      clearTimeout(ageTimer);
      state.age = State.age(ageInput.value);
      ageError(ageInput.value.trim() !== "" && state.age === null);
      state.q = input.value;
      state.show = PAGE;
      commit(typingEntry ? "type" : "push");
      typingEntry = false;
    });
    app.addEventListener("change", function (event) {
      // a change that chooses nothing new (the age field losing focus after its value
      // was taken while typing) redraws nothing: the chip being clicked stays in place
      var box = event.target, before = State.serialise(state, PAGE);
      if (box.name === "by" && box.tagName === "INPUT") {
        state.by = box.value === "county" ? "county" : "region";
        syncControls();
        commit("replace");
      } else if (choose(box) && State.serialise(state, PAGE) !== before) {
        state.show = PAGE;
        syncControls();
        commit("push");
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
      commit("push");
    });
    doc.getElementById("search-empty-clear").addEventListener("click", function () {
      clearFilters();
      commit("push");
      input.focus();
    });
    onlineLink.addEventListener("click", function (event) { // a new search, not a new page
      event.preventDefault();
      state = State.parse(onlineLink.search, PAGE);
      State.sanitise(state, ui.codes);
      syncControls();
      commit("push");
    });
    moreButton.addEventListener("click", function () {
      focusAfterRender = state.show;
      state.show = Math.min(state.show + PAGE, State.MAX_SHOWN);
      commit("replace");
    });
    doc.getElementById("search-print").addEventListener("click", function () {
      window.print();
    });
    window.addEventListener("popstate", function () {
      clearTimeout(typingTimer);
      typingEntry = false;
      state = State.parse(location.search, PAGE);
      input.value = state.q;
      if (!engine) return;
      State.sanitise(state, ui.codes);
      syncControls();
      run();
    });
  }

  function ready(loaded) {
    engine = loaded;
    ui = S.controls({ doc: doc, app: app, t: t, lang: config.lang, engine: engine });
    ui.build();
    card = S.cards({
      doc: doc, t: t, lang: config.lang, today: engine.today,
      languageNames: ui.languageNames, capacity: ui.labels.capacity
    });
    State.sanitise(state, ui.codes);
    syncControls();
    loading.hidden = true;
    app.hidden = false;
    if (window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) filters.open = true;
    history.replaceState(null, "", address(state));
    run();
    return engine.more().then(function () {
      app.setAttribute("data-summaries", "loaded");
      run();
    });
  }

  function start() {
    input.value = state.q;
    loading.hidden = false;
    listen();
    S.load({ lunr: window.lunr, base: config.data, version: config.version })
      .then(ready)
      .catch(function (error) {
        if (!engine) {
          loading.textContent = t.failed;
          loading.hidden = false;
          app.hidden = true;
          browse.hidden = false;
        }
        if (window.console) console.error(error);
      });
  }

  start();
}());
