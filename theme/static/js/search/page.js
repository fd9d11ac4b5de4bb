/*!
 * tukena search page: theme/templates/search.html on top of engine.js, with state.js (the
 * state and its address), controls.js (facets, counts, selected filters; finder.js finds a
 * municipality in them), cards.js (a result's card), results.js (a search and its results
 * shown) and events.js (what the visitor does). This file loads the engine, starts the
 * page and keeps its history: every choice is recorded in the address, a history entry
 * pushed for a choice, replaced while typing; back and forward restore the state.
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
  if (!app || !configNode || !S || !S.State || !S.controls || !S.cards || !S.element ||
      !S.results || !S.advice || !S.placeFinder || !S.listen || !window.lunr ||
      !window.fetch || !window.URLSearchParams || !window.Promise || !window.history ||
      !history.pushState) {
    // the search cannot run here: say so above the links that find activities without it
    var unavailable = doc.getElementById("search-unavailable");
    if (unavailable) unavailable.hidden = false;
    return;
  }
  var State = S.State;
  var config = JSON.parse(configNode.textContent);
  var t = JSON.parse(doc.getElementById("search-i18n").textContent);
  var PAGE = config.pageSize || 20;

  var input = doc.getElementById("search-q");
  var loading = doc.getElementById("search-loading");
  var filters = doc.getElementById("search-filters");
  var sortSelect = doc.getElementById("search-sort");
  var browse = doc.getElementById("search-browse");

  /** What the page's scripts share: results.js shows a search, events.js changes the state. */
  var page = {
    doc: doc,
    app: app,
    t: t,
    pageSize: PAGE,
    state: State.parse(location.search, PAGE),
    total: 0,               // the number of results found, once run
    engine: null,           // engine.js, once loaded
    ui: null,               // controls.js
    card: null,             // cards.js
    typingEntry: false,     // the current history entry is the one typing a query pushed
    focusAfterRender: -1,   // the result whose link takes the focus once shown ("show more")
    address: address,
    commit: commit,
    syncControls: syncControls,
    run: null               // results.js
  };
  page.run = S.results(page).run;

  function address(s) {
    return location.pathname + State.serialise(s, PAGE);
  }

  /**
   * Records the state in the history: "push" a new entry, "replace" the current one, or
   * "type": the first keystroke of a query pushes, the next ones replace, so that back
   * goes to before the typing rather than letter by letter. Returns run()'s promise.
   */
  function commit(kind) {
    var url = address(page.state), current = location.pathname + location.search;
    if (kind === "type") {
      if (page.typingEntry) history.replaceState(null, "", url);
      else if (url !== current) history.pushState(null, "", url);
      page.typingEntry = true;
    } else {
      if (kind === "replace" || url === current) history.replaceState(null, "", url);
      else history.pushState(null, "", url);
      page.typingEntry = false;
    }
    return page.run();
  }

  function syncControls() {
    var state = page.state;
    if (doc.activeElement !== input || input.value.trim() !== state.q.trim()) input.value = state.q;
    sortSelect.value = state.sort;
    page.ui.sync(state);
  }

  /** How long (ms) a query with words waits for the summaries before it is searched
   * without them: more.json that neither comes nor fails (a stalled link) would keep the
   * page at "Loading the search…" until the browser gave up. */
  var SUMMARIES_WAIT = 4000;

  /**
   * Shows the search once the engine is loaded. A query with words in the address (the
   * home page's search box leads here) is searched once the summaries (more.json) are in
   * too, which engine.js's load() fetched beside index.json: searched before, its results
   * changed under the visitor a moment later and the status said two numbers. "Loading the
   * search…" (no live region) stays the while: more.json is the smallest of the three
   * files (about a third of index.json, gzipped), so on a slow link the wait is that of a
   * few kilobytes more, where a second search cost another request after the first
   * results. The wait is at most SUMMARIES_WAIT (data-summaries="waiting" meanwhile):
   * after it the query is searched without them and, if they come later, searched again
   * with them, as a query typed before they came. A query without words (filters alone)
   * does not wait: the summaries cannot change what it finds, which is every listing the
   * filters keep.
   */
  function ready(engine) {
    if (!engine.terms(page.state.q).length) {
      show(engine);
      more(engine);
      return;
    }
    var late = false;
    var waiting = setTimeout(function () {
      late = true;
      show(engine);
    }, SUMMARIES_WAIT);
    app.setAttribute("data-summaries", "waiting");
    return engine.more().then(function () {
      app.setAttribute("data-summaries", "loaded");
      return true;
    }, function (error) { // searched without them then: a summary's word is not found
      if (window.console) console.error(error);
      app.removeAttribute("data-summaries");
      return false;
    }).then(function (loaded) {
      if (!late) {
        clearTimeout(waiting);
        show(engine);
      } else if (loaded && engine.terms(page.state.q).length) {
        page.run(); // as more() does for a query typed before they came
      }
    });
  }

  /** The summaries fetched after the first results, for the words typed later: a search
   * made with words before they came is made again with them. */
  function more(engine) {
    engine.more().then(function () {
      app.setAttribute("data-summaries", "loaded");
      if (engine.terms(page.state.q).length) page.run();
    }, function (error) {
      if (window.console) console.error(error);
    });
  }

  /** Builds the controls and shows the first results: searches run from now on. */
  function show(engine) {
    page.engine = engine;
    var ui = page.ui = S.controls({ doc: doc, app: app, t: t, lang: config.lang, engine: engine });
    ui.build();
    page.card = S.cards({
      doc: doc, t: t, lang: config.lang,
      languageNames: ui.languageNames, capacity: ui.labels.capacity
    });
    State.sanitise(page.state, ui.codes);
    syncControls();
    loading.hidden = true;
    app.hidden = false;
    if (window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) filters.open = true;
    history.replaceState(null, "", address(page.state));
    page.run();
  }

  function start() {
    input.value = page.state.q;
    loading.hidden = false;
    S.listen(page);
    // with words in the address, the summaries are fetched with the index (ready())
    var words = /[^\s]/.test(page.state.q);
    S.load({ lunr: window.lunr, base: config.data, version: config.version, more: words })
      .then(ready)
      .catch(function (error) {
        if (!page.engine) {
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
