/* "My list", the list page: each activity's title, key facts, how to join and contact,
 * read from the activity's own page on this site, with printing and a link. The link
 * carries the list in its address (list/?a=slug,slug), so a guidance professional can
 * send it to a client (by the device's share sheet, or copied where there is none), who
 * sees the same activities and may keep them as their own list. A note for the client,
 * typed above the list, is printed with it and carried in the link's fragment (#note=...),
 * which browsers never send to the site; the browser keeps it with the list. One calendar
 * file holds the whole list's sessions, merged from the activities' own calendars, and
 * the status names those left out (js/list-calendar.js, js/list-calendar-save.js).
 * An activity whose page is gone (404) is said to be no longer on the site: the status
 * counts it apart from the current and ended ones, the link and the code leave it out, it
 * is not printed, and one button takes all such off the list. A list received as a link is
 * kept without them, saying how many were left out (none left: nothing to keep), as they
 * are of no use to the client and would linger in their own list.
 * It needs js/list.js (the list's store and strings), js/list-item.js (what an item shows
 * of its page), js/list-calendar.js and js/list-calendar-save.js before it (js/share.js
 * too, for sending the link);
 * without them the page says that it needs JavaScript.
 * Text from the pages is moved as nodes of this site's own sanitised HTML; the rest is set
 * with textContent. Licence: EUPL-1.2 (tukena). */
