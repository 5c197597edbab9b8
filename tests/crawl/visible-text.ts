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

const attribute = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, "i").exec(attrs)?.[1];

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
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      if (HIDDEN.has(tag)) hiddenDepth = Math.max(0, hiddenDepth - 1);
      continue;
    }
    const own = attribute(attrs, "lang") ?? lang();
    if (hiddenDepth === 0) {
      for (const name of SPOKEN_ATTRIBUTES) {
        const value = attribute(attrs, name);
        if (value?.trim()) pieces.push({ text: decodeEntities(value).trim(), lang: own, where: `${tag}[${name}]` });
      }
    }
    if (HIDDEN.has(tag)) hiddenDepth++;
    if (!VOID.has(tag) && !attrs.trimEnd().endsWith("/")) stack.push({ tag, lang: own });
  }
  return pieces;
}
