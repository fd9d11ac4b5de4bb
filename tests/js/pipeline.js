// Reads {"fi": [text, ...], ...} on stdin; writes, for each text, the tokens lunr.js
// indexes (tokenizer + language pipeline), the terms it searches for (tokenizer + search
// pipeline), both for the raw text, and the index tokens after engine.js's normalise():
// {"fi": [[index tokens], [query terms], [normalised index tokens]], ...}.
"use strict";
const path = require("path");
const { root, loadLunr, pipelines, readStdin } = require("./lunr_env");
const { normalise } = require(path.join(root, "theme", "static", "js", "search", "engine.js"));

const lunr = loadLunr();
const input = JSON.parse(readStdin());
const output = {};
for (const [lang, texts] of Object.entries(input)) {
  const { indexing, search } = pipelines(lunr, lang);
  output[lang] = texts.map((text) => {
    const tokens = lunr.tokenizer(text);
    const indexed = indexing.run(tokens.map((t) => t.clone())).map(String);
    const searched = search.run(tokens.map((t) => t.clone())).map(String);
    const normalised = indexing.run(lunr.tokenizer(normalise(text))).map(String);
    return [indexed, searched, normalised];
  });
}
process.stdout.write(JSON.stringify(output));
