import type { CartLine } from "~/modules/cart/summary.server";
import type { Locale } from "~/utils/i18n/locales";
import { latinToCyrillic } from "~/utils/i18n/transliterate";
import type { PlaceOrderRefusal } from "./types";

/**
 * Titles as one phrase, each in the page's quotation marks: "«Doʻppi» va «Kosa»". The quotes are
 * part of the value (not the message) because one refusal may name several pieces.
 */
export function namedList(titles: string[], locale: Locale): string {
  const quoted = titles.map((title) => (locale === "en" ? `“${title}”` : `«${title}»`));
  // Node's Uzbek Cyrillic list has no "and": the Latin list, written in Cyrillic, has "ва".
  if (locale === "uz-Cyrl") return latinToCyrillic(new Intl.ListFormat("uz", { type: "conjunction" }).format(quoted));
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(quoted);
}

export function soldOutError(
  lines: { listingId: string; title: string }[],
  locale: Locale,
  rest: boolean,
): PlaceOrderRefusal {
  const listingIds = lines.map((line) => line.listingId);
  return {
    ok: false,
    reason: "soldOut",
    message: "orders.errors.soldOut",
    listingIds,
    title: namedList(
      lines.map((l) => l.title),
      locale,
    ),
    count: lines.length,
    rest,
  };
}

/**
 * Why checkout must stop before placing anything: a piece the page offered (`shown`) can no longer
 * be bought, or nothing in the cart can. Dropping it silently would order less than the buyer saw,
 * or end in "your cart is empty" while the cart still holds the piece. A line the page already
 * showed as gone is left out quietly, as the summary said it would be.
 */
export function lostLinesRefusal(
  lines: CartLine[],
  shown: ReadonlySet<string>,
  locale: Locale,
): PlaceOrderRefusal | null {
  const payable = lines.filter((line) => line.payableQuantity > 0);
  const lost = lines.filter(
    (line) => line.payableQuantity === 0 && (payable.length === 0 || shown.has(line.listingId)),
  );
  if (lost.length === 0) return null;
  const soldOut = lost.filter((line) => line.soldOut);
  if (soldOut.length > 0) return soldOutError(soldOut, locale, payable.length > 0);
  const [first] = lost;
  return {
    ok: false,
    reason: "notAvailable",
    message: "orders.errors.notAvailable",
    listingId: first!.listingId,
    title: first!.title,
  };
}

/** The listing ids the checkout page offered as payable, from its hidden field. */
export function shownListings(value: FormDataEntryValue | null): Set<string> {
  return new Set(
    String(value ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 200),
  );
}
