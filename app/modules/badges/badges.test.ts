import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRegion } from "~/modules/catalog/test-catalog";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { showCertificate } from "./certificate.server";
import { grantBadge, revokeBadge, sendBackBadge } from "./decide.server";
import { badgeQueue } from "./queue.server";
import { RevokeSchema, SendBackSchema } from "./reasons";
import { badgeForModerator } from "./request.server";
import { isFourEyesViolation } from "./rules.server";
import { dayFromToday, makeBadgeRequest, makeStaff } from "./test-badges";

let test: TestDatabase;
let homeId: string;
let awayId: string;
let worker: { id: string };
let moderator: { id: string };
let second: { id: string };
let away: { id: string };

beforeAll(async () => {
  test = await createTestDatabase();
  homeId = (await makeRegion(test.db, "UZ-B1")).id;
  awayId = (await makeRegion(test.db, "UZ-B2")).id;
  worker = await makeStaff(test.db, homeId, ["SOCIAL_WORKER"], "Malika Usmonova");
  moderator = await makeStaff(test.db, homeId, ["MODERATOR"], "Rustam Aliyev");
  second = await makeStaff(test.db, homeId, ["MODERATOR"], "Sardor Qodirov");
  away = await makeStaff(test.db, awayId, ["MODERATOR"], "Boshqa Moderator");
});
afterAll(async () => test?.drop());

const request = (overrides: Partial<Parameters<typeof makeBadgeRequest>[1]> = {}) =>
  makeBadgeRequest(test.db, { districtId: homeId, worker, ...overrides });
const statusOf = async (id: string) => (await test.db.badge.findUniqueOrThrow({ where: { id } })).status;
const notices = (userId: string, kind: string) => test.db.notification.findMany({ where: { userId, kind } });

describe("granting a badge", () => {
  it("grants it until the certificate ends, audits it, and tells the artisan in the app and by SMS", async () => {
    const { badge, evidence, artisan, user } = await request();
    expect(await grantBadge(test.db, moderator, badge.id)).toEqual({ ok: true });
    const granted = await test.db.badge.findUniqueOrThrow({ where: { id: badge.id } });
    expect(granted).toMatchObject({ status: "GRANTED", decidedById: moderator.id, validUntil: evidence.validUntil });
    expect(granted.decidedAt).toBeInstanceOf(Date);
    const audit = await test.db.auditLog.findFirstOrThrow({ where: { action: "badge.grant", entityId: badge.id } });
    expect(audit).toMatchObject({ actorId: moderator.id, entity: "Badge" });
    const day = evidence.validUntil!.toISOString().slice(0, 10);
    const [notice] = await notices(user.id, "badge.granted");
    expect(notice?.payload).toEqual({ artisan: artisan.displayName, validUntilDay: day });
    // A phone and no email: the artisan gets a text message, with the date as they read dates.
    const sms = await test.db.outboxSms.findFirstOrThrow({ where: { to: user.phone! } });
    expect(sms.text).toContain(`${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`);
    // Now among the district's granted badges, for a revocation if one is ever needed.
    const queue = await badgeQueue(test.db, moderator.id, "uz");
    expect(queue.pending.map((b) => b.id)).not.toContain(badge.id);
    expect(queue.granted[0]?.id).toBe(badge.id);
  });

  it("says so in words, with no made-up date, when the certificate has no end date", async () => {
    const { badge, user } = await request({ validUntil: null });
    expect(await grantBadge(test.db, moderator, badge.id)).toEqual({ ok: true });
    expect(await notices(user.id, "badge.granted")).toHaveLength(0);
    const [notice] = await notices(user.id, "badge.grantedNoEnd");
    expect(notice?.payload).not.toHaveProperty("validUntil");
    const sms = await test.db.outboxSms.findFirstOrThrow({ where: { to: user.phone! } });
    expect(sms.text).toBe("Hunarmand: nishoningiz berildi.");
  });

  it("does not grant while the certificate does not count, has ended, or the consent is missing", async () => {
    const cases = [
      await request({ needsCountersign: true }),
      await request({ validUntil: dayFromToday(-1) }),
      await request({ consent: false }),
    ];
    for (const { badge } of cases) {
      expect(await grantBadge(test.db, moderator, badge.id)).toEqual({ ok: false, reason: "notReady" });
      expect(await statusOf(badge.id)).toBe("PENDING");
    }
    const withdrawn = await request();
    await test.db.consent.updateMany({ where: { artisanId: withdrawn.artisan.id }, data: { revokedAt: new Date() } });
    expect(await grantBadge(test.db, moderator, withdrawn.badge.id)).toEqual({ ok: false, reason: "notReady" });
    const facts = await badgeForModerator(test.db, moderator.id, cases[0]!.badge.id, "uz");
    expect(facts?.blockers).toEqual(["evidenceNotCounting"]);
    // A level-A attestation counts once a level-D worker countersigns it.
    const signer = await makeStaff(test.db, homeId, ["SOCIAL_WORKER"], "Nodira Xolmatova");
    const signed = await request({ needsCountersign: true, countersignedById: signer.id });
    expect(await grantBadge(test.db, moderator, signed.badge.id)).toEqual({ ok: true });
  });

  it("replaces the badge of an older certificate when a renewal is granted", async () => {
    const first = await request();
    await grantBadge(test.db, moderator, first.badge.id);
    const renewal = await test.db.badge.create({
      data: { artisanId: first.artisan.id, evidenceId: first.evidence.id, requestedById: worker.id },
    });
    expect(await grantBadge(test.db, moderator, renewal.id)).toEqual({ ok: true });
    expect(await statusOf(first.badge.id)).toBe("LAPSED");
    expect(await statusOf(renewal.id)).toBe("GRANTED");
  });
});

