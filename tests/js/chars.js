// Lists the code points JavaScript's /[\s\-]/ matches and every lower-case mapping that
// changes a character (code points below U+30000, surrogates excluded).
"use strict";
const out = { space: [], lower: {} };
for (let c = 0; c < 0x30000; c++) {
  if (c >= 0xd800 && c < 0xe000) continue;
  const s = String.fromCodePoint(c);
  if (/[\s\-]/.test(s)) out.space.push(c);
  const l = s.toLowerCase();
  if (l !== s) out.lower[c] = l;
}
process.stdout.write(JSON.stringify(out));
