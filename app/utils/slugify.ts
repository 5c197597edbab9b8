/** URL-safe words: apostrophes of oʻ/gʻ vanish, accents drop, anything else becomes a dash. */
export function slugify(text: string): string {
  return text
    .replace(/[ʻʼ'’‘`]/g, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
