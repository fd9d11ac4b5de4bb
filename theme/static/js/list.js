/* "My list": activities gathered for oneself or for a client, to print or to send.
 *
 * An activity's page gets a button that adds it to the list or takes it off, and so does
 * each activity card of a listing (a municipality, a target group, an organisation, the
 * home page) and of the search results, so a list is gathered without opening each
 * activity. The list is kept in this browser (localStorage, as activity addresses, the
 * same in every language), with the note for the client typed on the list page; emptying
 * the list, here or there, removes the note, which was for the client of that list.
 * Without this script no button shows. The list page is
 * js/list-page.js, which uses this script's store (window.TukenaList).
 *
 * A browser keeps localStorage by origin, and two sites may share one (two GitHub Pages
 * project sites of one owner): each keeps its list under keys of its own, named after
 * its path as its service worker's caches are (data-store of #list-i18n: "tukena-" at a
 * host's root, so "tukena-list" as ever; "tukena/turku/" under /turku). A site under a
 * path that has no list yet starts from the one kept under the old shared keys, when
 * there is one from before sites kept theirs apart, so that its visitors' lists survive
 * the change; it copies it and leaves it there. A site at the host's root marks those keys
 * its own when it keeps a list in them ("tukena-list-root"): no other site takes that one.
 * Licence: EUPL-1.2 (tukena). */
