import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { cartAction } from "~/modules/cart/cart-action.server";
import { addToCart } from "~/modules/cart/cart-items.server";
import { mergeGuestCart } from "~/modules/cart/merge.server";
import { listingPanel } from "~/modules/cart/listing-panel.server";
import { makeArtisan, makeCategory, makeRegion } from "~/modules/catalog/test-catalog";
import { reportListing } from "~/modules/moderation/reports.server";
import { getDb } from "~/utils/db.server";
import { createSession, sessionCookie } from "~/utils/session.server";
import { newToken, tokenDigest } from "~/utils/tokens.server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { isOwnWork } from "./own-work.server";

// An artisan's own listing is not hers to buy or report, nor for whoever acts for her.
let t: TestDatabase;
let districtId = "";
let categoryId = "";

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url; // the cart and the listing page find the session through getDb(), like the routes
  districtId = (await makeRegion(t.db, "ow")).id;
  categoryId = (await makeCategory(t.db, "ow-doppi", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" })).id;
});
afterAll(async () => {
  await getDb().$disconnect();
  await t.drop();
});

let n = 0;
/** A signed-in person: the user row as CurrentUser sees it, and the Cookie header of their session. */
async function signedIn(userId: string, actingForArtisanId: string | null = null) {
  const user = await t.db.user.findUniqueOrThrow({ where: { id: userId } });
  const { session, token } = await createSession(t.db, userId, { twoFactorPassed: true });
  await t.db.session.update({ where: { id: session.id }, data: { actingForArtisanId } });
  return {
    person: { id: user.id, roles: user.roles, actingForArtisanId },
    cookie: sessionCookie(token).split(";")[0]!,
  };
}
const newUser = (name: string, roles: Role[]) =>
  t.db.user.create({ data: { name, email: `u${n++}@example.uz`, passwordHash: "x", roles } });

/** An approved listing, its artisan (with a helper and, unless told otherwise, assisted-mode consent) and a buyer. */
async function shop({ consent = true } = {}) {
  const artisan = await makeArtisan(t.db, districtId, `Zulfiya ${n++}`);
  const helper = await newUser("Madina", ["HELPER", "BUYER"]);
  await t.db.artisanHelper.create({ data: { artisanId: artisan.id, helperId: helper.id, relationship: "daughter" } });
  if (consent)
    await t.db.consent.create({ data: { artisanId: artisan.id, purpose: "ASSISTED_MODE", recordedById: helper.id } });
  const listing = await t.db.listing.create({
    data: {
      slug: `own-${n++}`,
      artisanId: artisan.id,
      categoryId,
      status: "APPROVED",
      titleUz: "Chust doʻppisi",
      priceMinor: 15_000_000n,
      stock: 3,
    },
  });
  const buyer = await newUser("Malika", ["BUYER"]);
  return { artisan, helper, listing, buyer };
}

const addRequest = (cookie: string, listingId: string, slug: string) => {
  const form = new FormData();
  for (const [k, v] of Object.entries({ intent: "add", listingId, quantity: "1", returnTo: `/l/${slug}` }))
    form.set(k, v);
  return new Request("http://localhost/cart", { method: "POST", body: form, headers: { Cookie: cookie } });
};
/** Where the cart action sent the browser (it answers every add with a redirect). */
async function addedTo(cookie: string, listing: { id: string; slug: string }) {
  try {
    await cartAction(t.db, addRequest(cookie, listing.id, listing.slug));
  } catch (thrown) {
    return (thrown as Response).headers.get("Location");
  }
  throw new Error("no redirect");
}
const piecesInCartOf = (userId: string) => t.db.cartItem.count({ where: { cart: { userId } } });

describe("an artisan's own listing", () => {
  it("is hers and, while the consent stands, her acting helper's; nobody else's", async () => {
    const { artisan, helper, buyer } = await shop();
    const artisanUser = await t.db.user.findUniqueOrThrow({ where: { id: artisan.userId } });
    expect(await isOwnWork(t.db, { ...artisanUser, actingForArtisanId: null }, artisan)).toBe(true);
    expect(await isOwnWork(t.db, { ...helper, actingForArtisanId: artisan.id }, artisan)).toBe(true);
    expect(await isOwnWork(t.db, { ...helper, actingForArtisanId: null }, artisan)).toBe(false);
    expect(await isOwnWork(t.db, { ...buyer, actingForArtisanId: null }, artisan)).toBe(false);
    expect(await isOwnWork(t.db, null, artisan)).toBe(false);

    const withoutConsent = await shop({ consent: false });
    expect(
      await isOwnWork(
        t.db,
        { ...withoutConsent.helper, actingForArtisanId: withoutConsent.artisan.id },
        withoutConsent.artisan,
      ),
    ).toBe(false);
  });

  it("cannot go in her cart or her acting helper's (told so), but goes in a buyer's", async () => {
    const { artisan, helper, listing, buyer } = await shop();
    const own = await signedIn(artisan.userId);
    expect(await addedTo(own.cookie, listing)).toBe(`/l/${listing.slug}?cart=own`);
    expect(await piecesInCartOf(artisan.userId)).toBe(0);

    const acting = await signedIn(helper.id, artisan.id);
    expect(await addedTo(acting.cookie, listing)).toBe(`/l/${listing.slug}?cart=own`);
    expect(await piecesInCartOf(helper.id)).toBe(0);

    // Put in a cart before she logged in: left out when that cart joins her account.
    const token = newToken();
    const guest = await t.db.cart.create({ data: { guestToken: tokenDigest(token) } });
    await addToCart(t.db, guest.id, listing.id, 1);
    await mergeGuestCart(t.db, token, artisan.userId);
    expect(await piecesInCartOf(artisan.userId)).toBe(0);

    const other = await signedIn(buyer.id);
    expect(await addedTo(other.cookie, listing)).toBe(`/l/${listing.slug}?cart=added`);
    expect(await piecesInCartOf(buyer.id)).toBe(1);
  });

  it("shows her page without the buying panel's forms, for her and her acting helper", async () => {
    const { artisan, helper, listing, buyer } = await shop();
    const panelFor = async (cookie: string) =>
      (
        await listingPanel(
          t.db,
          new Request(`http://localhost/l/${listing.slug}`, { headers: { Cookie: cookie } }),
          listing.slug,
        )
      )?.panel.own;
    expect(await panelFor((await signedIn(artisan.userId)).cookie)).toBe(true);
    expect(await panelFor((await signedIn(helper.id, artisan.id)).cookie)).toBe(true);
    expect(await panelFor((await signedIn(buyer.id)).cookie)).toBe(false);
    expect(await panelFor("")).toBe(false);
  });

  it("cannot be reported by her or her acting helper; nothing is written", async () => {
    const { artisan, helper, listing, buyer } = await shop();
    const report = async (reporter: { id: string; roles: Role[]; actingForArtisanId: string | null }) =>
      reportListing(t.db, { slug: listing.slug, reporter, reason: "other" });
    expect(await report((await signedIn(artisan.userId)).person)).toEqual({ ok: false, reason: "ownWork" });
    expect(await report((await signedIn(helper.id, artisan.id)).person)).toEqual({ ok: false, reason: "ownWork" });
    expect(await t.db.listingReport.count({ where: { listingId: listing.id } })).toBe(0);
    expect(await report((await signedIn(buyer.id)).person)).toEqual({ ok: true });
  });
});
