// Keyset pagination: the next page starts after the last row's sort key and id, so a page costs
// the same however deep it is (no OFFSET) and rows added meanwhile never repeat or vanish.

/** A position in a sorted list: the last row's sort key and id. Opaque to the reader. */
export type Cursor = { key: number | string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

/** What a sort's key is in SQL; a cursor whose key is not one is refused before it reaches a cast. */
export type KeyKind = "float" | "integer" | "timestamp";

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const fits: Record<KeyKind, (key: number | string) => boolean> = {
  float: (key) => typeof key === "number" && Number.isFinite(key),
  integer: (key) => typeof key === "number" && Number.isSafeInteger(key),
  timestamp: (key) => typeof key === "string" && ISO_TIME.test(key) && !Number.isNaN(Date.parse(key)),
};

/** The cursor in `after`, or null for anything that is not one for this sort (then the first page shows). */
export function decodeCursor(value: string | undefined, kind: KeyKind): Cursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [key, id] = parsed as unknown[];
    if ((typeof key !== "number" && typeof key !== "string") || !fits[kind](key)) return null;
    if (typeof id !== "string" || id.length > 40) return null;
    return { key, id };
  } catch {
    return null;
  }
}
