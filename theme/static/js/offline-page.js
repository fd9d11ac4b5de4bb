/* The offline page: lists the pages of its language that this browser keeps for the site
 * (the service worker, sw.js, keeps a copy of each page opened, and of the activities My
 * list showed), newest first, each by its heading and the day it was saved; and removes
 * them at the visitor's word. The page is what the worker shows for a page never opened
 * when there is no connection (at that page's address: once the connection is back, a
 * button loads it); it can be opened online too. Nothing leaves the device. */
(function () {
  "use strict";
  var data = document.getElementById("offline-data");
  var list = document.getElementById("saved-list");
  if (!data || !list || !window.caches || !window.DOMParser || !window.URL) return;
  var settings = JSON.parse(data.textContent);
  var none = document.getElementById("saved-none");
  var forget = document.getElementById("saved-forget");
  var status = document.getElementById("saved-status");
  var lang = document.documentElement.lang;
  var root = new URL(settings.root, window.location.href).href; // the site's, with a "/"

  /* The path of a kept address inside the site, or null for another site's. */
  function sitePath(address) {
    return address.indexOf(root) === 0 ? address.slice(root.length) : null;
  }

  /* Whether a path is a page of this page's language: the longest prefix it starts with. */
  function ours(path) {
    var best = "";
    settings.prefixes.forEach(function (prefix) {
      if (path.indexOf(prefix) === 0 && prefix.length > best.length) best = prefix;
    });
    return best === settings.prefix && settings.own.indexOf(path) < 0;
  }

  function entry(request, response) {
    return response.text().then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var heading = doc.querySelector("main h1");
      if (!heading) return null;
      var a = document.createElement("a");
      a.href = request.url;
      a.textContent = heading.textContent.trim();
      var other = heading.querySelector("[lang]");
      if (other && other.textContent.trim() === a.textContent) {
        a.setAttribute("lang", other.getAttribute("lang"));
        a.setAttribute("dir", other.getAttribute("dir") || "ltr");
      }
      var li = document.createElement("li");
      li.appendChild(a);
      var day = new Date(response.headers.get("Date") || "");
      if (!isNaN(day.getTime())) {
        var when = document.createElement("span");
        when.className = "saved-when";
        when.textContent = " " + list.getAttribute("data-saved").replace(
          "{date}", day.toLocaleDateString(settings.date.locale, settings.date.options)
        );
        li.appendChild(when);
      }
      return li;
    });
  }

  /* Every kept page of this language, newest first, once each (a page may be in both). */
  function saved() {
    return Promise.all([settings.cache, settings.files].map(function (name) {
      return caches.open(name).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.map(function (request) {
            var path = sitePath(request.url);
            if (path === null || !ours(path)) return null;
            return cache.match(request).then(function (response) {
              var type = response && response.headers.get("Content-Type") || "";
              return type.indexOf("text/html") === 0 ? entry(request, response) : null;
            });
          }));
        });
      });
    })).then(function (lists) {
      var seen = {};
      var out = [];
      lists.forEach(function (items) {
        items.reverse().forEach(function (li) {
          var address = li && li.firstChild.href;
          if (li && !seen[address]) { seen[address] = true; out.push(li); }
        });
      });
      return out;
    });
  }

  function show() {
    return saved().then(function (items) {
      list.textContent = "";
      items.forEach(function (li) { list.appendChild(li); });
      list.hidden = !items.length;
      none.hidden = items.length > 0;
      forget.hidden = !items.length;
    });
  }

  /* Shown in place of a page never opened, the page offers to load it once the connection
   * is back (offline.js shows the button); at its own address there is nothing to load. */
  var path = sitePath(window.location.href.split(/[?#]/)[0]);
  if (path === null || settings.own.indexOf(path) >= 0) {
    document.getElementById("saved-retry").parentNode.remove();
  }

  document.getElementById("saved-nojs").hidden = true;
  forget.addEventListener("click", function () {
    Promise.all([settings.cache, settings.files].map(function (name) {
      return caches.delete(name);
    })).then(show).then(function () {
      status.textContent = forget.getAttribute("data-done");
      document.getElementById("saved-heading").focus(); // the button is gone
    });
  });
  show().catch(function () { none.hidden = false; });
})();
