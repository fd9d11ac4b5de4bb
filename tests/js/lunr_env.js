// Loads the pinned lunr.js and lunr-languages from the repository's node_modules.
"use strict";
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const modules = path.join(root, "node_modules");

// With TUKENA_VENDOR set to a folder scripts/vendor_js.py wrote, loads the minified,
// ASCII-escaped copies there (what the browser loads) instead of node_modules.
function loadLunr() {
  const vendor = process.env.TUKENA_VENDOR;
  if (vendor) {
    const lunr = require(path.join(vendor, "lunr", "lunr.min.js"));
    for (const name of ["lunr.stemmer.support.min.js", "lunr.fi.min.js", "lunr.sv.min.js"]) {
      require(path.join(vendor, "lunr-languages", name))(lunr);
    }
    return lunr;
  }
  const lunr = require(path.join(modules, "lunr"));
  require(path.join(modules, "lunr-languages", "lunr.stemmer.support.js"))(lunr);
  require(path.join(modules, "lunr-languages", "lunr.fi.js"))(lunr);
  require(path.join(modules, "lunr-languages", "lunr.sv.js"))(lunr);
  return lunr;
}

// The functions tukena's indexes of each language run: engine.js's trimmer (for every
// language), then the stop-word filter (indexing only) and stemmer of lunr.fi / lunr.sv /
// stock lunr.
function pipelines(lunr, lang) {
  const { trimmer } = require(path.join(root, "theme", "static", "js", "search", "engine.js"));
  const indexing = new lunr.Pipeline();
  const search = new lunr.Pipeline();
  const l = lang === "en" ? lunr : lunr[lang];
  indexing.add(trimmer(lunr), l.stopWordFilter, l.stemmer);
  search.add(trimmer(lunr), l.stemmer);
  return { indexing, search };
}

function readStdin() {
  return require("fs").readFileSync(0, "utf8");
}

module.exports = { root, modules, loadLunr, pipelines, readStdin };
