/* "Send as text" on the list page: the list as plain text, for an e-mail or a text message
 * to a client whose phone cannot open the list's page (no JavaScript, an old browser, a
 * poor connection) or who would rather keep the text. It says the note, then each
 * activity's title, when, its next session, where, its languages and what it costs, as the
 * activity's own page says them (the facts the page marks with data-fact), how to join and
 * whom to contact (its sections), and its address; last the
 * list's own address. It is read from the items js/list-page.js has drawn, so it is in the
 * list page's language and leaves out the activities no longer on the site, as the link
 * does. Handed to the device's share sheet where there is one, else copied, else shown
 * selected in a field to copy by hand, as js/share.js does with the link. Nothing is sent
 * to the site. Licence: EUPL-1.2 (tukena). */
(function () {
  "use strict";
  var FACTS = ["when", "next", "where", "languages", "cost"];
  var SECTIONS = ["join", "contact"];

  function squeeze(text) {
    return text.replace(/\s+/g, " ").trim();
  }

  /* A place as one line: its name and address, without the map link and accessibility
   * notes; an online meeting's link by its address, which a text cannot hide. */
  function place(node) {
    var copy = node.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".map-link, .access"), function (n) {
      n.remove();
    });
    Array.prototype.forEach.call(copy.querySelectorAll("br"), function (br) {
      br.replaceWith(", ");
    });
    if (copy.classList.contains("location-online")) {
      Array.prototype.forEach.call(copy.querySelectorAll("a[href]"), function (a) {
        a.replaceWith(a.href);
      });
    }
    return squeeze(squeeze(copy.textContent).replace(/(\s*,)+/g, ",").replace(/^,|,$/g, ""));
  }

  /* A fact's value as one line: the schedule's parts and the sessions still ahead,
   * separated by commas; each place on a line of its own. */
  function value(name, dd) {
    if (name === "where") {
      var places = dd.querySelectorAll(".location, .location-online");
      return Array.prototype.map.call(places, place).join("\n  ");
    }
    if (name === "when") {
      var parts = dd.querySelectorAll(".slot, .season, .exceptions, .sessions li:not(.past), .schedule-note");
      return Array.prototype.map.call(parts, function (p) { return squeeze(p.textContent); })
        .filter(Boolean).join(", ");
    }
    return squeeze(dd.textContent);
  }

  /* A section of the item (how to join, contact) as one line under its heading's label:
   * a link's address said after its text, as a text cannot hide it ("Register (https://…)");
   * an e-mail address or phone number, which is its own text, once. */
  function section(box) {
    var copy = box.cloneNode(true);
    var heading = copy.querySelector("h3");
    if (heading) heading.remove();
    Array.prototype.forEach.call(copy.querySelectorAll("a[href]"), function (a) {
      var said = squeeze(a.textContent), to = a.href.replace(/^(mailto|tel):/, "");
      var own = said === to || said === a.href ||
        (/^tel:/.test(a.href) && said.replace(/[\s-]/g, "") === to);
      a.replaceWith(own ? said : said + " (" + to + ")");
    });
    Array.prototype.forEach.call(copy.querySelectorAll("li, p"), function (part) {
      part.append(part.nextElementSibling ? (part.tagName === "LI" ? ", " : " ") : "");
    });
    var value = squeeze(copy.textContent);
    return value && heading ? squeeze(heading.textContent) + ": " + value : value;
  }

  /* One item of the list as lines of text; none for an activity no longer on the site. */
  function item(li, number) {
    if (li.classList.contains("list-gone")) return null;
    var link = li.querySelector(".list-title a");
    var lines = [number + ". " + squeeze(link.textContent)];
    var ended = li.querySelector(".badge-stale");
    if (ended) lines.push(squeeze(ended.textContent));
    FACTS.forEach(function (name) {
      var fact = li.querySelector('dl.facts [data-fact="' + name + '"]');
      if (!fact) return;
      var said = value(name, fact.querySelector("dd"));
      if (said) lines.push(squeeze(fact.querySelector("dt").textContent) + ": " + said);
    });
    SECTIONS.forEach(function (name) {
      var box = li.querySelector(".list-" + name);
      var said = box ? section(box) : "";
      if (said) lines.push(said);
    });
    lines.push(link.href);
    return lines.join("\n");
  }

  /* The whole list as text, with the strings the button carries. */
  function text(button) {
    var blocks = [button.getAttribute("data-heading")];
    var note = document.querySelector("#list-note-print span").textContent.trim();
    if (note) blocks.push(button.getAttribute("data-note") + " " + note);
    var items = document.querySelectorAll("#list-items > li");
    var number = 0;
    Array.prototype.forEach.call(items, function (li) {
      var said = item(li, number + 1);
      if (said) {
        number += 1;
        blocks.push(said);
      }
    });
    blocks.push(button.getAttribute("data-online") + " " + document.getElementById("list-link").value);
    return blocks.join("\n\n") + "\n";
  }

  function showField(value) {
    var field = document.getElementById("list-text-field");
    field.value = value;
    document.getElementById("list-text-box").hidden = false;
    field.focus();
    field.select();
  }

  var button = document.getElementById("list-text");
  var said = document.getElementById("list-send-said");
  if (!button || !said || !document.getElementById("list-app")) return;
  if (!navigator.share) button.textContent = button.getAttribute("data-copy");
  button.hidden = false;
  button.addEventListener("click", function () {
    var value = text(button);
    said.textContent = "";
    if (navigator.share) {
      navigator.share({ title: button.getAttribute("data-heading"), text: value })
        .catch(function () {}); // closed: no harm
    } else if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(value).then(function () {
        said.textContent = button.getAttribute("data-copied");
      }, function () { showField(value); });
    } else {
      showField(value);
    }
  });
})();
