// Reads {"file": vendored script, "text": ...} on stdin; runs the script as a browser
// would a classic script, in a context of its own, and writes the globals it defined and
// the QR code it makes of the text: {"globals": [...], "rows": ["0110...", ...]}.
"use strict";
const fs = require("fs");
const vm = require("vm");
const { readStdin } = require("./lunr_env");

const input = JSON.parse(readStdin());
const context = { TextEncoder, TextDecoder };
vm.createContext(context);
const before = new Set(Object.keys(context));
vm.runInContext(fs.readFileSync(input.file, "utf8"), context, { filename: input.file });
const lib = context.leanQR;
const code = lib.generate(input.text, { minCorrectionLevel: lib.correction.M });
const rows = [];
for (let y = 0; y < code.size; y++) {
  let row = "";
  for (let x = 0; x < code.size; x++) row += code.get(x, y) ? "1" : "0";
  rows.push(row);
}
const globals = Object.keys(context).filter((name) => !before.has(name));
process.stdout.write(JSON.stringify({ globals, rows }));
