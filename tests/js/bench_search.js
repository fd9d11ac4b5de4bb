// Times the search engine in node: parsing and loading the files, and queries.
// stdin: {"dir": ".../search/fi", "queries": ["...", ...], "repeat": 5}
// stdout: {"parse_ms": [...], "load_ms": [...], "more_ms": [...], "cold_query_ms": [...],
//          "query_ms": [...], "query_more_ms": [...], "top": [[first 10 refs], ...]}
"use strict";
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");
const { root, loadLunr, readStdin } = require("./lunr_env");
const TukenaSearch = require(path.join(root, "theme", "static", "js", "search", "engine.js"));

async function main() {
  const input = JSON.parse(readStdin());
  const lunr = loadLunr();
  const text = (name) => fs.readFileSync(path.join(input.dir, name), "utf8");
  const raw = { index: text("index.json"), facets: text("facets.json"), more: text("more.json") };
  const out = { parse_ms: [], load_ms: [], more_ms: [], query_ms: [], top: [], cold_query_ms: [] };
  let engine = null;
  for (let r = 0; r < (input.repeat || 5); r++) {
    let t = performance.now();
    const index = JSON.parse(raw.index);
    const facets = JSON.parse(raw.facets);
    out.parse_ms.push(performance.now() - t);
    t = performance.now();
    engine = new TukenaSearch.Engine(lunr, index, facets, {
      fetchJSON: async (name) => JSON.parse(text(name)),
    });
    out.load_ms.push(performance.now() - t);
    t = performance.now();
    await engine.more();
    out.more_ms.push(performance.now() - t);
  }
  // A fresh engine without more.json for the first-result queries, as the page has it.
  const first = new TukenaSearch.Engine(lunr, JSON.parse(raw.index), JSON.parse(raw.facets), {
    fetchJSON: async (name) => JSON.parse(text(name)),
  });
  for (const q of input.queries.slice(0, 3)) {
    // The very first queries of a fresh page: vectors not built yet, code not optimised.
    const t = performance.now();
    first.search(q);
    out.cold_query_ms.push(performance.now() - t);
  }
  for (const q of input.queries) first.search(q); // warm up the JIT, then time without cache
  for (const q of input.queries) {
    first.cache.clear();
    const t = performance.now();
    const found = first.search(q);
    out.query_ms.push(performance.now() - t);
    out.top.push(found.refs.slice(0, 10));
  }
  out.query_more_ms = [];
  for (const q of input.queries) engine.search(q);
  for (const q of input.queries) {
    engine.cache.clear();
    const t = performance.now();
    engine.search(q);
    out.query_more_ms.push(performance.now() - t);
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