describe("four eyes", () => {
  it("refuses the attester, in the module and in the database (a forged write through Prisma)", async () => {
    const attester = await makeStaff(test.db, homeId, ["SOCIAL_WORKER", "MODERATOR"], "Ikki Rolli");
    const { badge } = await request({ worker: attester });
    expect(await grantBadge(test.db, attester, badge.id)).toEqual({ ok: false, reason: "fourEyes" });
    const reason = { reasonCode: "EVIDENCE_UNCLEAR" as const };
    expect(await sendBackBadge(test.db, attester, badge.id, reason)).toEqual({ ok: false, reason: "fourEyes" });
    expect(await showCertificate(test.db, attester, badge.id)).toEqual({ ok: false, reason: "fourEyes" });

    const forged = test.db.badge.update({
      where: { id: badge.id },
      data: { status: "GRANTED", decidedById: attester.id, decidedAt: new Date() },
    });
    const error = await forged.catch((e: unknown) => e);
    // Prisma 7 with @prisma/adapter-pg: P2039, the trigger's check_violation (23514) inside.
    expect(error).toMatchObject({ code: "P2039" });
    expect(isFourEyesViolation(error)).toBe(true);
    const raw = await test.db
      .$executeRaw`UPDATE "Badge" SET "decidedById" = ${attester.id} WHERE id = ${badge.id}`.catch((e: unknown) => e);
    expect(raw).toMatchObject({ code: "P2010" });
    expect(isFourEyesViolation(raw)).toBe(true);
    expect(await statusOf(badge.id)).toBe("PENDING");
    expect(isFourEyesViolation(new Error("other"))).toBe(false);
  });

  it("refuses the social worker who asked for the badge, and whoever countersigned its certificate", async () => {
    const requester = await makeStaff(test.db, homeId, ["SOCIAL_WORKER", "MODERATOR"], "Soʻrovchi");
    const { badge } = await request();
    await test.db.badge.update({ where: { id: badge.id }, data: { requestedById: requester.id } });
    expect(await grantBadge(test.db, requester, badge.id)).toEqual({ ok: false, reason: "fourEyes" });
    expect((await badgeForModerator(test.db, requester.id, badge.id, "uz"))?.mayDecide).toBe(false);

    const signer = await makeStaff(test.db, homeId, ["SOCIAL_WORKER", "MODERATOR"], "Imzochi");
    const signed = await request({ needsCountersign: true, countersignedById: signer.id });
    expect(await grantBadge(test.db, signer, signed.badge.id)).toEqual({ ok: false, reason: "fourEyes" });
    await expect(
      test.db.badge.update({ where: { id: signed.badge.id }, data: { decidedById: signer.id } }),
    ).rejects.toSatisfy(isFourEyesViolation);
    expect(await grantBadge(test.db, moderator, signed.badge.id)).toEqual({ ok: true });
  });
});

