/* "My list": what an item of the list page shows of its activity, read from the activity's
 * own page on this site (its title, whether it is current, who runs it, the key facts, how
 * to join, contact, when it was confirmed) and its calendar's address. Used by
 * js/list-page.js, loaded before it, which makes its own elements with this script's el.
 * Text from the pages is moved as nodes of this site's own sanitised HTML; the rest is set
 * with textContent. Licence: EUPL-1.2 (tukena). */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* A copy of a node of an activity's page, with a class of its own when given. */
  function imported(node, className) {
    var copy = document.importNode(node, true);
    if (className) copy.className = className;
    return copy;
  }

  /* `node` without what leads within its activity's page ("Paused – Find similar
   * activities"), which leads nowhere on the list: a part marked .in-page goes whole, any
   * other such link keeps its text. */
  function outside(node) {
    Array.prototype.forEach.call(node.querySelectorAll(".in-page"), function (part) { part.remove(); });
    Array.prototype.forEach.call(node.querySelectorAll('a[href^="#"]'), function (link) {
      link.replaceWith(document.createTextNode(link.textContent));
    });
    return node;
  }

  /* A section of an activity's page (how to join, contact) under a heading of the
   * list's level, without the page's ids, which would repeat from item to item. */
  function part(doc, name) {
    var section = doc.querySelector("main section." + name);
    if (!section) return null;
    var box = el("div", "list-part list-" + name);
    Array.prototype.forEach.call(section.children, function (child) {
      if (child.tagName === "H2") box.appendChild(el("h3", null, child.textContent));
      else box.appendChild(document.importNode(child, true));
    });
    return outside(box);
  }

  /* What the item shows of `doc`, an activity's page, with the strings `t`: {title (the
   * page's h1), nodes (to show under it, in order), ended, calendar (its address as the
   * page writes it; null when ended or none)}. Throws when `doc` is no activity page. */
  function shown(doc, t) {
    var title = doc.querySelector("main h1");
    var facts = doc.querySelector("main dl.facts");
    if (!title || !facts) throw new Error("not an activity page");
    var calendar = doc.querySelector('head link[type="text/calendar"]');
    var ended = Boolean(doc.querySelector("main article[data-status=ended]"));
    // Under the title, whether it is current: ended, or maybe out of date (the page's
    // notice, with the date the organiser last confirmed it); whether texts below are in
    // another language; then who runs it.
    var stale = doc.querySelector("main .notice-stale > p");
    var language = doc.querySelector("main .notice-language"); // texts in other languages
    var organiser = doc.querySelector("main .activity-header .organiser");
    var confirmed = doc.querySelector("main .activity-footer > p");
    var nodes = [
      ended ? el("p", "badge badge-stale", t.ended) : null,
      !ended && stale ? imported(stale, "notice notice-stale") : null,
      language ? imported(language) : null,
      organiser ? imported(organiser) : null,
      outside(document.importNode(facts, true)),
      part(doc, "join"),
      part(doc, "contact"),
      confirmed ? imported(confirmed, "list-confirmed") : null
    ].filter(Boolean);
    return {
      title: title,
      nodes: nodes,
      ended: ended,
      calendar: calendar && !ended ? calendar.getAttribute("href") : null
    };
  }

  window.TukenaListItem = { shown: shown, el: el };
})();