(function () {
  "use strict";
  var strings = document.getElementById("list-i18n");
  if (!strings) return;
  var SHARED = "tukena-";
  var PREFIX = strings.getAttribute("data-store") || SHARED;
  var KEY = PREFIX + "list";
  var NOTE_KEY = PREFIX + "list-note";
  var ROOT_KEY = SHARED + "list-root";
  var SLUG = /^[a-z0-9][a-z0-9-]{0,150}$/;
  var MOST = 100;

  /* Once, for a site under a path: the list (and its note) of the old shared keys. */
  function adopt() {
    if (PREFIX === SHARED) return;
    try {
      var storage = window.localStorage;
      if (storage.getItem(KEY) !== null || storage.getItem(ROOT_KEY) !== null) return;
      var old = storage.getItem(SHARED + "list");
      if (old === null) return;
      storage.setItem(KEY, old);
      var note = storage.getItem(SHARED + "list-note");
      if (note !== null) storage.setItem(NOTE_KEY, note);
    } catch (error) {
      // no storage: no list to adopt
    }
  }
  adopt();

  function clean(values) {
    var seen = {}, out = [];
    values.forEach(function (value) {
      if (typeof value === "string" && SLUG.test(value) && !seen[value] && out.length < MOST) {
        seen[value] = true;
        out.push(value);
      }
    });
    return out;
  }

  function stored() {
    try {
      var value = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(value) ? clean(value) : [];
    } catch (error) {
      return [];
    }
  }

  /* At a host's root: the shared keys are this site's list, not one from before. Marked
   * after the list is kept, and a mark that does not fit (storage full) costs nothing: a
   * visitor whose storage is full can still take activities off the list. */
  function own() {
    if (PREFIX !== SHARED) return;
    try {
      window.localStorage.setItem(ROOT_KEY, "1");
    } catch (error) {
      // left unmarked: a site under a path may still take this list over
    }
  }

  function store(slugs) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(slugs));
      if (!slugs.length) window.localStorage.removeItem(NOTE_KEY);
      own();
      return true;
    } catch (error) {
      return false;
    }
  }

  /* A note as the client will read it: line breaks kept, other control characters
   * dropped, spaces around it trimmed, at most `most` characters. */
  function tidy(text, most) {
    return String(text || "").replace(/\r\n?/g, "\n")
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "").slice(0, most).trim();
  }

  function storedNote(most) {
    try {
      return tidy(window.localStorage.getItem(NOTE_KEY), most);
    } catch (error) {
      return "";
    }
  }

  function storeNote(text) {
    try {
      if (text) window.localStorage.setItem(NOTE_KEY, text);
      else window.localStorage.removeItem(NOTE_KEY);
      own();
      return true;
    } catch (error) {
      return false;
    }
  }

  function counted(forms, n) {
    return forms[n === 1 ? 0 : 1].replace("{n}", String(n));
  }

  /* What the list page's status says of the list: how many activities it holds and, once
   * each one's page has been read (`states`: slug to "current", "ended", "gone" or
   * "unknown"), how many of them are current, with those ended and those no longer on the
   * site after them: "2 current activities on the list (1 ended, 1 no longer on the
   * site)". Until then, or while a page could not be read (no connection), only the
   * number, which claims nothing of them. */
  function summary(t, slugs, states) {
    if (!slugs.length) return t.empty;
    var ended = 0, gone = 0, known = true;
    slugs.forEach(function (slug) {
      var state = states[slug];
      if (!state || state === "unknown") known = false;
      else if (state === "ended") ended += 1;
      else if (state === "gone") gone += 1;
    });
    if (!known || (!ended && !gone)) return counted(t.count, slugs.length);
    var parts = [];
    if (ended) parts.push(counted(t.endedCount, ended));
    if (gone) parts.push(counted(t.goneCount, gone));
    return counted(t.current, slugs.length - ended - gone) + " (" + parts.join(", ") + ")";
  }

  /* The buttons that add an activity to the list or take it off: one on an activity's
     page, one on each activity card of a listing or of the search results. A button
     says what a click will do; its status beside it says what was done (to screen
     readers too), with a link to the list. */
  var CARD = /\/activities\/([a-z0-9][a-z0-9-]{0,150})\.html$/;

  function label(button, slugs, t) {
    var on = slugs.indexOf(button.getAttribute("data-slug")) >= 0;
    button.textContent = on ? t.remove : t.add;
    var name = button.getAttribute("data-name");
    if (name) button.setAttribute("aria-label", button.textContent + ": " + name);
  }

  function relabel(t) {
    var slugs = stored();
    Array.prototype.forEach.call(document.querySelectorAll("button.list-button"), function (button) {
      label(button, slugs, t);
    });
  }

  function toggle(area, t, home) {
    var button = area.querySelector("button.list-button");
    var status = area.querySelector("[role=status]");
    var slug = button.getAttribute("data-slug");

    function say(text, linked) {
      Array.prototype.forEach.call(document.querySelectorAll(".list-said"), function (other) {
        other.textContent = ""; // another card's count would now be wrong
      });
      status.textContent = text;
      if (linked && home) {
        status.appendChild(document.createTextNode(" "));
        var link = document.createElement("a");
        link.href = home;
        link.textContent = t.list;
        status.appendChild(link);
      }
    }

    button.addEventListener("click", function () {
      var slugs = stored();
      var at = slugs.indexOf(slug);
      if (at >= 0) slugs.splice(at, 1);
      else if (slugs.length >= MOST) return say(t.full, true);
      else slugs.push(slug);
      if (!store(slugs)) return say(t.unavailable, false);
      relabel(t);
      say((at >= 0 ? t.removed : t.added) + " " + counted(t.count, slugs.length), true);
    });
    area.hidden = false;
    label(button, stored(), t);
  }

  /* An activity card gets its button when its title links to an activity of this site. */
  function card(article, t, home) {
    article.setAttribute("data-list", "");
    var link = article.querySelector(".card-title a[href]");
    var match = link && link.origin === window.location.origin && CARD.exec(link.pathname);
    if (!match) return;
    var area = document.createElement("p");
    area.className = "card-list";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "list-button button-quiet";
    button.setAttribute("data-slug", match[1]);
    button.setAttribute("data-name", link.textContent);
    var status = document.createElement("span");
    status.className = "list-said";
    status.setAttribute("role", "status");
    area.appendChild(button);
    area.appendChild(status);
    article.appendChild(area);
    toggle(area, t, home);
  }

  function cards(t, home) {
    function scan() {
      Array.prototype.forEach.call(document.querySelectorAll("main article.card:not([data-list])"), function (article) {
        card(article, t, home);
      });
    }
    scan();
    // the search draws its result cards after this script has run, and again on each change
    if (window.MutationObserver) new MutationObserver(scan).observe(document.getElementById("main"), { childList: true, subtree: true });
  }

  var t = JSON.parse(strings.textContent);
  var area = document.getElementById("list-toggle");
  if (area) toggle(area, t, null);
  cards(t, strings.getAttribute("data-list"));
  // the list may have changed on another page: in another tab, or before going back here
  window.addEventListener("storage", function () { relabel(t); });
  window.addEventListener("pageshow", function (event) { if (event.persisted) relabel(t); });
  window.TukenaList = {
    clean: clean, stored: stored, store: store, counted: counted, summary: summary, strings: t,
    tidy: tidy, storedNote: storedNote, storeNote: storeNote
  };
}());
