import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { makeArtisan, makeCategory, makeRegion } from "~/modules/catalog/test-catalog";
import { createDraft, saveStep, submitListing } from "~/modules/listings/drafts.server";
import { addPhotos, describePhotos } from "~/modules/listings/photos.server";
import type { FileStorage } from "~/modules/media/storage.server";
import type { CurrentUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { createSession } from "~/utils/session.server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { DONE_PAGE_SIZE, doneForMe } from "./done-for-me.server";
import { mayActFor } from "./may-act-for.server";
import { peopleIHelp } from "./people.server";
import { studioActorOf } from "./studio-actor.server";
import { actingFor, startActing, stopActing } from "./switch.server";
import { ownStudio } from "./test-actors";

let t: TestDatabase;
let districtId = "";
let categoryId = "";
const storage: FileStorage = { put: async () => {}, has: async () => false, url: (key) => `/media/${key}` };

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url; // studioActorOf reads through getDb(), like the routes
  districtId = (await makeRegion(t.db, "as")).id;
  categoryId = (await makeCategory(t.db, "doppi", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" })).id;
});
afterAll(async () => {
  await getDb().$disconnect();
  await t.drop();
});

let n = 0;
async function person(name: string, roles: Role[]) {
  const user = await t.db.user.create({ data: { name, email: `p${n++}@example.uz`, passwordHash: "x", roles } });
  const { session } = await createSession(t.db, user.id, { twoFactorPassed: true });
  return { ...user, sessionId: session.id, actingForArtisanId: null } satisfies CurrentUser;
}

/** An artisan with (by default) a standing assisted-mode consent, a helper and an assigned social worker. */
async function household(options: { consent?: boolean } = {}) {
  const socialWorker = await person("Shahlo Mirzayeva", ["SOCIAL_WORKER"]);
  const helper = await person("Madina Rahimova", ["HELPER", "BUYER"]);
  const artisan = await makeArtisan(t.db, districtId, `Zulfiya ${n++}`);
  await t.db.artisanProfile.update({ where: { id: artisan.id }, data: { socialWorkerId: socialWorker.id } });
  const link = await t.db.artisanHelper.create({
    data: { artisanId: artisan.id, helperId: helper.id, relationship: "daughter" },
  });
  const consent =
    options.consent === false
      ? null
      : await t.db.consent.create({
          data: {
            artisanId: artisan.id,
            purpose: "ASSISTED_MODE",
            witnessId: socialWorker.id,
            recordedById: socialWorker.id,
          },
        });
  return { artisan, helper, socialWorker, link, consent };
}

const acting = async (who: CurrentUser) => {
  const session = await t.db.session.findUniqueOrThrow({ where: { id: who.sessionId } });
  return { ...who, actingForArtisanId: session.actingForArtisanId };
};

describe("who may act for an artisan", () => {
  it("the helper the artisan named and the assigned social worker, while the consent stands", async () => {
    const home = await household();
    const other = await household();
    expect(await mayActFor(t.db, home.helper, home.artisan.id)).toBe(true);
    expect(await mayActFor(t.db, home.socialWorker, home.artisan.id)).toBe(true);
    expect(await mayActFor(t.db, home.helper, other.artisan.id)).toBe(false);
    expect(await mayActFor(t.db, home.socialWorker, other.artisan.id)).toBe(false);
  });

  it("no one without the consent, after it is revoked, or after the helper link is revoked", async () => {
    const without = await household({ consent: false });
    expect(await mayActFor(t.db, without.helper, without.artisan.id)).toBe(false);
    expect(await mayActFor(t.db, without.socialWorker, without.artisan.id)).toBe(false);

    const revoked = await household();
    await t.db.consent.update({ where: { id: revoked.consent!.id }, data: { revokedAt: new Date() } });
    expect(await mayActFor(t.db, revoked.helper, revoked.artisan.id)).toBe(false);

    const unlinked = await household();
    await t.db.artisanHelper.update({ where: { id: unlinked.link.id }, data: { revokedAt: new Date() } });
    expect(await mayActFor(t.db, unlinked.helper, unlinked.artisan.id)).toBe(false);
    expect(await mayActFor(t.db, unlinked.socialWorker, unlinked.artisan.id)).toBe(true);
  });

  it("never a courier, even one who also holds the helper role and a helper link", async () => {
    const home = await household();
    const courier = await person("Kuryer", ["COURIER", "HELPER"]);
    await t.db.artisanHelper.create({
      data: { artisanId: home.artisan.id, helperId: courier.id, relationship: "neighbour" },
    });
    expect(await mayActFor(t.db, courier, home.artisan.id)).toBe(false);
    expect(await peopleIHelp(t.db, courier, "uz")).toEqual([]);
    expect((await startActing(t.db, courier, home.artisan.id)).ok).toBe(false);
  });

  it("People I help lists linked and assigned artisans, with whether the consent stands", async () => {
    const home = await household();
    const unwilling = await household({ consent: false });
    await t.db.artisanProfile.update({
      where: { id: unwilling.artisan.id },
      data: { socialWorkerId: home.socialWorker.id },
    });
    expect(await peopleIHelp(t.db, home.helper, "uz")).toEqual([
      expect.objectContaining({ id: home.artisan.id, consent: true }),
    ]);
    const listed = await peopleIHelp(t.db, home.socialWorker, "uz");
    expect(listed.map((p) => [p.id, p.consent]).sort()).toEqual(
      [
        [home.artisan.id, true],
        [unwilling.artisan.id, false],
      ].sort(),
    );
  });
});

describe("acting for an artisan", () => {
  it("is refused without the consent, and the refusal is audited", async () => {
    const home = await household({ consent: false });
    expect(await startActing(t.db, home.helper, home.artisan.id)).toEqual({ ok: false, reason: "notAllowed" });
    expect((await acting(home.helper)).actingForArtisanId).toBeNull();
    const refusal = await t.db.auditLog.findFirstOrThrow({
      where: { action: "assisted.refused", actorId: home.helper.id },
    });
    expect(refusal).toMatchObject({ entity: "ArtisanProfile", entityId: home.artisan.id, onBehalfOf: null });
  });

  it("switches the studio to the artisan's, records both names, and stops", async () => {
    const home = await household();
    expect(await startActing(t.db, home.helper, home.artisan.id)).toEqual({ ok: true, name: home.artisan.displayName });
    const helper = await acting(home.helper);
    expect(helper.actingForArtisanId).toBe(home.artisan.id);
    expect(
      await t.db.auditLog.count({
        where: { action: "assisted.started", actorId: helper.id, onBehalfOf: home.artisan.userId },
      }),
    ).toBe(1);
    expect(await studioActorOf(helper, "listing:manage-own")).toEqual({
      artisanId: home.artisan.id,
      artisanUserId: home.artisan.userId,
      actorId: helper.id,
      onBehalfOf: home.artisan.userId,
    });
    expect(await actingFor(t.db, helper, "uz")).toEqual({ name: home.artisan.displayName });

    await stopActing(t.db, helper);
    const after = await acting(helper);
    expect(after.actingForArtisanId).toBeNull();
    expect(
      await t.db.auditLog.count({
        where: { action: "assisted.stopped", actorId: helper.id, onBehalfOf: home.artisan.userId },
      }),
    ).toBe(1);
    // Back in their own account, a helper has no studio.
    await expect(studioActorOf(after, "listing:manage-own")).rejects.toMatchObject({ status: 403 });
  });

  it("ends at once when the consent is revoked: the studio refuses and the banner's check clears the switch", async () => {
    const home = await household();
    await startActing(t.db, home.socialWorker, home.artisan.id);
    await t.db.consent.update({ where: { id: home.consent!.id }, data: { revokedAt: new Date() } });
    const worker = await acting(home.socialWorker);
    await expect(studioActorOf(worker, "listing:manage-own")).rejects.toMatchObject({ status: 403 });
    expect(await actingFor(t.db, worker, "uz")).toBeNull();
    expect((await acting(worker)).actingForArtisanId).toBeNull();
    expect(await t.db.auditLog.findFirst({ where: { action: "assisted.stopped", actorId: worker.id } })).toMatchObject({
      detail: { reason: "notAllowed" },
    });
  });

  it("leaves the artisan in their own studio", async () => {
    const { artisan } = await household();
    const own = { id: artisan.userId, roles: ["ARTISAN"] as Role[], actingForArtisanId: null } as CurrentUser;
    expect(await studioActorOf(own, "listing:manage-own")).toEqual(ownStudio(artisan));
  });
});

describe("what was done for me", () => {
  const jpeg = () =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: "#1f4e8a" } })
      .jpeg()
      .toBuffer();

  it("shows every act of a helper with both names, newest first, and nothing of anyone else's", async () => {
    const home = await household();
    const other = await household();
    await startActing(t.db, home.helper, home.artisan.id);
    const actor = await studioActorOf(await acting(home.helper), "listing:manage-own");

    const id = await createDraft(t.db, actor);
    await addPhotos(t.db, storage, actor, id, [{ bytes: await jpeg(), name: "a.jpg", type: "image/jpeg" }]);
    const [image] = await t.db.listingImage.findMany({ where: { listingId: id } });
    await describePhotos(t.db, actor, id, [{ id: image!.id, altUz: "Koʻk doʻppi" }]);
    await saveStep(t.db, actor, id, "about", { categoryId, titleUz: "Koʻk doʻppi", descriptionUz: "Qoʻlda tikilgan" });
    await saveStep(t.db, actor, id, "price", { priceSom: 120_000, stock: 1 });
    await saveStep(t.db, actor, id, "handmade", { handmade: true });
    expect(await submitListing(t.db, actor, id)).toEqual({ ok: true });

    // Every write carries both names.
    const writes = await t.db.auditLog.findMany({ where: { entityId: id } });
    expect(writes.length).toBe(7);
    expect(writes.every((w) => w.actorId === home.helper.id && w.onBehalfOf === home.artisan.userId)).toBe(true);

    // The artisan's own act and another artisan's helper are not in the list.
    await createDraft(t.db, ownStudio(home.artisan));
    await startActing(t.db, other.helper, other.artisan.id);
    await createDraft(t.db, await studioActorOf(await acting(other.helper), "listing:manage-own"));

    const { entries, olderThan } = await doneForMe(t.db, home.artisan.userId, "en");
    expect(olderThan).toBeNull();
    expect(entries.map((e) => e.word)).toEqual([
      "submit",
      "handmade",
      "price",
      "about",
      "photosDescribe",
      "photosAdd",
      "draft",
      "started",
    ]);
    expect(entries[0]).toMatchObject({ who: "Madina Rahimova", role: "HELPER", title: "Koʻk doʻppi" });
    expect(entries.find((e) => e.word === "photosAdd")).toMatchObject({ count: 1 });
    expect(
      JSON.stringify(
        await t.db.auditLog.findMany({ where: { onBehalfOf: home.artisan.userId }, select: { detail: true } }),
      ),
    ).not.toMatch(/Madina|Zulfiya|doʻppi/);
  });

  it("pages 50 at a time", async () => {
    const home = await household();
    const rows = Array.from({ length: DONE_PAGE_SIZE + 5 }, () => ({
      actorId: home.socialWorker.id,
      onBehalfOf: home.artisan.userId,
      action: "listing.step.price",
      entity: "Listing",
    }));
    await t.db.auditLog.createMany({ data: rows });
    const first = await doneForMe(t.db, home.artisan.userId, "uz");
    expect(first.entries).toHaveLength(DONE_PAGE_SIZE);
    expect(first.entries[0]).toMatchObject({ role: "SOCIAL_WORKER", title: null });
    const second = await doneForMe(t.db, home.artisan.userId, "uz", BigInt(first.olderThan!));
    expect(second.entries).toHaveLength(5);
    expect(second.olderThan).toBeNull();
  });
});
