// Make a built bundle ASCII-only, and keep its source map true.
//
// esbuild escapes non-ASCII characters in strings and templates but not in regular
// expression literals, and the rules' regexes are full of Chinese (/^[一二三四五六七八九十]+$/u).
// One such character makes V8 hold the whole 1.4 MB bundle as a two-byte string, and Node
// decode it as UTF-8 rather than take its ASCII fast path: ~15 ms of every start.
//
// Each non-ASCII UTF-16 code unit inside a regex literal (or a comment) becomes \uXXXX: in a
// regex literal that matches the same character (with the u flag an escaped surrogate pair
// is one code point, as the literal pair was). Non-ASCII anywhere else (a tagged template's
// raw text, say) is refused: the build fails rather than change what the code means.
import { tokenizer } from "acorn";
import { decode, encode } from "@jridgewell/sourcemap-codec";

const escape = (unit) => `\\u${unit.toString(16).toUpperCase().padStart(4, "0")}`;

/** Offsets in `code` where escaping is safe: regex literals and comments, as [start, end) pairs in order. */
function safeSpans(code) {
  const spans = [];
  const onComment = (_block, _text, start, end) => spans.push([start, end]);
  for (const token of tokenizer(code, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true, allowReturnOutsideFunction: true, onComment })) {
    if (token.type.label === "regexp") spans.push([token.start, token.end]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** `code` with the non-ASCII code units in its regex literals escaped; `map` (a parsed source map of `code`, optional) has its columns moved to match. */
export function asciiOnly(code, map) {
  const spans = safeSpans(code);
  let span = 0;
  const lines = code.split("\n");
  const mappings = map === undefined ? undefined : decode(map.mappings);
  let offset = 0;
  const out = lines.map((line, l) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (!/[^\x00-\x7f]/.test(line)) return line;
    let text = "";
    // shift[c]: how far column c moves (5 more characters per escaped code unit before it).
    const shift = new Uint32Array(line.length + 1);
    let s = 0;
    for (let c = 0; c < line.length; c++) {
      shift[c] = s;
      const unit = line.charCodeAt(c);
      if (unit <= 0x7f) {
        text += line[c];
        continue;
      }
      const at = lineStart + c;
      while (span < spans.length && spans[span][1] <= at) span++;
      if (span >= spans.length || spans[span][0] > at) {
        throw new Error(`non-ASCII character outside a regex literal or comment at line ${l + 1}, column ${c + 1}: ${JSON.stringify(line.slice(Math.max(0, c - 40), c + 10))}`);
      }
      text += escape(unit);
      s += 5;
    }
    shift[line.length] = s;
    for (const segment of mappings?.[l] ?? []) segment[0] += shift[Math.min(segment[0], line.length)];
    return text;
  });
  return { code: out.join("\n"), map: map === undefined ? undefined : { ...map, mappings: encode(mappings) } };
}
