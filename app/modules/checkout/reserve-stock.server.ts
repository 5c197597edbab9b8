import type { Prisma } from "~/generated/prisma/client";
import { localized } from "~/utils/i18n/localized";
import type { Locale } from "~/utils/i18n/locales";
import { soldOutError } from "./lost-lines.server";
import { CheckoutRefusal, type OrderLine, type PlaceOrderRefusal } from "./types";

/** A reserved line: its price, and the listing's titles in every language it has (kept on the order item). */
export type ReservedLine = OrderLine & {
  artisanId: string;
  unitPriceMinor: bigint;
  title: string;
  titles: { titleUz: string; titleRu: string | null; titleEn: string | null };
};

type ListingRow = {
  id: string;
  artisanId: string;
  priceMinor: bigint | number | string;
  titleUz: string;
  titleRu: string | null;
  titleEn: string | null;
};

/**
 * Takes the quantity off the shelf with one conditional write. Postgres locks the row, and a
 * concurrent checkout re-checks `stock >= q` after the first commits, so stock never goes below
 * zero and never oversells. The price comes back from the same row: the client's price is ignored.
 */
export async function reserveLine(
  tx: Prisma.TransactionClient,
  line: OrderLine,
  locale: Locale,
): Promise<ReservedLine> {
  const rows = await tx.$queryRaw<ListingRow[]>`
    UPDATE "Listing" SET stock = stock - ${line.quantity}, "updatedAt" = now()
    WHERE id = ${line.listingId} AND status = 'APPROVED' AND stock >= ${line.quantity}
    RETURNING id, "artisanId", "priceMinor", "titleUz", "titleRu", "titleEn"`;
  const row = rows[0];
  if (row) {
    const titles = { titleUz: row.titleUz, titleRu: row.titleRu, titleEn: row.titleEn };
    return {
      ...line,
      artisanId: row.artisanId,
      unitPriceMinor: BigInt(row.priceMinor),
      title: localized(row, "title", locale),
      titles,
    };
  }
  throw new CheckoutRefusal(await whyRefused(tx, line.listingId, locale));
}

async function whyRefused(tx: Prisma.TransactionClient, listingId: string, locale: Locale): Promise<PlaceOrderRefusal> {
  const listing = await tx.listing.findUnique({
    where: { id: listingId },
    select: { status: true, stock: true, titleUz: true, titleRu: true, titleEn: true },
  });
  const title = listing ? localized(listing, "title", locale) : "";
  if (listing?.status !== "APPROVED")
    return { ok: false, reason: "notAvailable", message: "orders.errors.notAvailable", listingId, title };
  // Another buyer took the last one while this checkout ran (the race the cart cannot see).
  if (listing.stock === 0) return soldOutError([{ listingId, title }], locale, false);
  return { ok: false, reason: "outOfStock", message: "orders.errors.outOfStock", listingId, title };
}
