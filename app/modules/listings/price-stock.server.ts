import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { z } from "zod";
import { auditNames, type StudioActor } from "~/modules/assisted/studio-actor.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import type { Outcome, Refusal } from "~/utils/result";
import { ownListing } from "./own-listing.server";
import { PriceSchema } from "./steps";

type Values = z.output<typeof PriceSchema> & { stockWas: number };
type PriceStockResult = Outcome<"notFound" | "notApproved"> | Refusal<"stockChanged", { stock: number }>;

/**
 * New price and stock for an approved listing. Neither changes what the moderator approved (the
 * words and photos), so it stays APPROVED and in the catalog; buyers' carts note the new price.
 * `stockWas` is the stock the form showed: a new stock is written only if no sale changed it since,
 * so a piece sold while the artisan typed is never put back on sale by her save. A stock she left as
 * it was is not written at all.
 */
export async function changePriceStock(
  db: Db,
  actor: StudioActor,
  listingId: string,
  values: Values,
): Promise<PriceStockResult> {
  return db.$transaction(async (tx) => {
    const listing = await ownListing(tx, actor.artisanId, listingId, { status: true, priceMinor: true, stock: true });
    if (!listing) return { ok: false, reason: "notFound" };
    if (listing.status !== "APPROVED") return { ok: false, reason: "notApproved" };
    const priceMinor = BigInt(values.priceSom) * 100n;
    const newStock = values.stock !== values.stockWas;
    const { count } = await tx.listing.updateMany({
      where: { id: listingId, status: "APPROVED", ...(newStock && { stock: values.stockWas }) },
      data: { priceMinor, ...(newStock && { stock: values.stock }) },
    });
    if (count === 0) {
      const now = await tx.listing.findUniqueOrThrow({
        where: { id: listingId },
        select: { status: true, stock: true },
      });
      return now.status === "APPROVED"
        ? { ok: false, reason: "stockChanged", stock: now.stock }
        : { ok: false, reason: "notApproved" };
    }
    const to = { priceMinor: Number(priceMinor), stock: newStock ? values.stock : listing.stock };
    const from = { priceMinor: Number(listing.priceMinor), stock: listing.stock };
    await audit(tx, {
      ...auditNames(actor),
      action: "listing.priceStock",
      entity: "Listing",
      entityId: listingId,
      detail: { from, to },
    });
    return { ok: true };
  });
}

/** What the form's hidden field says the page showed; anything else counts as "changed", so it is checked. */
const shownStock = (value: FormDataEntryValue | null) => {
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 0 ? n : -1;
};

/**
 * The "Change price or stock" form of one row on My goods (a plain post): checked like the price
 * step, answered with the row's id so the page reopens that row with what was typed.
 */
export async function priceStockAction(db: Db, actor: StudioActor, form: FormData) {
  const listingId = String(form.get("listingId") ?? "");
  const submission = parseWithZod(form, { schema: PriceSchema });
  if (submission.status !== "success") return data({ listingId, result: submission.reply() }, { status: 400 });
  const result = await changePriceStock(db, actor, listingId, {
    ...submission.value,
    stockWas: shownStock(form.get("stockWas")),
  });
  if (result.ok) return redirect(`/studio?priced=${listingId}`);
  if (result.reason === "notFound") notFound();
  if (result.reason === "notApproved") throw redirect("/studio");
  const reply = submission.reply({ fieldErrors: { stock: ["studio.priceStock.checkStock"] } });
  return data({ listingId, result: reply, stockNow: result.stock }, { status: 409 });
}
