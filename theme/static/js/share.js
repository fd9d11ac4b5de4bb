/* "Share", "Print" and "QR code" on an activity's page. Share hands the page's address to
 * the device's own share sheet (a phone's messaging apps, e-mail), or where there is none
 * copies it, or where copying is not allowed shows it selected, to copy by hand. Nothing is
 * sent anywhere by the site. Print opens the browser's print dialogue (the print
 * stylesheet makes the page a handout, with the page's QR code). "QR code" shows that code
 * on screen too, for a client at the desk to scan; it is offered once qr.js has drawn it.
 * Without this script the buttons stay hidden. The list page sends its link the same way
 * (window.TukenaShare.send, used by js/list-page.js, which loads after this script). */
(function () {
  "use strict";

  function showLink(field, url) {
    field.value = url;
    field.parentNode.hidden = false;
    field.focus();
    field.select();
  }

  /* Hands o.url (titled o.title) to the share sheet, or copies it and says o.copied in
   * o.said (a live region), or shows it selected in o.field (an input in a hidden box). */
  function send(o) {
    o.said.textContent = "";
    if (navigator.share) {
      navigator.share({ title: o.title, url: o.url }).catch(function () {}); // closed: no harm
    } else if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(o.url).then(function () {
        o.said.textContent = o.copied;
      }, function () { showLink(o.field, o.url); });
    } else {
      showLink(o.field, o.url);
    }
  }

  window.TukenaShare = { send: send };
  var box = document.getElementById("share");
  if (!box || !window.URL) return;
  var heading = document.querySelector("h1");
  var options = {
    url: new URL(box.getAttribute("data-url"), window.location.href).href,
    title: heading ? heading.textContent.trim() : document.title,
    said: box.querySelector("[role=status]"),
    copied: box.getAttribute("data-copied"),
    field: box.querySelector("input")
  };

  box.hidden = false;
  box.querySelector(".print-button").addEventListener("click", function () { window.print(); });
  var qrButton = box.querySelector(".qr-button");
  var qr = document.getElementById(qrButton.getAttribute("aria-controls"));
  document.addEventListener("DOMContentLoaded", function () { // after qr.js, a deferred script
    if (!qr || qr.hidden) return;
    qrButton.hidden = false;
    qrButton.addEventListener("click", function () {
      var shown = qrButton.getAttribute("aria-expanded") !== "true";
      qrButton.setAttribute("aria-expanded", String(shown));
      qr.classList.toggle("qr-screen", shown);
    });
  });
  box.querySelector(".share-button").addEventListener("click", function () { send(options); });
})();
