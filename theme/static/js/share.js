/* "Share", "Print" and "QR code" on an activity's page. Share hands the page's address to
 * the device's own share sheet (a phone's messaging apps, e-mail), or where there is none
 * copies it, or where copying is not allowed shows it selected, to copy by hand. Nothing is
 * sent anywhere by the site. Print opens the browser's print dialogue (the print
 * stylesheet makes the page a handout, with the page's QR code). "QR code" shows that code
 * on screen too, for a client at the desk to scan; it is offered once qr.js has drawn it.
 * Without this script the buttons stay hidden. */
(function () {
  "use strict";
  var box = document.getElementById("share");
  if (!box || !window.URL) return;
  var button = box.querySelector(".share-button");
  var said = box.querySelector("[role=status]");
  var field = box.querySelector("input");
  var url = new URL(box.getAttribute("data-url"), window.location.href).href;
  var heading = document.querySelector("h1");
  var title = heading ? heading.textContent.trim() : document.title;

  function showLink() {
    field.value = url;
    field.parentNode.hidden = false;
    field.focus();
    field.select();
  }

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
  button.addEventListener("click", function () {
    said.textContent = "";
    if (navigator.share) {
      navigator.share({ title: title, url: url }).catch(function () {}); // closed: no harm
    } else if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(function () {
        said.textContent = box.getAttribute("data-copied");
      }, showLink);
    } else {
      showLink();
    }
  });
})();
