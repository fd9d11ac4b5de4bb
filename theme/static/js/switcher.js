/* Keeps the reader's choices when they change language.
 *
 * On the pages whose address holds choices (the search, the organisation directory, a
 * sent list and its note), the language switcher's links are written at build time and
 * carry none of them. This script gives a link the page's current query string and
 * fragment at the moment it is about to be followed, opened in a new tab or copied
 * (pointer, keyboard focus, context menu), so the other language opens the same search,
 * selection or list, at the same part of the page (a page's ids are the same in every
 * language). The choices are codes (municipalities, forms, languages, listing names) that
 * mean the same in every language, and a list's note, as its sender wrote it. Without this
 * script the links open the other language's page as it is. */
(function () {
  "use strict";
  if (!window.URL) return;

  function carry(event) {
    var link = event.target.closest ? event.target.closest("a[hreflang]") : null;
    if (!link) return;
    var url = new URL(link.href, window.location.href);
    url.search = window.location.search;
    url.hash = window.location.hash;
    link.href = url.href;
  }

  var EVENTS = ["focusin", "mouseover", "mousedown", "touchstart", "contextmenu", "click"];
  Array.prototype.forEach.call(document.querySelectorAll(".language-switcher"), function (nav) {
    EVENTS.forEach(function (type) { nav.addEventListener(type, carry, { passive: true }); });
  });
})();
