/* "Where I am": finds the municipality the reader is in. On the home page and the
 * municipality index ([data-near=open]) the button opens its page; on the search page and
 * in the organisation directory ([data-near=choose]) it makes the municipality the place
 * chosen, as a reader would (a ticked box, a selected option), so the page's own script
 * records the choice.
 *
 * The browser asks the reader for their position; it is used here and sent nowhere. The
 * script then fetches the municipalities' outlines (municipalities/outlines.json, made by
 * tukena.site.exports.places), puts the position on that map with the same projection and
 * finds the outline that holds it. A position just off a simplified coast (an island, a
 * shore) counts for the nearest outline within NEAR map units (about 1.2 km each);
 * farther away it is not in Finland. Without this script, or a browser that can tell its
 * position, the button stays hidden. */
(function () {
  "use strict";
  var NEAR = 10;

  function rings(path) {
    var out = [], match, pattern = /M(-?\d+) (-?\d+)l([^z]*)z/g;
    while ((match = pattern.exec(path))) {
      var x = +match[1], y = +match[2], ring = [[x, y]];
      var steps = match[3].match(/-?\d+/g) || [];
      for (var i = 0; i + 1 < steps.length; i += 2) {
        x += +steps[i];
        y += +steps[i + 1];
        ring.push([x, y]);
      }
      out.push(ring);
    }
    return out;
  }

  /** Whether (x, y) is inside the rings, by the even-odd rule (a hole is a ring inside). */
  function inside(all, x, y) {
    var crossings = 0;
    all.forEach(function (ring) {
      for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        var a = ring[i], b = ring[j];
        if ((a[1] > y) !== (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
          crossings++;
        }
      }
    });
    return crossings % 2 === 1;
  }

  /** tukena.reference.shapes.project, then the map's placement. */
  function place(map, lat, lon) {
    var lam = (lon - map.meridian) * Math.PI / 180, phi = lat * Math.PI / 180;
    var b = Math.cos(phi) * Math.sin(lam);
    var x = 0.5 * Math.log((1 + b) / (1 - b)), y = Math.atan2(Math.tan(phi), Math.cos(lam));
    return [(x - map.left) * map.scale + map.margin, (map.top - y) * map.scale + map.margin];
  }

  /** The municipality at (lat, lon), {code, name, url}, or null. */
  function locate(map, lat, lon) {
    var at = place(map, lat, lon), best = null, bestDistance = NEAR * NEAR;
    for (var k = 0; k < map.places.length; k++) {
      var row = map.places[k], all = rings(row[3]);
      var found = { code: row[0], name: row[1], url: row[2] };
      if (inside(all, at[0], at[1])) return found;
      all.forEach(function (ring) {
        ring.forEach(function (p) {
          var d = (p[0] - at[0]) * (p[0] - at[0]) + (p[1] - at[1]) * (p[1] - at[1]);
          if (d < bestDistance) { bestDistance = d; best = found; }
        });
      });
    }
    return best;
  }

  /**
   * Shows the button of `box` (with data-outlines, data-finding, data-failed and
   * data-outside messages and a [role=status]) and, when it is pressed, calls
   * found({code, name, url}) with the reader's municipality, which returns the message to
   * show; does nothing where the browser cannot tell its position.
   */
  function wire(box, found) {
    if (!navigator.geolocation || !window.fetch) return;
    var button = box.querySelector("button");
    var status = box.querySelector("[role=status]");
    // busy, not disabled: a disabled button loses the keyboard's focus to the page's start
    function say(message) {
      button.removeAttribute("aria-disabled");
      status.textContent = message || "";
    }
    box.hidden = false;
    button.addEventListener("click", function () {
      if (button.getAttribute("aria-disabled") === "true") return; // still looking
      button.setAttribute("aria-disabled", "true");
      var chosen = box.querySelector(".near-chosen");
      if (chosen) chosen.hidden = true; // until this press has chosen again
      status.textContent = box.getAttribute("data-finding");
      var outlines = fetch(box.getAttribute("data-outlines"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        });
      outlines.catch(function () {}); // answered below, once the position is known
      navigator.geolocation.getCurrentPosition(function (position) {
        outlines.then(function (map) {
          var here = locate(map, position.coords.latitude, position.coords.longitude);
          say(here ? found(here) : box.getAttribute("data-outside"));
        }, function () { say(box.getAttribute("data-failed")); });
      }, function () { say(box.getAttribute("data-failed")); }, { timeout: 20000, maximumAge: 600000 });
    });
  }

  var box = document.querySelector("[data-near]");
  if (!box) return;
  wire(box, function (here) {
    if (box.getAttribute("data-near") === "open") {
      window.location.assign(box.getAttribute("data-root") + here.url);
      return box.getAttribute("data-finding");
    }
    // the search's checkbox, or the organisation directory's "works in" option
    var choice = document.querySelector('input[name=municipality][value="' + here.code + '"]');
    var select = document.querySelector("select[name=place]");
    var option = select && select.querySelector('option[value="' + here.code + '"]');
    if (!choice && !option) return box.getAttribute("data-none").replace("{name}", here.name);
    var chosen = box.getAttribute("data-chosen").replace("{name}", here.name);
    var shown = box.querySelector(".near-chosen");
    shown.textContent = chosen; // seen beside the button; heard with the page's own status
    shown.hidden = false;
    var announce = document.getElementById(box.getAttribute("data-announce"));
    var changes = (choice && !choice.checked) || (option && select.value !== here.code);
    if (!changes || !announce) return chosen; // the page says nothing new: this box does
    // One announcement, not two live regions at once: the page's status, which the change
    // rewrites with its new count, starts with what was chosen (read by search/results.js
    // and directory.js, once).
    announce.setAttribute("data-lead", /[.!?]$/.test(chosen) ? chosen : chosen + ".");
    if (choice) choice.checked = true;
    if (option) select.value = here.code;
    (choice || select).dispatchEvent(new Event("change", { bubbles: true }));
    return "";
  });
}());
