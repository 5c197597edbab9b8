import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ConsentPurpose, Role } from "~/generated/prisma/enums";
import { actingFor, ownStudio } from "~/modules/assisted/test-actors";
import { mayActFor } from "~/modules/assisted/may-act-for.server";
import { getPublicArtisan } from "~/modules/catalog/artisan.server";
import { parseCatalogQuery } from "~/modules/catalog/catalog-query";
import { getPublicListing } from "~/modules/catalog/listing.server";
import { rememberedPage } from "~/modules/catalog/search-cache.server";
import { searchCatalog } from "~/modules/catalog/search.server";
import { commissionTerms } from "~/modules/checkout/commission.server";
import { makeArtisan, makeListing, withShopDatabase } from "~/modules/checkout/test-fixtures";
import { readArtisanContact } from "~/modules/logistics/artisan-contact.server";
import { seal } from "~/utils/sensitive.server";
import { artisanConsents } from "./consent-list.server";
import { withdrawConsent } from "./withdraw.server";

const test = withShopDatabase();

async function person(name: string, roles: Role[]) {
  return test.db.user.create({
    data: { name, email: `${randomUUID().slice(0, 8)}@example.uz`, passwordHash: "x", roles },
  });
}

/**
 * A verified artisan (badge granted, public consent) with a sealed address, a helper and an
 * assigned social worker, who witnessed the address and assisted-mode consents.
 */
async function household() {
  const { db, shop } = test;
  const socialWorker = await person("Shahlo Mirzayeva", ["SOCIAL_WORKER"]);
  const helper = await person("Madina Rahimova", ["HELPER"]);
  const artisan = await makeArtisan(db, shop, { verified: true });
  const sealed = (field: string, plain: string) => seal({ model: "ArtisanProfile", field, id: artisan.id }, plain);
  await db.artisanProfile.update({
    where: { id: artisan.id },
    data: {
      socialWorkerId: socialWorker.id,
      addressEnc: sealed("addressEnc", "Qatortol 7"),
      pickupPhoneEnc: sealed("pickupPhoneEnc", "+998901112233"),
    },
  });
  await db.artisanHelper.create({ data: { artisanId: artisan.id, helperId: helper.id, relationship: "qizi" } });
  for (const purpose of ["ADDRESS_TO_COURIER", "ASSISTED_MODE"] as const) {
    await db.consent.create({
      data: { artisanId: artisan.id, purpose, witnessId: socialWorker.id, recordedById: socialWorker.id },
    });
  }
  return { artisan, socialWorker, helper };
}

const withdraw = (artisan: { id: string; userId: string }, purpose: ConsentPurpose, actorId?: string) =>
  withdrawConsent(test.db, actorId ? actingFor(artisan, actorId) : ownStudio(artisan), artisan.id, purpose);

