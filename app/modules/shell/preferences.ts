import { readCookie } from "~/utils/cookies";

// Display preferences live in a plain cookie: they must work for visitors who never sign up.
export const TEXT_SIZES = ["100", "125", "150", "200"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export type Preferences = { textSize: TextSize; contrast: "normal" | "high" };

const COOKIE = "hm_prefs";
const YEAR = 365 * 24 * 60 * 60;

export function readPreferences(request: Request): Preferences {
  const [size, contrast] = (readCookie(request, COOKIE) ?? "").split(".");
  return {
    textSize: TEXT_SIZES.includes(size as TextSize) ? (size as TextSize) : "100",
    contrast: contrast === "high" ? "high" : "normal",
  };
}

export function preferencesCookie(prefs: Preferences): string {
  return `${COOKIE}=${prefs.textSize}.${prefs.contrast}; Path=/; Max-Age=${YEAR}; SameSite=Lax`;
}

/** Applies one form field ("textSize" or "contrast") to the current preferences. */
export function updatePreferences(current: Preferences, form: FormData): Preferences {
  const size = form.get("textSize");
  const contrast = form.get("contrast");
  return {
    textSize: TEXT_SIZES.includes(size as TextSize) ? (size as TextSize) : current.textSize,
    contrast: contrast === "high" || contrast === "normal" ? contrast : current.contrast,
  };
}
