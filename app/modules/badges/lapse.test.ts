import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCatalogQuery } from "~/modules/catalog/catalog-query";
import { rememberedPage } from "~/modules/catalog/search-cache.server";
import { findPage, searchCatalog } from "~/modules/catalog/search.server";
import { makeCategory, makeListing, makeRegion } from "~/modules/catalog/test-catalog";
import { commissionTerms } from "~/modules/checkout/commission.server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { grantBadge } from "./decide.server";
import { runBadgeLapse } from "./lapse.server";
import { dayFromToday, makeBadgeRequest, makeStaff } from "./test-badges";

let test: TestDatabase;
let districtId: string;
let worker: { id: string };
let moderator: { id: string };
const DAY_MS = 86_400_000;
const before = (date: Date, days: number) => new Date(date.getTime() - days * DAY_MS);

beforeAll(async () => {
  test = await createTestDatabase();
  districtId = (await makeRegion(test.db, "UZ-L1")).id;
  worker = await makeStaff(test.db, districtId, ["SOCIAL_WORKER"], "Malika Usmonova");
  moderator = await makeStaff(test.db, districtId, ["MODERATOR"], "Rustam Aliyev");
  await test.db.commissionRule.createMany({
    data: [
      { sellerCategory: "VERIFIED_PWD", basisPoints: 0, effectiveFrom: new Date("2026-01-01") },
      { sellerCategory: "UNVERIFIED", basisPoints: 500, effectiveFrom: new Date("2026-01-01") },
    ],
  });
});
afterAll(async () => test?.drop());

/** An artisan with a granted badge whose certificate's last valid day is `validUntil`. */
async function grantedUntil(validUntil: Date) {
  const made = await makeBadgeRequest(test.db, { districtId, worker, validUntil });
  expect(await grantBadge(test.db, moderator, made.badge.id)).toEqual({ ok: true });
  return made;
}

const kinds = async (userId: string) =>
  (await test.db.notification.findMany({ where: { userId, kind: { startsWith: "badge.laps" } } })).map((n) => n.kind);

describe("the daily badge lapse job", () => {
  it("warns 30 and 7 days ahead once each, lapses the badge after its last day, and the public side follows", async () => {
    const validUntil = dayFromToday(40);
    const { badge, artisan, user } = await grantedUntil(validUntil);
    const category = await makeCategory(test.db, "doppi-lapse", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" });
    const listing = await makeListing(test.db, {
      artisanId: artisan.id,
      categoryId: category.id,
      titleUz: "Chust doʻppisi",
      priceSom: 150_000,
    });
    const badgeOnly = parseCatalogQuery(new URLSearchParams("badge=1"));
    expect((await findPage(test.db, badgeOnly)).slugs).toContain(listing.slug);
    // A search remembered while the badge showed (the catalog page's few-second cache).
    expect((await rememberedPage(test.db, badgeOnly)).slugs).toContain(listing.slug);
    const terms = () => commissionTerms(test.db, [artisan.id], new Date());
    expect((await terms()).get(artisan.id)?.basisPoints).toBe(0);

    const smsBefore = await test.db.outboxSms.count({ where: { to: user.phone! } });
    expect(await runBadgeLapse(test.db, before(validUntil, 31))).toEqual({ warned: 0, lapsed: 0 });
    expect(await runBadgeLapse(test.db, before(validUntil, 30))).toEqual({ warned: 1, lapsed: 0 });
    expect(await runBadgeLapse(test.db, before(validUntil, 30))).toEqual({ warned: 0, lapsed: 0 });
    expect(await runBadgeLapse(test.db, before(validUntil, 20))).toEqual({ warned: 0, lapsed: 0 });
    expect(await kinds(user.id)).toEqual(["badge.lapsingSoon"]);
    expect(await kinds(worker.id)).toEqual(["badge.lapsingSoon"]);
    const notice = await test.db.notification.findFirstOrThrow({
      where: { userId: user.id, kind: "badge.lapsingSoon" },
    });
    expect(notice.payload).toEqual({
      artisan: artisan.displayName,
      validUntilDay: validUntil.toISOString().slice(0, 10),
    });
    expect((await test.db.badge.findUniqueOrThrow({ where: { id: badge.id } })).warned30At).not.toBeNull();

    await runBadgeLapse(test.db, before(validUntil, 7));
    await runBadgeLapse(test.db, before(validUntil, 7));
    await runBadgeLapse(test.db, before(validUntil, 3));
    // The last valid day: still granted.
    expect(await runBadgeLapse(test.db, validUntil)).toEqual({ warned: 0, lapsed: 0 });
    expect(await kinds(user.id)).toEqual(["badge.lapsingSoon", "badge.lapsingSoon"]);
    expect((await test.db.badge.findUniqueOrThrow({ where: { id: badge.id } })).status).toBe("GRANTED");

    const dayAfter = new Date(validUntil.getTime() + DAY_MS);
    expect(await runBadgeLapse(test.db, dayAfter)).toEqual({ warned: 0, lapsed: 1 });
    expect(await runBadgeLapse(test.db, dayAfter)).toEqual({ warned: 0, lapsed: 0 });
    const lapsed = await test.db.badge.findUniqueOrThrow({ where: { id: badge.id } });
    expect(lapsed.status).toBe("LAPSED");
    expect(lapsed.lapsedAt).toBeInstanceOf(Date);
    expect(await kinds(user.id)).toEqual(["badge.lapsingSoon", "badge.lapsingSoon", "badge.lapsed"]);
    expect(await kinds(worker.id)).toEqual(["badge.lapsingSoon", "badge.lapsingSoon", "badge.lapsed"]);
    expect(await test.db.auditLog.count({ where: { action: "badge.lapse", entityId: badge.id } })).toBe(1);
    // The artisan signs in by phone only: each notice also went out as a text message.
    expect(await test.db.outboxSms.count({ where: { to: user.phone! } })).toBe(smsBefore + 3);

    // Buyers no longer find the listing among badged goods, even from the remembered search,
    // and the artisan's next sale carries the unverified seller's commission.
    expect((await findPage(test.db, badgeOnly)).slugs).not.toContain(listing.slug);
    const remembered = await searchCatalog(test.db, badgeOnly, "uz", rememberedPage);
    expect(remembered.cards.map((c) => c.slug)).not.toContain(listing.slug);
    const unverified = await test.db.commissionRule.findFirstOrThrow({ where: { sellerCategory: "UNVERIFIED" } });
    expect((await terms()).get(artisan.id)).toEqual({ commissionRuleId: unverified.id, basisPoints: 500 });
  });

  it("sends one notice when both thresholds are crossed at once, and lapses a badge found already ended", async () => {
    const soon = await grantedUntil(dayFromToday(5));
    expect(await runBadgeLapse(test.db, dayFromToday(0))).toMatchObject({ warned: 1 });
    expect(await kinds(soon.user.id)).toEqual(["badge.lapsingSoon"]);
    const row = await test.db.badge.findUniqueOrThrow({ where: { id: soon.badge.id } });
    expect(row.warned30At).not.toBeNull();
    expect(row.warned7At).not.toBeNull();
    expect(await runBadgeLapse(test.db, dayFromToday(1))).toEqual({ warned: 0, lapsed: 0 });

    // A job that did not run for a while: the badge lapses without a late warning first.
    const ended = await grantedUntil(dayFromToday(2));
    expect(await runBadgeLapse(test.db, dayFromToday(10))).toEqual({ warned: 0, lapsed: 2 });
    expect(await kinds(ended.user.id)).toEqual(["badge.lapsed"]);
  });
});
