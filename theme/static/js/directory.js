/* The organisation directory's filters.
 *
 * Without this script the directory is the list by initial letter, in pages when it is
 * long, and the filter form stays hidden. With it, the form narrows the whole directory,
 * not only the page shown: once a choice is made, the script fetches every organisation's
 * row (the form's data-source, organisations/directory.json, made by
 * tukena/site/directory.py) and shows the matches by letter in place of the page's list,
 * which comes back when the choices are cleared. It matches by name (in any of the
 * languages the name is written in), by the municipality an organisation works in (each
 * row's places, which the build makes as the municipality pages' lists of organisations),
 * by kind, by working language and by whether it takes referred participants. The choices
 * are kept in the address, so a selection can be bookmarked or sent to a colleague, and a
 * status line (read out by screen readers) says how many organisations match. */
(function () {
  "use strict";
  var form = document.getElementById("directory-filter");
  var status = document.getElementById("directory-status");
  var results = document.getElementById("directory-results");
  var pages = document.getElementById("directory-pages");
  if (!form || !status || !results || !pages || !window.URLSearchParams || !window.history || !window.fetch) return;
  var FIELDS = ["q", "place", "kind", "language", "referrals"];
  var TYPING_PAUSE = 500; // ms after the last keystroke before the count is said
  var ownRows = pages.querySelectorAll(".letter-group li").length;
  var index = pages.querySelector(".letters");
  var everyone = null; // the rows of the whole directory, once fetched
  var loading = null;

  function fold(value) {
    return value.toLocaleLowerCase().replace(/\s+/g, " ").trim();
  }

  /** Fetches the directory's rows once; a failed fetch may be tried again. */
  function load() {
    if (!loading) {
      loading = window.fetch(form.getAttribute("data-source"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (data) {
          everyone = data.organisations;
          everyone.forEach(function (row) { row._names = fold(row.names || ""); });
        });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function choices() {
    var referrals = form.elements.referrals;
    return {
      q: fold(form.elements.q.value),
      place: form.elements.place.value,
      kind: form.elements.kind.value,
      language: form.elements.language.value,
      referrals: referrals ? referrals.checked : false
    };
  }

  function chosen(c) {
    return Boolean(c.q || c.place || c.kind || c.language || c.referrals);
  }

  function matches(row, c) {
    if (c.q && row._names.indexOf(c.q) < 0) return false;
    if (c.kind && row.kind !== c.kind) return false;
    if (c.language && row.languages.indexOf(c.language) < 0) return false;
    if (c.referrals && !row.referrals) return false;
    if (c.place && row.places.indexOf(c.place) < 0) return false;
    return true;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /** The matching organisations by letter, with a letter index of their own, as the
   * page's list shows its own; the ids differ from the page's headings', kept hidden. */
  function show(found) {
    var root = form.getAttribute("data-root");
    var groups = [];
    found.forEach(function (row) {
      var last = groups[groups.length - 1];
      if (!last || last.letter !== row.letter) groups.push(last = { letter: row.letter, rows: [] });
      last.rows.push(row);
    });
    results.textContent = "";
    if (!groups.length) return;
    var nav = element("nav", "letters");
    if (index) nav.setAttribute("aria-label", index.getAttribute("aria-label"));
    var letters = nav.appendChild(element("ul"));
    results.appendChild(nav);
    groups.forEach(function (group, number) {
      var id = "found-letter-" + number;
      var link = letters.appendChild(element("li")).appendChild(element("a", "", group.letter));
      link.href = "#" + id;
      var section = results.appendChild(element("section", "letter-group"));
      section.setAttribute("aria-labelledby", id);
      section.appendChild(element("h2", "", group.letter)).id = id;
      var list = section.appendChild(element("ul", "index-list"));
      group.rows.forEach(function (row) {
        var item = list.appendChild(element("li"));
        var a = item.appendChild(element("a"));
        a.href = root + row.url;
        if (row.lang) { // the name in another language than the page's
          var name = a.appendChild(element("span", "", row.name));
          name.lang = row.lang;
          name.dir = row.dir;
        } else a.textContent = row.name;
        item.appendChild(document.createTextNode(" "));
        item.appendChild(element("span", "meta", row.meta));
      });
    });
  }

  var sayTimer = 0;

  /** The count, a live region, changes only when it does, and while a name is typed only
   * once the typing pauses: not at every keystroke. */
  function say(text, typing) {
    var lead = status.getAttribute("data-lead"); // "where I am" chose the place (near.js)
    if (lead) text = lead + " " + text;
    status.removeAttribute("data-lead");
    window.clearTimeout(sayTimer);
    if (status.textContent === text) return;
    if (typing) sayTimer = window.setTimeout(function () { status.textContent = text; }, TYPING_PAUSE);
    else status.textContent = text;
  }

  function counted(shown) {
    return shown
      ? status.getAttribute("data-template").split("{shown}").join(String(shown))
      : status.getAttribute("data-none");
  }

  /** Shows the organisations chosen: the page's own list when nothing is chosen, else
   * the matches in the whole directory (fetched first, the first time). */
  function apply(typing) {
    var c = choices();
    if (!chosen(c)) {
      results.hidden = true;
      results.textContent = "";
      pages.hidden = false;
      say(counted(ownRows), typing);
      return;
    }
    if (!everyone) {
      results.setAttribute("aria-busy", "true");
      load().then(function () {
        results.removeAttribute("aria-busy");
        apply(typing);
      }, function () {
        results.removeAttribute("aria-busy");
        say(status.getAttribute("data-failed"), false);
      });
      return;
    }
    var found = everyone.filter(function (row) { return matches(row, c); });
    show(found);
    pages.hidden = true;
    results.hidden = false;
    say(counted(found.length), typing);
  }

  function remember() {
    var params = new URLSearchParams(window.location.search);
    var c = choices();
    FIELDS.forEach(function (name) {
      var value = name === "referrals" ? (c.referrals ? "1" : "") : form.elements[name].value.trim();
      if (value) params.set(name, value);
      else params.delete(name);
    });
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
  }

  function restore() {
    var params = new URLSearchParams(window.location.search);
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      var value = params.get(name);
      if (!field || value === null) return;
      if (name === "referrals") field.checked = value === "1";
      else if (field.tagName === "SELECT") {
        var known = Array.prototype.some.call(field.options, function (o) { return o.value === value; });
        field.value = known ? value : "";
      } else field.value = value;
    });
  }

  function changed(event) {
    var target = event && event.target;
    apply(Boolean(event && event.type === "input" && target && target.tagName === "INPUT" && target.type !== "checkbox"));
    remember();
  }

  restore();
  form.hidden = false;
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    changed();
  });
  form.addEventListener("reset", function () {
    window.setTimeout(changed, 0); // after the browser has cleared the fields
  });
  apply();
})();