describe("scope and races", () => {
  it("gives a moderator of another district nothing: not in the queue, not found, nothing read", async () => {
    const { badge } = await request();
    expect((await badgeQueue(test.db, away.id, "uz")).pending).toEqual([]);
    expect(await badgeForModerator(test.db, away.id, badge.id, "uz")).toBeNull();
    const reason = { reasonCode: "MISUSE" as const };
    expect(await grantBadge(test.db, away, badge.id)).toEqual({ ok: false, reason: "notFound" });
    expect(await sendBackBadge(test.db, away, badge.id, { reasonCode: "WRONG_PERSON" })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await revokeBadge(test.db, away, badge.id, reason)).toEqual({ ok: false, reason: "notFound" });
    expect(await showCertificate(test.db, away, badge.id)).toEqual({ ok: false, reason: "notFound" });
    expect(await test.db.auditLog.count({ where: { actorId: away.id } })).toBe(0);
    expect(await statusOf(badge.id)).toBe("PENDING");
  });

  it("lets exactly one of two moderators deciding at once go through", async () => {
    const { badge, user } = await request();
    const results = await Promise.all([
      grantBadge(test.db, moderator, badge.id),
      grantBadge(test.db, second, badge.id),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "alreadyDecided" }]);
    expect(await notices(user.id, "badge.granted")).toHaveLength(1);

    const other = await request();
    const mixed = await Promise.all([
      grantBadge(test.db, moderator, other.badge.id),
      sendBackBadge(test.db, second, other.badge.id, { reasonCode: "EVIDENCE_UNCLEAR" }),
    ]);
    expect(mixed.filter((r) => r.ok)).toHaveLength(1);
    expect(await test.db.auditLog.count({ where: { entityId: other.badge.id } })).toBe(1);
  });

  it("lists the pending requests oldest first with their age, names in the reader's script", async () => {
    const fresh = await makeRegion(test.db, "UZ-B3");
    const mod = await makeStaff(test.db, fresh.id, ["MODERATOR"]);
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000 - 60_000);
    const newer = await request({ districtId: fresh.id, name: "Gulnora Toshmatova", requestedAt: daysAgo(1) });
    const older = await request({ districtId: fresh.id, name: "Shoira Gʻofurova", requestedAt: daysAgo(5) });
    const queue = await badgeQueue(test.db, mod.id, "uz-Cyrl", now);
    expect(queue.pending.map((b) => [b.id, b.waitingDays, b.artisan])).toEqual([
      [older.badge.id, 5, "Шоира Ғофурова"],
      [newer.badge.id, 1, "Гулнора Тошматова"],
    ]);
  });
});

