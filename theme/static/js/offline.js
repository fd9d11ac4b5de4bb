/* On every page: installs the site's service worker (sw.js, at the site's root), which keeps
 * a copy of each page opened so that it can be read again without a connection. The first
 * page of a visit loaded before the worker was there: it asks the worker to keep it, and
 * the files it loaded. Installed once the page has loaded, so that it never slows the page
 * down; in a browser without service workers nothing happens, and the site works as before. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || !script || !window.URL) return;
  var worker = new URL("../../sw.js", script.src).href; // this file is theme/js/offline.js
  var first = !navigator.serviceWorker.controller; // this page loaded without the worker

  /* The site's files this page loaded: its stylesheets, scripts, photos, data. */
  function loaded() {
    var origin = window.location.origin + "/";
    var timing = window.performance;
    var entries = timing && timing.getEntriesByType ? timing.getEntriesByType("resource") : [];
    return entries.map(function (entry) { return entry.name; }).filter(function (name) {
      return name.indexOf(origin) === 0;
    });
  }

  /* What the worker showed for want of a network (a saved copy's notice, the offline page
   * in another page's place): once the connection is back, a button loads the current
   * page. The offline page opened at its own address has none (offline-page.js, which
   * runs before this script, takes it out). */
  Array.prototype.forEach.call(document.querySelectorAll(".back-online button"), function (reload) {
    reload.addEventListener("click", function () { window.location.reload(); });
    window.addEventListener("online", function () { reload.hidden = false; });
    window.addEventListener("offline", function () { reload.hidden = true; });
  });

  window.addEventListener("load", function () {
    navigator.serviceWorker.register(worker).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      if (first && registration.active) {
        registration.active.postMessage({ keep: window.location.href, files: loaded() });
      }
    }).catch(function () {}); // e.g. storage off: the site works as before
  });
})();
