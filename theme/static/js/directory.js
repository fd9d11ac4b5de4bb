/* The organisation directory's filters.
 *
 * Without this script the page is the whole list by initial letter and the filter form
 * stays hidden. With it, the form narrows the list as the choices change: by name (in any
 * of the languages the name is written in), by the municipality an organisation works in
 * (each row's data-places, which the build makes as the municipality pages' lists of
 * organisations: tukena/site/directory.py), by kind,
 * by working language and by whether it takes referred participants. The choices are kept
 * in the address, so a selection can be bookmarked or sent to a colleague, and a status
 * line (read out by screen readers) says how many organisations match. */
(function () {
  "use strict";
  var form = document.getElementById("directory-filter");
  var status = document.getElementById("directory-status");
  if (!form || !status || !window.URLSearchParams || !window.history) return;
  var FIELDS = ["q", "place", "kind", "language", "referrals"];
  var TYPING_PAUSE = 500; // ms after the last keystroke before the count is said
  var groups = Array.prototype.slice.call(document.querySelectorAll(".letter-group"));
  var letters = Array.prototype.slice.call(document.querySelectorAll(".letters li"));
  var rows = Array.prototype.slice.call(document.querySelectorAll(".letter-group li"));

  function words(value) {
    return value ? value.split(" ") : [];
  }

  function fold(value) {
    return value.toLocaleLowerCase().replace(/\s+/g, " ").trim();
  }

  rows.forEach(function (row) {
    row._names = fold(row.getAttribute("data-names") || "");
    row._places = words(row.getAttribute("data-places"));
    row._languages = words(row.getAttribute("data-languages"));
  });

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

  function matches(row, c) {
    if (c.q && row._names.indexOf(c.q) < 0) return false;
    if (c.kind && row.getAttribute("data-kind") !== c.kind) return false;
    if (c.language && row._languages.indexOf(c.language) < 0) return false;
    if (c.referrals && !row.hasAttribute("data-referrals")) return false;
    if (c.place && row._places.indexOf(c.place) < 0) return false;
    return true;
  }

  var sayTimer = 0;

  /** Shows the organisations chosen; the count, a live region, changes only when it does,
   * and while a name is typed only once the typing pauses: not at every keystroke. */
  function apply(typing) {
    var c = choices();
    var shown = 0;
    rows.forEach(function (row) {
      row.hidden = !matches(row, c);
      if (!row.hidden) shown += 1;
    });
    groups.forEach(function (group, index) {
      var empty = !group.querySelector("li:not([hidden])");
      group.hidden = empty;
      if (letters[index]) letters[index].hidden = empty;
    });
    var text = shown
      ? status.getAttribute("data-template").split("{shown}").join(String(shown))
      : status.getAttribute("data-none");
    var lead = status.getAttribute("data-lead"); // "where I am" chose the place (near.js)
    if (lead) text = lead + " " + text;
    status.removeAttribute("data-lead");
    window.clearTimeout(sayTimer);
    if (status.textContent === text) return;
    if (typing) sayTimer = window.setTimeout(function () { status.textContent = text; }, TYPING_PAUSE);
    else status.textContent = text;
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