(function () {
  "use strict";
  var list = window.TukenaList;
  var saveCalendar = window.TukenaListCalendar && window.TukenaListCalendar.save;
  var parts = window.TukenaListItem || {}, shown = parts.shown, el = parts.el;
  if (!list || !saveCalendar || !shown) return;
  var clean = list.clean, stored = list.stored, store = list.store, counted = list.counted;
  var summary = list.summary;
  var tidy = list.tidy, storedNote = list.storedNote, storeNote = list.storeNote;

  /* The list page. */
  function page(app, t) {
    var base = app.getAttribute("data-activities");
    var items = document.getElementById("list-items");
    var status = document.getElementById("list-status");
    var link = document.getElementById("list-link");
    var save = document.getElementById("list-save");
    var qr = document.getElementById("list-qr");
    var field = document.getElementById("list-note");
    var printed = document.getElementById("list-note-print");
    var most = field.maxLength > 0 ? field.maxLength : 300;
    var shared = new URLSearchParams(window.location.search).get("a");
    var slugs = shared !== null ? clean(shared.split(",")) : stored();
    var note = shared !== null
      ? tidy(new URLSearchParams(window.location.hash.slice(1)).get("note"), most)
      : storedNote(most);
    var calendars = {}; // slug: a promise of its calendar's address, or null
    var states = {}; // slug: "current", "ended", "gone" (404) or "unknown", once its page is read
    var goneBox = document.getElementById("list-gone-box");
    var clear = document.getElementById("list-clear");
    var undoBox = document.getElementById("list-undo-box");
    var undo = document.getElementById("list-undo");
    var emptied = null; // the list and note as they were before "Empty the list"
    // A list sent as a link is, most often, opened by the client it was made for: its note
    // is shown as text (a field only after "Change the note"), the page says the list was
    // chosen for them, and "Empty the list", a tool of the one who gathers it, is not offered.
    var received = shared !== null, editing = false;
    var noteBox = document.getElementById("list-note-box");
    var editBox = document.getElementById("list-note-edit-box");
    app.classList.toggle("list-received", received);
    document.getElementById("list-lead").hidden = received;
    document.getElementById("list-received-lead").hidden = !received;
    clear.hidden = received;

    /* The list's address; with the note, in the fragment, for the link sent. The QR code
     * leaves it out: the note is printed beside the code, which stays small and legible,
     * and the address printed under it stays short enough to type. */
    function address(withNote) {
      var here = window.location.origin + window.location.pathname;
      if (!live().length) return here;
      here += "?a=" + live().join(",");
      return withNote && note ? here + "#note=" + encodeURIComponent(note) : here;
    }

    /* The activities still on the site: what a link or a code sends on. */
    function live() {
      return slugs.filter(function (slug) { return states[slug] !== "gone"; });
    }

    /* The status, when what it says has changed (a live region: said again otherwise). */
    function say() {
      var text = summary(t, slugs, states);
      if (status.textContent !== text) status.textContent = text;
    }

    /* Once an item's page is read: the count says what the list now is known to hold. */
    function read(slug, state) {
      states[slug] = state;
      say();
      refresh();
    }

    function sameAsStored() {
      return stored().join(",") === slugs.join(",") && storedNote(most) === note;
    }

    /* The page's heading takes the focus when the control that had it is gone. */
    function focusHeading() {
      var heading = document.querySelector("main h1");
      heading.tabIndex = -1;
      heading.focus();
    }

    function remove(slug) {
      var at = slugs.indexOf(slug);
      drop(function (s) { return s !== slug; });
      // the focus goes on to the next item's button (the last's: to the one before it)
      var buttons = items.querySelectorAll("button.list-remove");
      if (buttons.length) buttons[Math.min(at, buttons.length - 1)].focus();
      else focusHeading();
    }

    /* Keeps the activities `keep` says yes to; the others' items go, and the rest stay as
     * they are (not fetched and drawn again under a screen reader). */
    function drop(keep) {
      slugs = slugs.filter(keep);
      if (shared === null) store(slugs);
      Array.prototype.slice.call(items.children).forEach(function (li) {
        if (!keep(li.getAttribute("data-slug"))) items.removeChild(li);
      });
      say();
      refresh();
    }

    function item(slug) {
      var li = el("li", "list-item");
      li.setAttribute("data-slug", slug);
      var heading = el("h2", "list-title");
      var a = el("a", null, slug);
      a.href = new URL(base + slug + ".html", window.location.href).href; // printed in full
      heading.appendChild(a);
      li.appendChild(heading);
      var button = el("button", "list-remove", t.take);
      button.type = "button";
      // named with its activity's title: each "Take off the list" told apart in a list of
      // buttons (no ids: the items' would repeat when the list names an activity twice)
      button.setAttribute("aria-label", t.take + ": " + slug);
      button.addEventListener("click", function () { remove(slug); });
      calendars[slug] = fetch(a.href, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) {
          var failed = new Error(String(response.status));
          failed.gone = response.status === 404 || response.status === 410;
          throw failed;
        }
        return response.text();
      }).then(function (html) {
        var found = shown(new DOMParser().parseFromString(html, "text/html"), t);
        a.textContent = found.title.textContent;
        button.setAttribute("aria-label", t.take + ": " + found.title.textContent);
        var lang = found.title.querySelector("[lang]");
        if (lang) {
          a.setAttribute("lang", lang.getAttribute("lang"));
          a.setAttribute("dir", lang.getAttribute("dir") || "ltr");
        }
        found.nodes.forEach(function (node) { li.insertBefore(node, button); });
        read(slug, found.ended ? "ended" : "current");
        return found.calendar ? new URL(found.calendar, a.href).href : null;
      }).catch(function (error) {
        // only a page the site says is not there is gone; else it may be the connection
        var gone = Boolean(error && error.gone);
        li.classList.toggle("list-gone", gone);
        li.appendChild(el("p", "notice", gone ? t.gone : t.unreachable));
        li.appendChild(button);
        read(slug, gone ? "gone" : "unknown");
        return null;
      });
      li.appendChild(button);
      return li;
    }

    /* What follows the list and its note: the link, the code, the printed note, and a sent
     * list's own address, so that reloading it or changing the language (js/switcher.js
     * carries the address's query and fragment) keeps what was taken off or written. */
    function refresh() {
      if (shared !== null && window.history.replaceState) {
        var here = "?a=" + slugs.join(",") + (note ? "#note=" + encodeURIComponent(note) : "");
        window.history.replaceState(window.history.state, "", here);
      }
      link.value = address(true);
      qr.setAttribute("data-url", live().length ? address(false) : ""); // see qr.js
      goneBox.hidden = live().length === slugs.length;
      save.hidden = shared === null || !live().length || sameAsStored(); // nothing to keep
      document.getElementById("list-tools").hidden = !slugs.length;
      noteBox.hidden = !slugs.length || (received && !editing);
      editBox.hidden = !slugs.length || !received || editing;
      printed.hidden = !slugs.length || !note;
      printed.querySelector("span").textContent = note;
    }

    function render() {
      items.textContent = "";
      slugs.forEach(function (slug) { items.appendChild(item(slug)); });
      say();
      if (slugs.length) { // a list again: what was emptied is gone for good
        emptied = null;
        undoBox.hidden = true;
      }
      refresh();
    }

    /* Keeps the list and its note in this browser, when it is the browser's own list. */
    function keep() {
      if (shared === null) {
        store(slugs);
        storeNote(note);
      }
    }

    function dropGone() { drop(function (slug) { return states[slug] !== "gone"; }); }
    document.getElementById("list-drop-gone").addEventListener("click", function () {
      dropGone();
      focusHeading(); // the button is gone with them
    });
    document.getElementById("list-print").addEventListener("click", function () { window.print(); });
    document.getElementById("list-calendar").addEventListener("click", function () {
      saveCalendar({ status: status, t: t, name: document.title, slugs: slugs,
        calendars: calendars, states: states, title: function (slug) {
          return items.querySelector('li[data-slug="' + slug + '"] .list-title a');
        } });
    });
    // Emptying takes one press, and one more puts it all back: a list gathered for a
    // client is not lost to a slip of the finger.
    clear.addEventListener("click", function () {
      var before = { slugs: slugs, note: note };
      slugs = [];
      note = field.value = ""; // a new list is for another client
      keep();
      render();
      emptied = before;
      status.textContent = t.emptied;
      undoBox.hidden = false;
      undo.focus(); // the tools are hidden now, with the button that had the focus
    });
    undo.addEventListener("click", function () {
      if (!emptied) return;
      slugs = emptied.slugs;
      note = field.value = emptied.note;
      keep();
      render();
      clear.focus();
    });
    save.addEventListener("click", function () { // without those no longer on the site
      var gone = slugs.length - live().length;
      dropGone();
      var kept = store(slugs) && storeNote(note);
      var left = gone ? " " + counted(t.leftOut, gone) : "";
      status.textContent = kept ? t.saved + left : t.unavailable;
      save.hidden = true;
      focusHeading();
    });
    document.getElementById("list-note-edit").addEventListener("click", function () {
      editing = true;
      refresh();
      field.focus();
    });
    field.value = note;
    field.addEventListener("input", function () {
      note = tidy(field.value, most);
      if (shared === null) storeNote(note);
      refresh();
    });
    link.addEventListener("focus", function () { link.select(); });
    // The link to the device's share sheet (a phone's messaging apps, e-mail), or where
    // there is none (an office's computer) copied, as on an activity's page (js/share.js).
    var send = document.getElementById("list-send"), share = window.TukenaShare;
    var sendSaid = document.getElementById("list-send-said");
    if (share) {
      if (!navigator.share) send.textContent = send.getAttribute("data-copy");
      send.hidden = false;
      send.addEventListener("click", function () {
        share.send({ url: link.value, title: document.title, field: link, said: sendSaid,
          copied: send.getAttribute("data-copied") });
      });
    }
    document.getElementById("list-nojs").hidden = true;
    app.hidden = false;
    render();
  }

  var app = document.getElementById("list-app");
  if (app && window.fetch && window.DOMParser && window.URLSearchParams) page(app, list.strings);
}());