describe("sending back and revoking", () => {
  it("needs a reason from the list, and words for “another reason”", async () => {
    expect(SendBackSchema.safeParse({}).error?.issues[0]?.message).toBe("badges.errors.reasonRequired");
    expect(SendBackSchema.safeParse({ reasonCode: "OTHER" }).error?.issues[0]?.message).toBe(
      "badges.errors.textRequired",
    );
    // A revocation reason is not a send-back reason.
    expect(SendBackSchema.safeParse({ reasonCode: "MISUSE" }).success).toBe(false);
    expect(RevokeSchema.safeParse({ reasonCode: "MISUSE" }).success).toBe(true);
    const { badge } = await request();
    const missing = { reasonCode: undefined as unknown as "OTHER" };
    expect(await sendBackBadge(test.db, moderator, badge.id, missing)).toEqual({ ok: false, reason: "reasonRequired" });
    expect(await sendBackBadge(test.db, moderator, badge.id, { reasonCode: "OTHER" })).toEqual({
      ok: false,
      reason: "reasonRequired",
    });
    expect(await statusOf(badge.id)).toBe("PENDING");
  });

  it("sends a request back with its reason to the artisan and the social worker who asked", async () => {
    const { badge, user, artisan } = await request();
    const input = { reasonCode: "EVIDENCE_UNCLEAR" as const, text: "Raqam oʻqilmaydi" };
    expect(await sendBackBadge(test.db, moderator, badge.id, input)).toEqual({ ok: true });
    expect(await test.db.badge.findUniqueOrThrow({ where: { id: badge.id } })).toMatchObject({
      status: "REJECTED",
      decidedById: moderator.id,
      reasonCode: "EVIDENCE_UNCLEAR",
      decisionReason: "Raqam oʻqilmaydi",
    });
    const payload = { artisan: artisan.displayName, reasonCode: "EVIDENCE_UNCLEAR", reason: "Raqam oʻqilmaydi" };
    expect((await notices(user.id, "badge.sentBack"))[0]?.payload).toEqual(payload);
    expect((await notices(worker.id, "badge.sentBack")).map((n) => n.payload)).toContainEqual(payload);
    // The social worker reads the reason from this namespace, in their language (Uzbek).
    const email = await test.db.outboxEmail.findFirstOrThrow({ where: { text: { contains: "Raqam oʻqilmaydi" } } });
    expect(email.text).toContain("Guvohnoma maʼlumotlari tushunarsiz");
    const audit = await test.db.auditLog.findFirstOrThrow({ where: { action: "badge.sendBack", entityId: badge.id } });
    expect(JSON.stringify(audit.detail)).not.toContain("Raqam");
    expect(await grantBadge(test.db, second, badge.id)).toEqual({ ok: false, reason: "alreadyDecided" });
  });

  it("takes a granted badge away with its reason; a pending one cannot be revoked", async () => {
    const { badge, user } = await request();
    const input = { reasonCode: "CONSENT_WITHDRAWN" as const };
    expect(await revokeBadge(test.db, moderator, badge.id, input)).toEqual({ ok: false, reason: "alreadyDecided" });
    await grantBadge(test.db, moderator, badge.id);
    expect(await revokeBadge(test.db, second, badge.id, input)).toEqual({ ok: true });
    expect(await test.db.badge.findUniqueOrThrow({ where: { id: badge.id } })).toMatchObject({
      status: "REVOKED",
      decidedById: moderator.id,
      revokedById: second.id,
      reasonCode: "CONSENT_WITHDRAWN",
    });
    expect(await notices(user.id, "badge.revoked")).toHaveLength(1);
    expect(await test.db.auditLog.count({ where: { action: "badge.revoke", entityId: badge.id } })).toBe(1);
    expect(await revokeBadge(test.db, second, badge.id, input)).toEqual({ ok: false, reason: "alreadyDecided" });
  });
});

describe("what the moderator sees", () => {
  it("shows the request's facts and history, never the group or certificate number", async () => {
    const { badge, certificateNumber } = await request();
    const facts = await badgeForModerator(test.db, moderator.id, badge.id, "uz");
    expect(facts).toMatchObject({
      status: "PENDING",
      requestedBy: "Malika Usmonova",
      mayDecide: true,
      blockers: [],
      evidence: { attestedBy: "Malika Usmonova", commission: "Chilonzor tuman TIEK", needsCountersign: false },
      consent: { witness: "Malika Usmonova", withdrawnAt: null },
      history: [{ id: badge.id, status: "PENDING", current: true }],
    });
    expect(JSON.stringify(facts)).not.toContain(certificateNumber);
    expect(JSON.stringify(facts)).not.toContain('"II"');
  });

  it("opens the certificate details on request, with one audit row on the artisan", async () => {
    const { badge, artisan, certificateNumber } = await request();
    const before = await test.db.auditLog.count({ where: { action: "evidence.read" } });
    expect(await showCertificate(test.db, moderator, badge.id)).toEqual({
      ok: true,
      details: { group: "II", certificateNumber },
    });
    const rows = await test.db.auditLog.findMany({ where: { action: "evidence.read" }, orderBy: { id: "desc" } });
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]).toMatchObject({ actorId: moderator.id, entity: "ArtisanProfile", entityId: artisan.id });
    expect(JSON.stringify(rows[0]?.detail)).not.toContain(certificateNumber);
  });
});
