// What a person (or a screen reader) gets from a page: its text and its alt/label/title texts, each
// with the language the page declares for it. A tiny tokenizer is enough for our own server's HTML.

export type Piece = { text: string; lang: string; where: string };

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
const HIDDEN = new Set(["script", "style", "template", "noscript"]);
const SPOKEN_ATTRIBUTES = ["alt", "aria-label", "title", "placeholder"];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
export const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#")
      return String.fromCodePoint(
        name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** A tag's attributes by lower-case name: read once per tag (a RegExp per attribute cost the crawl half its time). */
function attributesOf(attrs: string): Map<string, string> {
  const found = new Map<string, string>();
  if (attrs.includes("="))
    for (const m of attrs.matchAll(/\s([\w:-]+)="([^"]*)"/g)) found.set(m[1]!.toLowerCase(), m[2]!);
  return found;
}

export function visibleText(html: string): Piece[] {
  const pieces: Piece[] = [];
  const stack: Array<{ tag: string; lang: string }> = [];
  let hiddenDepth = 0;
  const lang = () => stack[stack.length - 1]?.lang ?? "";
  for (const m of html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawTag, attrs = "", text] = m;
    if (text !== undefined) {
      if (hiddenDepth === 0 && text.trim())
        pieces.push({ text: decodeEntities(text).trim(), lang: lang(), where: stack.at(-1)?.tag ?? "" });
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (closing) {
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.tag !== tag) at--;
      if (at >= 0) stack.length = at;
      if (HIDDEN.has(tag)) hiddenDepth = Math.max(0, hiddenDepth - 1);
      continue;
    }
    const attributes = attributesOf(attrs);
    const own = attributes.get("lang") ?? lang();
    if (hiddenDepth === 0) {
      for (const name of SPOKEN_ATTRIBUTES) {
        const value = attributes.get(name);
        if (value?.trim()) pieces.push({ text: decodeEntities(value).trim(), lang: own, where: `${tag}[${name}]` });
      }
    }
    if (HIDDEN.has(tag)) hiddenDepth++;
    if (!VOID.has(tag) && !attrs.trimEnd().endsWith("/")) stack.push({ tag, lang: own });
  }
  return pieces;
}
