// Trims the words on stdin (a JSON list) with engine.js's trimmer in a JavaScript without
// Unicode property escapes, as a browser older than 2018: a RegExp with the "u" flag throws.
"use strict";
const path = require("path");
const { root, loadLunr, readStdin } = require("./lunr_env");

const Native = RegExp;
global.RegExp = function (source, flags) {
  if (flags && flags.indexOf("u") >= 0) throw new SyntaxError("Invalid regular expression flags");
  return new Native(source, flags);
};
const { trimmer } = require(path.join(root, "theme", "static", "js", "search", "engine.js"));
global.RegExp = Native;

const lunr = loadLunr();
const trim = trimmer(lunr);
const words = JSON.parse(readStdin());
process.stdout.write(JSON.stringify(words.map((w) => trim(new lunr.Token(w)).toString())));
