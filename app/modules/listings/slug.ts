import { slugify } from "~/utils/slugify";

/**
 * The public address of a listing: its Uzbek title made URL-safe plus the end of its id, so two
 * "Chust doʻppisi" never collide.
 */
export function slugFor(title: string, id: string): string {
  const words = slugify(title).slice(0, 60).replace(/-+$/, "");
  const tail = id.replace(/-/g, "").slice(-8);
  return words ? `${words}-${tail}` : tail;
}
