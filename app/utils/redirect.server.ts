import { getEnv } from "~/utils/env.server";

// Control characters, whitespace (ASCII and Unicode, e.g. U+3000) and backslashes: browsers drop
// or reinterpret them in a Location header ("/\t/evil.example" is read as "//evil.example").
// Their percent-encoded forms are refused too: no page of ours has a reason to carry them.
const UNSAFE = /[\p{Cc}\p{Z}\s\\]|%(?:[01][0-9a-f]|7f)/iu;

/** The URL `to` names when resolved against APP_URL, if it is a path on our own origin. */
function ownUrl(to: unknown, base: URL): URL | null {
  if (typeof to !== "string" || !to.startsWith("/") || UNSAFE.test(to)) return null;
  let url: URL;
  try {
    url = new URL(to, base);
  } catch {
    return null;
  }
  // The parser normalises ("/.//evil.example" → "//evil.example"), so check what it made of it.
  if (url.origin !== base.origin || url.pathname.startsWith("//")) return null;
  return url;
}

/**
 * The one way user input becomes a redirect: `to` as a same-origin path (normalised, percent-
 * encoded, so a Location header can carry it), else `fallback`. `params` sets (or with null
 * removes) search parameters of the result.
 */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = "/",
  params: Record<string, string | null> = {},
): string {
  const base = new URL(getEnv().APP_URL);
  const url = ownUrl(to, base) ?? ownUrl(fallback, base) ?? new URL("/", base);
  for (const [key, value] of Object.entries(params)) {
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  return url.pathname + url.search + url.hash;
}
