/* On every page: the site's menu on a phone, a details element that opens and closes
 * without JavaScript, closes with Escape too, as a keyboard user expects of a menu, and
 * gives the focus back to its "Menu" line, so that they go on from where they opened it.
 * Only while the focus is in the menu: Escape elsewhere (a search box) keeps its own use.
 * On a wide screen the menu is always shown and the line hidden: nothing to close.
 * Licence: EUPL-1.2 (tukena). */
(function () {
  "use strict";
  var menu = document.querySelector(".site-menu");
  var toggle = menu && menu.querySelector("summary");
  if (!toggle) return;

  menu.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !menu.open || !toggle.getClientRects().length) return;
    menu.open = false;
    toggle.focus();
    event.preventDefault();
  });
})();