describe("withdrawing a consent", () => {
  it("address to couriers: the next read gives the courier no address, only the phone", async () => {
    const { artisan } = await household();
    const courier = await person("Kuryer", ["COURIER"]);
    const read = () =>
      test.db.$transaction((tx) => readArtisanContact(tx, artisan.id, { actorId: courier.id, purpose: "courier" }));
    expect((await read()).address).toBe("Qatortol 7");

    expect(await withdraw(artisan, "ADDRESS_TO_COURIER")).toEqual({ ok: true });

    expect(await read()).toEqual({ phone: "+998901112233", address: null, accessNotes: null });
    const consent = await test.db.consent.findFirstOrThrow({
      where: { artisanId: artisan.id, purpose: "ADDRESS_TO_COURIER" },
    });
    expect(consent.revokedAt).not.toBeNull();
    expect(consent.revokedById).toBe(artisan.userId);
    const logged = await test.db.auditLog.findFirstOrThrow({
      where: { action: "consent.withdraw", entityId: consent.id },
    });
    expect(logged).toMatchObject({ actorId: artisan.userId, onBehalfOf: null, entity: "Consent" });
    expect(logged.detail).toEqual({ purpose: "ADDRESS_TO_COURIER", artisanId: artisan.id });
  });

  it("assisted mode, by the helper acting for the artisan: nobody may act for them any more; both names audited", async () => {
    const { artisan, helper, socialWorker } = await household();
    expect(await mayActFor(test.db, helper, artisan.id)).toBe(true);

    expect(await withdraw(artisan, "ASSISTED_MODE", helper.id)).toEqual({ ok: true });

    expect(await mayActFor(test.db, helper, artisan.id)).toBe(false);
    expect(await mayActFor(test.db, socialWorker, artisan.id)).toBe(false);
    const logged = await test.db.auditLog.findFirstOrThrow({
      where: { action: "consent.withdraw", detail: { path: ["artisanId"], equals: artisan.id } },
    });
    expect(logged).toMatchObject({ actorId: helper.id, onBehalfOf: artisan.userId });
  });

  it("public page and badge: the badge is gone at the next request, also from a remembered search page", async () => {
    const { db, shop } = test;
    const { artisan } = await household();
    const listing = await makeListing(db, shop, artisan.id);
    await db.listing.update({ where: { id: listing.id }, data: { handmadeAttestedAt: new Date() } });
    const query = parseCatalogQuery(new URLSearchParams("badge=1"));
    const badgeOnly = async () => (await searchCatalog(db, query, "uz", rememberedPage)).cards.map((c) => c.slug);
    const terms = async () =>
      (await db.$transaction((tx) => commissionTerms(tx, [artisan.id], new Date()))).get(artisan.id)?.basisPoints;
    expect(await badgeOnly()).toContain(listing.slug);
    expect((await getPublicListing(db, listing.slug, "uz"))?.badge).not.toBeNull();
    expect((await getPublicArtisan(db, artisan.handle, "uz"))?.badge).not.toBeNull();
    expect(await terms()).toBe(0);

    expect(await withdraw(artisan, "PUBLIC_PROFILE_BADGE")).toEqual({ ok: true });

    // The remembered page still names the listing (RESULTS_TTL_MS) …
    expect((await rememberedPage(db, query)).slugs).toContain(listing.slug);
    // … but the badge filter is checked again on the cards, so it is not shown under it.
    expect(await badgeOnly()).not.toContain(listing.slug);
    expect((await getPublicListing(db, listing.slug, "uz"))?.badge).toBeNull();
    const page = await getPublicArtisan(db, artisan.handle, "uz");
    expect(page?.badge).toBeNull();
    expect(page?.cards.find((c) => c.slug === listing.slug)?.verified).toBe(false);
    expect(await terms()).toBe(500);
  });

  it("tells the artisan's social worker, in the app", async () => {
    const { artisan, socialWorker } = await household();
    await withdraw(artisan, "ADDRESS_TO_COURIER");
    const notices = await test.db.notification.findMany({ where: { userId: socialWorker.id } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: "consent.withdrawn",
      payload: { artisan: artisan.displayName, artisanId: artisan.id, purposeCode: "ADDRESS_TO_COURIER" },
    });
  });

  it("refuses a second withdrawal and one never given; two at once count once", async () => {
    const { artisan, socialWorker } = await household();
    expect(await withdraw(artisan, "ADDRESS_TO_COURIER")).toEqual({ ok: true });
    expect(await withdraw(artisan, "ADDRESS_TO_COURIER")).toEqual({ ok: false, reason: "notGiven" });
    expect(await withdraw(artisan, "CASE_RECORDS")).toEqual({ ok: false, reason: "notGiven" });

    const both = await Promise.all([withdraw(artisan, "ASSISTED_MODE"), withdraw(artisan, "ASSISTED_MODE")]);
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    const logged = await test.db.auditLog.count({
      where: { action: "consent.withdraw", detail: { path: ["artisanId"], equals: artisan.id } },
    });
    expect(logged).toBe(2);
    expect(await test.db.notification.count({ where: { userId: socialWorker.id } })).toBe(2);
  });
});

describe("the artisan's consents", () => {
  it("each purpose: agreed (before whom), withdrawn, did not agree, not asked yet", async () => {
    const { db } = test;
    const { artisan, socialWorker } = await household();
    await db.consent.updateMany({
      where: { artisanId: artisan.id, purpose: "ASSISTED_MODE" },
      data: { secondWitnessName: "Madina Rahimova" },
    });
    await withdraw(artisan, "ADDRESS_TO_COURIER");
    await db.consentRefusal.create({
      data: { artisanId: artisan.id, purpose: "SUBSIDY_APPLICATION", recordedById: socialWorker.id },
    });
    const rows = await artisanConsents(db, artisan.id, "uz-Cyrl");
    const byPurpose = Object.fromEntries(rows.map((row) => [row.purpose, row]));
    expect(rows.map((row) => row.purpose)).toEqual([
      "PUBLIC_PROFILE_BADGE",
      "ADDRESS_TO_COURIER",
      "SUBSIDY_APPLICATION",
      "ASSISTED_MODE",
      "CASE_RECORDS",
    ]);
    expect(byPurpose.ASSISTED_MODE).toMatchObject({
      state: "given",
      slug: "assisted-mode",
      witness: "Шаҳло Мирзаева",
      secondWitness: "Мадина Раҳимова",
    });
    expect(byPurpose.ADDRESS_TO_COURIER).toMatchObject({ state: "withdrawn", witness: "Шаҳло Мирзаева" });
    expect(byPurpose.ADDRESS_TO_COURIER!.givenOn).not.toBeNull();
    expect(byPurpose.SUBSIDY_APPLICATION).toMatchObject({ state: "refused", givenOn: null, witness: "Шаҳло Мирзаева" });
    expect(byPurpose.CASE_RECORDS).toMatchObject({ state: "notAsked", on: null, witness: null });
    // Recorded without a named witness: the person who recorded it.
    expect(byPurpose.PUBLIC_PROFILE_BADGE).toMatchObject({ state: "given", witness: "Стафф" });
  });
});
