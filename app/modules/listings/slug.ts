/**
 * The public address of a listing: its Uzbek title made URL-safe (apostrophes of oʻ/gʻ vanish,
 * accents drop) plus the end of its id, so two "Chust doʻppisi" never collide.
 */
export function slugFor(title: string, id: string): string {
  const words = title
    .replace(/[ʻʼ'’‘`]/g, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  const tail = id.replace(/-/g, "").slice(-8);
  return words ? `${words}-${tail}` : tail;
}
