/* The organisers' forms: the same checks as the bot, before sending.
 *
 * Without this script the form is a plain POST and the bot answers with the errors next
 * to their fields. With it, missing and malformed values are shown the same way (a
 * summary at the top, each message next to its field, in the page's language, from the
 * bot's own message catalogue embedded in the page) and nothing is sent until they are
 * fixed. The bot still checks everything again. */
(function () {
  "use strict";
  var form = document.querySelector("form.tukena-form");
  var catalogue = document.getElementById("form-messages");
  if (!form || !catalogue) return;
  var messages = JSON.parse(catalogue.textContent);
  var heading = messages._heading || "";
  form.noValidate = true;

  function text(key, params) {
    var found = messages[key] || messages.invalid || key;
    Object.keys(params || {}).forEach(function (name) {
      found = found.split("{" + name + "}").join(String(params[name]));
    });
    return found;
  }

  function problem(input) {
    var v = input.validity;
    if (v.valueMissing) {
      if (input.type === "checkbox") return text("choose_at_least", { min_length: 1 });
      if (input.type === "radio") { // a question of yes or no, or one of several options
        var values = Array.prototype.map.call(form.querySelectorAll('input[type=radio][name="' + input.name + '"]'),
          function (radio) { return radio.value; }).sort().join(",");
        return text(values === "false,true" ? "boolean" : "choice");
      }
      return text(input.tagName === "SELECT" ? "choice" : "required");
    }
    if (v.typeMismatch) return text(input.type === "email" ? "email" : input.type === "url" ? "url" : "invalid");
    if (v.badInput || v.patternMismatch) {
      return text(input.type === "date" ? "date" : input.type === "time" ? "time" : "invalid");
    }
    if (v.tooLong) return text("too_long", { max_length: input.maxLength });
    if (v.tooShort) return text("too_short", { min_length: input.minLength });
    var value = input.value.trim();
    if (value && (input.dataset.min || input.dataset.max)) {
      var number = Number(value.replace(",", "."));
      if (isNaN(number)) return text("number");
      if (input.dataset.min && number < Number(input.dataset.min)) return text("at_least", { limit: input.dataset.min });
      if (input.dataset.max && number > Number(input.dataset.max)) return text("at_most", { limit: input.dataset.max });
    }
    return "";
  }

  // The bot's answer: its error summary, else its notice ("check and confirm") has the
  // focus, so that a screen reader reads it and a keyboard starts there.
  var answer = document.getElementById("error-summary") || document.getElementById("form-notice");
  // ...else, after "add a row", the row added (the address names it): its first field;
  // after "add the language", the texts (#f-title): the input of the language added, last
  var hash = window.location.hash;
  var added = !answer && /^#[gf]-/.test(hash) ? document.getElementById(hash.slice(1)) : null;
  var inputs = added ? added.querySelectorAll("input:not([type=hidden]), select, textarea") : [];
  var first = inputs.length ? inputs[/^#f-/.test(hash) ? inputs.length - 1 : 0] : null;
  if (answer) answer.focus();
  else if (first) { // after the browser has gone to the row (which takes the focus away)
    window.addEventListener("load", function () { setTimeout(function () { first.focus(); }, 0); });
  }

  /** Takes away every error shown: the ones this script showed, and the bot's from the
   * last send (a field put right since must not keep its message). */
  function clear() {
    var gone = {};
    form.querySelectorAll(".field-error").forEach(function (node) {
      if (node.id) gone[node.id] = true;
      node.remove();
    });
    form.querySelectorAll(".has-error").forEach(function (node) { node.classList.remove("has-error"); });
    form.querySelectorAll("[aria-invalid], [data-js-invalid]").forEach(function (node) {
      node.removeAttribute("aria-invalid");
      node.removeAttribute("data-js-invalid");
    });
    form.querySelectorAll("[aria-describedby]").forEach(function (node) {
      var ids = node.getAttribute("aria-describedby").split(" ").filter(function (id) {
        return id && !gone[id];
      });
      if (ids.length) node.setAttribute("aria-describedby", ids.join(" "));
      else node.removeAttribute("aria-describedby");
    });
  }

  function show(container, input, message, index) {
    var id = "js-e-" + index;
    var note = document.createElement("p");
    note.className = "field-error";
    note.id = id;
    note.setAttribute("data-js-error", "");
    note.textContent = message;
    var after = container.querySelector(":scope > .help") || container.querySelector(":scope > legend, :scope > label");
    if (after) after.insertAdjacentElement("afterend", note);
    else container.insertBefore(note, container.firstChild);
    var target = container.tagName === "FIELDSET" ? container : input;
    target.setAttribute("aria-describedby", ((target.getAttribute("aria-describedby") || "") + " " + id).trim());
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("data-js-invalid", "");
    if (target !== input) target.setAttribute("data-js-invalid", "");
  }

  /** The field's name in the summary: its label or legend without "(required)", which
   * the summary's heading says of every field in it (as the bot's own summary does). */
  function labelOf(container, input) {
    var legend = container.querySelector(":scope > legend");
    var label = legend || form.querySelector('label[for="' + input.id + '"]');
    if (!label) return input.name;
    var copy = label.cloneNode(true);
    copy.querySelectorAll(".req, .opt").forEach(function (mark) { mark.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (submitter && submitter.hasAttribute("formnovalidate")) return;
    clear();
    var old = form.querySelector(".error-summary");
    if (old) old.remove();
    var found = [];
    var seen = [];
    form.querySelectorAll("input, select, textarea").forEach(function (input) {
      if (input.type === "hidden" || input.closest(".hp") || input.disabled) return;
      var message = problem(input);
      if (!message) return;
      var container = input.closest(".field") || input.parentElement;
      if (seen.indexOf(container) >= 0) return;
      seen.push(container);
      show(container, input, message, found.length);
      found.push({ id: input.id, text: labelOf(container, input) + ": " + message });
    });
    if (!found.length) return;
    event.preventDefault();
    var summary = document.createElement("div");
    summary.className = "error-summary";
    summary.id = "error-summary";
    summary.setAttribute("role", "alert");
    summary.setAttribute("tabindex", "-1");
    summary.setAttribute("data-js-error", "");
    var title = document.createElement("h2");
    title.textContent = heading;
    summary.appendChild(title);
    var list = document.createElement("ul");
    found.forEach(function (item) {
      var entry = document.createElement("li");
      var link = document.createElement("a");
      link.href = "#" + item.id;
      link.textContent = item.text;
      entry.appendChild(link);
      list.appendChild(entry);
    });
    summary.appendChild(list);
    form.insertBefore(summary, form.firstChild);
    summary.focus();
  });
})();
