// What must never reach a person: broken bytes, template holes, raw keys, an id used twice (a
// label, aria reference or form="" attribute then finds the wrong element: a field silently left
// out of its form), and on Uzbek Cyrillic pages Uzbek text left in Latin letters.
import { catalogs, flatten } from "~/utils/i18n/catalog.server";
import { visibleText } from "./visible-text";

const KEYS = new Set(flatten(catalogs.en).keys());

/** Latin on a Cyrillic page that is right as it is: codes and acronyms, addresses, brand names. */
const LATIN_ALLOWED = [
  /^[A-Z0-9][A-Z0-9./-]*$/,
  /@/,
  /^(https?:|www\.)/,
  /^(Hunarmand|Stripe|UploadThing|iPhone|WebP|HEIC|JPEG|PNG|AVIF)$/,
];
const WORD = /[\p{L}\p{N}ʻʼ'’‘@.:/]+/gu;

export function problemsOf(body: string, contentType: string, locale: string): string[] {
  const problems: string[] = [];
  if (body.includes("\u0000")) problems.push("NUL byte in the response");
  if (body.includes("\uFFFD")) problems.push("U+FFFD (a broken character) in the response");
  if (!contentType.includes("html")) return problems;
  const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (twice.length > 0) problems.push(`the same id twice: ${twice.slice(0, 3).join(", ")}`);
  for (const piece of visibleText(body)) {
    const at = `«${piece.text.slice(0, 80)}» (${piece.where})`;
    if (/\{\{|\}\}/.test(piece.text)) problems.push(`unresolved placeholder ${at}`);
    // Every key has a dot ("cart.title"): only such words are looked up.
    if (piece.text.includes(".") && piece.text.split(/\s+/).some((w) => KEYS.has(w.replace(/[.,:;!?]+$/, ""))))
      problems.push(`raw translation key ${at}`);
    // A form field shows what its author typed, as typed (an answer being edited).
    if (locale === "uz-Cyrl" && piece.lang === "uz-Cyrl" && piece.where !== "textarea") {
      const latin = (piece.text.match(WORD) ?? []).filter(
        (w) => /[A-Za-z]/.test(w) && !LATIN_ALLOWED.some((ok) => ok.test(w.replace(/[.:]+$/, ""))),
      );
      if (latin.length > 0) problems.push(`Latin in Uzbek Cyrillic: ${latin.slice(0, 3).join(", ")} in ${at}`);
    }
  }
  return problems;
}
