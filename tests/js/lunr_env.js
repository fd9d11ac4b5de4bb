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

// The same three functions lunr.fi / lunr.sv / stock lunr put in a builder's pipelines.
function pipelines(lunr, lang) {
  const indexing = new lunr.Pipeline();
  const search = new lunr.Pipeline();
  if (lang === "en") {
    indexing.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
    // Stock lunr() searches with the stemmer alone; tukena's indexes also trim query terms.
    search.add(lunr.trimmer, lunr.stemmer);
  } else {
    const l = lunr[lang];
    indexing.add(l.trimmer, l.stopWordFilter, l.stemmer);
    search.add(l.trimmer, l.stemmer);
  }
  return { indexing, search };
}

function readStdin() {
  return require("fs").readFileSync(0, "utf8");
}

module.exports = { root, modules, loadLunr, pipelines, readStdin };
