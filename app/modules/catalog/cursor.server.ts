// Keyset pagination: the next page starts after the last row's sort key and id, so a page costs
// the same however deep it is (no OFFSET) and rows added meanwhile never repeat or vanish.

/** A position in a sorted list: the last row's sort key and id. Opaque to the reader. */
export type Cursor = { key: number | string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

/** The cursor in `after`, or null for anything that is not one (then the first page shows). */
export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [key, id] = parsed as unknown[];
    if ((typeof key !== "number" && typeof key !== "string") || typeof id !== "string") return null;
    return { key, id };
  } catch {
    return null;
  }
}
