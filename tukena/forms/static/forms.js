/* The organisers' forms: hints while filling in; the bot's check lists every problem.
 *
 * The form has ``novalidate``: neither the browser's own popup, which names only the
 * first field the browser can check, in the browser's language, nor this script stops a
 * form from being sent. The bot's answer (to "Send" or to "Check before sending") lists
 * every problem at once, next to its field and in a summary, in the page's language: the
 * fields required on their own, the ones required as a group (a name in any language, at
 * least one place or joining online, a way to contact) and the ones a schedule needs. That
 * is the one source of the rules; a check here would know only part of them and send the
 * organiser round twice. What this script adds: the focus on the bot's answer, a hint
 * next to a field as soon as it is left wrong (missing, malformed), said once in the
 * form's one polite live region, and beside a map point
 * typed with its latitude and longitude the wrong way round the bot's warning, from the
 * bot's own message catalogue embedded in the page. */
(function () {
  "use strict";
  var form = document.querySelector("form.tukena-form");
  var catalogue = document.getElementById("form-messages");
  if (!form || !catalogue) return;
  var messages = JSON.parse(catalogue.textContent);

  function text(key, params) {
    var found = messages[key] || messages.invalid || key;
    Object.keys(params || {}).forEach(function (name) {
      found = found.split("{" + name + "}").join(String(params[name]));
    });
    return found;
  }

  /** A required field left empty: the browser's own check for inputs, and this one for
   * the selects and radios, which have aria-required rather than ``required`` (Chromium
   * reports a required select or radio invalid on a form not yet filled in), on the
   * select or on the radios' group. */
  function missing(input) {
    if (input.validity.valueMissing) return true;
    if (input.tagName === "SELECT") return input.getAttribute("aria-required") === "true" && !input.value;
    if (input.type === "radio") {
      var group = input.closest('[role=radiogroup][aria-required="true"]');
      return !!group && !group.querySelector("input[type=radio]:checked");
    }
    return false;
  }

  function problem(input) {
    var v = input.validity;
    if (missing(input)) {
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

  var count = 0;

  // One polite live region for the whole form: a hint shown as a field is left is said
  // once, with the field's name, after what the focus has moved to; the hint itself stays
  // beside its field, which it describes. Nothing else is said here.
  var live = document.createElement("p");
  live.className = "form-live";
  live.setAttribute("aria-live", "polite");
  form.appendChild(live);

  /** A field's name as its label or legend says it, without "(required)". */
  function named(container) {
    var label = container.querySelector(":scope > label, :scope > legend");
    if (!label) return "";
    var copy = label.cloneNode(true);
    copy.querySelectorAll(".req").forEach(function (node) { node.remove(); });
    return copy.textContent.trim();
  }

  /** Takes away the message of a field (the bot's about its value before it changed, or
   * this script's hint) and its marks, keeping the other ids it is described by. */
  function clear(container) {
    var gone = {};
    container.querySelectorAll(".field-error").forEach(function (node) {
      if (node.id) gone[node.id] = true;
      node.remove();
    });
    container.classList.remove("has-error");
    [container].concat(Array.prototype.slice.call(container.querySelectorAll("[aria-invalid], [aria-describedby]")))
      .forEach(function (node) {
        node.removeAttribute("aria-invalid");
        node.removeAttribute("data-js-invalid");
        var ids = (node.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
          return id && !gone[id];
        });
        if (ids.length) node.setAttribute("aria-describedby", ids.join(" "));
        else node.removeAttribute("aria-describedby");
      });
  }

  function show(container, input, message) {
    var id = "js-e-" + (count += 1);
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

  function typed(input) {
    return input.value.trim();
  }

  function within(input, value) {
    var number = Number(value.replace(",", "."));
    return value !== "" && !isNaN(number) && number >= Number(input.dataset.min) && number <= Number(input.dataset.max);
  }

  /** A map point's latitude and longitude the wrong way round: out of range as typed, in
   * range swapped. Said beside the point as soon as both are typed, in the bot's words
   * (tukena.forms.mapwarnings), in place of what the bot said of the point before. */
  function mapPoint(fieldset) {
    var lat = fieldset.querySelector(':scope input[name$=".lat"]');
    var lon = fieldset.querySelector(':scope input[name$=".lon"]');
    if (!lat || !lon || !lat.dataset.min || !lon.dataset.min) return;
    var id = "w-" + fieldset.id;
    var old = document.getElementById(id);
    if (old) old.remove();
    var ids = (fieldset.getAttribute("aria-describedby") || "").split(" ").filter(function (each) {
      return each && each !== id;
    });
    var a = typed(lat), b = typed(lon);
    var swapped = a && b && !(within(lat, a) && within(lon, b)) && within(lat, b) && within(lon, a);
    if (swapped) {
      var box = document.createElement("div");
      box.className = "field-warning";
      box.id = id;
      var lead = document.createElement("p");
      lead.textContent = text("map_swapped_field");
      var list = document.createElement("ul");
      var item = document.createElement("li");
      item.textContent = text("map_swapped", { lat: b, lon: a });
      list.appendChild(item);
      box.appendChild(lead);
      box.appendChild(list);
      var after = fieldset.querySelector(":scope > .field-error") || fieldset.querySelector(":scope > .help") ||
        fieldset.querySelector(":scope > legend");
      after.insertAdjacentElement("afterend", box);
      ids.push(id);
    }
    if (ids.length) fieldset.setAttribute("aria-describedby", ids.join(" "));
    else fieldset.removeAttribute("aria-describedby");
  }

  // A field left wrong gets its hint at once; one put right loses its message. Nothing
  // here stops the form from being sent: the bot checks it whole.
  form.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches("input, select, textarea") || input.type === "hidden" || input.type === "file") return;
    if (input.closest(".hp, .add-language") || input.disabled) return;
    var container = input.closest(".field") || input.parentElement;
    clear(container);
    var message = problem(input);
    if (message) {
      show(container, input, message);
      var name = named(container);
      live.textContent = name ? name + ": " + message : message;
      live.setAttribute("data-for", input.name);
    } else if (live.getAttribute("data-for") === input.name) {
      live.textContent = "";
    }
    var point = input.closest('fieldset[id$="-coordinates"]');
    if (point) mapPoint(point);
  });
})();
