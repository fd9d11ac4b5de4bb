/* The offline page: lists the pages this browser keeps for the site (the service worker,
 * sw.js, keeps a copy of each page opened, and of the activities My list showed), each by
 * its heading and the day it was saved, newest first under the name of its language: this
 * page's language first, then the others a visitor read some pages in (each link's text
 * marked with its language); and removes them at the visitor's word. The page is what the worker shows for a page never opened
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
  var root = new URL(settings.root, window.location.href).href; // the site's, with a "/"

  /* The path of a kept address inside the site, or null for another site's. */
  function sitePath(address) {
    return address.indexOf(root) === 0 ? address.slice(root.length) : null;
  }

  /* The language (of settings.languages) of a path: that of the longest prefix it starts
   * with; null for the offline and 404 pages, which are kept but no one opened. */
  function languageOf(path) {
    if (settings.own.indexOf(path) >= 0) return null;
    var best = null;
    settings.languages.forEach(function (language) {
      if (path.indexOf(language.prefix) === 0 &&
          (!best || language.prefix.length > best.prefix.length)) best = language;
    });
    return best;
  }

  function entry(request, response, language) {
    return response.text().then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var heading = doc.querySelector("main h1");
      if (!heading) return null;
      var a = document.createElement("a");
      a.href = request.url;
      a.textContent = heading.textContent.trim();
      a.setAttribute("hreflang", language.code);
      a.setAttribute("lang", language.code);
      var other = heading.querySelector("[lang]"); // a title only in another language
      if (other && other.textContent.trim() === a.textContent) {
        a.setAttribute("lang", other.getAttribute("lang"));
        a.setAttribute("dir", other.getAttribute("dir") || "ltr");
      }
      var li = document.createElement("li");
      li.setAttribute("data-lang", language.code);
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

  /* Every kept page, newest first, once each (a page may be in both caches). */
  function saved() {
    return Promise.all([settings.cache, settings.files].map(function (name) {
      return caches.open(name).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.map(function (request) {
            var path = sitePath(request.url);
            var language = path === null ? null : languageOf(path);
            if (!language) return null;
            return cache.match(request).then(function (response) {
              var type = response && response.headers.get("Content-Type") || "";
              return type.indexOf("text/html") === 0 ? entry(request, response, language) : null;
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

  /* The pages under their languages' names, this page's language first. */
  function show() {
    return saved().then(function (items) {
      list.textContent = "";
      settings.languages.forEach(function (language) {
        var mine = items.filter(function (li) { return li.getAttribute("data-lang") === language.code; });
        if (!mine.length) return;
        var heading = document.createElement("h3");
        heading.textContent = language.name;
        var ul = document.createElement("ul");
        mine.forEach(function (li) { ul.appendChild(li); });
        list.appendChild(heading);
        list.appendChild(ul);
      });
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
