/* QR codes for paper. A professional prints an activity's page, an event, an organisation,
 * a client's list or a search; the client points a phone's camera at the code and has the
 * same page on the phone, where the browser can also translate it. A
 * <figure class="qr" data-page> gets the code of the page itself (the figure is the same on
 * every page), a <figure class="qr" data-url="..."> the code of that address, made
 * absolute; drawn as SVG, it is shown. Without this script, without the library, with no
 * address, or when the address is too long for a code that prints legibly, it stays hidden
 * and the page prints without it. A list's or a search's address changes as it does: the
 * figure follows its data-url. */
(function () {
  "use strict";
  var lib = window.leanQR;
  var figures = document.querySelectorAll("figure.qr");
  if (!lib || !figures.length || !window.URL) return;
  var SVG = "http://www.w3.org/2000/svg";
  var QUIET = 4; // modules of blank margin around the code, as the standard asks
  var MODULE = 0.6; // millimetres on paper: a phone reads it from a hand's length
  var LARGEST = 20; // version: 97 modules, about 6 cm on paper

  /* One rectangle for each run of dark modules in a row: a short path. */
  function path(code) {
    var d = [];
    for (var y = 0; y < code.size; y++) {
      for (var x = 0; x < code.size; x++) {
        if (!code.get(x, y)) continue;
        var start = x;
        while (x + 1 < code.size && code.get(x + 1, y)) x++;
        d.push("M" + start + " " + y + "h" + (x + 1 - start) + "v1h" + (start - x - 1) + "z");
      }
    }
    return d.join("");
  }

  function element(name, attributes) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    return node;
  }

  /* The code of an address, or null when it is too long for a legible one. */
  function encode(url) {
    try {
      return lib.generate(url, { minCorrectionLevel: lib.correction.M, maxVersion: LARGEST });
    } catch (error) {
      return null;
    }
  }

  function draw(figure) {
    var box = figure.querySelector(".qr-code");
    var given = figure.hasAttribute("data-page")
      ? window.location.origin + window.location.pathname // the page, without its query
      : figure.getAttribute("data-url");
    var url = given ? new URL(given, window.location.href).href : "";
    var code = url ? encode(url) : null;
    box.textContent = "";
    figure.hidden = !code;
    if (!code) return;
    var side = code.size + 2 * QUIET;
    var svg = element("svg", {
      viewBox: -QUIET + " " + -QUIET + " " + side + " " + side,
      width: side * MODULE + "mm",
      height: side * MODULE + "mm",
      "shape-rendering": "crispEdges",
      "aria-hidden": "true",
      focusable: "false"
    });
    var blank = { x: -QUIET, y: -QUIET, width: side, height: side, fill: "#fff" };
    svg.appendChild(element("rect", blank));
    svg.appendChild(element("path", { d: path(code), fill: "#000" }));
    box.appendChild(svg);
    var shown = figure.querySelector(".qr-address");
    if (shown) shown.textContent = url;
  }

  var watch = window.MutationObserver && new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      if (change.target.getAttribute("data-url") !== change.oldValue) draw(change.target);
    });
  });
  Array.prototype.forEach.call(figures, function (figure) {
    draw(figure);
    if (watch) {
      watch.observe(figure, {
        attributes: true, attributeFilter: ["data-url"], attributeOldValue: true
      });
    }
  });
}());
