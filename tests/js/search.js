// Loads the search files of one language from a folder with engine.js and answers queries.
// stdin: {"dir": ".../search/fi", "queries": [{"q": "...", "filters": {...}, "options": {"typos": true}}],
//         "cards": 5, "dump": false, "more": false, "counts": false, "now": "2026-11-24T12:00",
//         "within": {"days": 1, "times": 4}}  (counts: a weekday at these times only, and so on)
// stdout: {"results": [{"terms", "complete", "refs", "cards"}], "dump": {activities, entities}}
// where "dump" is each rebuilt lunr.Index serialised by lunr.js (index.toJSON()).
"use strict";
const fs = require("fs");
const path = require("path");
const { root, loadLunr, readStdin } = require("./lunr_env");
const TukenaSearch = require(path.join(root, "theme", "static", "js", "search", "engine.js"));

async function main() {
  const input = JSON.parse(readStdin());
  const lunr = loadLunr();
  const fetchJSON = async (name) => JSON.parse(fs.readFileSync(path.join(input.dir, name), "utf8"));
  const now = input.now ? () => Date.parse(input.now) : undefined; // local time, no zone
  const engine = await TukenaSearch.load({ lunr, fetchJSON, now });
  if (input.more) await engine.more();
  const results = [];
  for (const { q, filters, options } of input.queries || []) {
    const found = engine.search(q, filters, options);
    const cards = await engine.cards(found.refs.slice(0, input.cards || 5));
    results.push({ terms: found.terms, complete: found.complete, refs: found.refs, cards });
  }
  const out = { results };
  if (input.dump) {
    out.dump = { activities: engine.activities.toJSON(), entities: engine.entities.toJSON() };
    if (engine.summaries) out.dump.more = engine.summaries.toJSON();
  }
  if (input.counts) out.counts = engine.counts(engine.match("").refs, input.within);
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
