import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "~/modules/catalog/test-catalog";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { answerHelp, askForHelp, helpQueue, helpRequest, markHelpDone } from "./help.server";
import { studioCertificates } from "./studio.server";
import { makeModerator, studioOf } from "./test-certificates";

let test: TestDatabase;
let artisan: { id: string; userId: string };
let stranger: { id: string; userId: string };
let ringId: string;
let moderator: { id: string; roles: string[] };
let awayModerator: { id: string; roles: string[] };
let admin: { id: string; roles: string[] };
const today = new Date("2026-12-06T00:00:00Z");

beforeAll(async () => {
  test = await createTestDatabase();
  const db = test.db;
  const home = await makeRegion(db, "UZ-H1");
  const away = await makeRegion(db, "UZ-H2");
  const category = await makeCategory(db, "kulolchilik", { uz: "Kulolchilik", ru: "Гончарство", en: "Pottery" });
  artisan = await makeArtisan(db, home.id, "Dilnoza Karimova");
  stranger = await makeArtisan(db, away.id, "Aziz Rahimov");
  ringId = (
    await makeListing(db, { artisanId: artisan.id, categoryId: category.id, titleUz: "Sopol lagan", priceSom: 150_000 })
  ).id;
  moderator = await makeModerator(db, home.id);
  awayModerator = await makeModerator(db, away.id);
  admin = await makeModerator(db, away.id, ["ADMIN"]);
});
afterAll(async () => test?.drop());

describe("asking the association which certificate a piece needs", () => {
  it("is asked for one's own listing only", async () => {
    expect(await askForHelp(test.db, studioOf(stranger), ringId, "?")).toEqual({ ok: false, reason: "notFound" });
    expect(await test.db.certificationHelpRequest.count()).toBe(0);
  });

  it("lands in the district's queue, is answered in words, read in the studio, then marked done", async () => {
    expect(await askForHelp(test.db, studioOf(artisan), ringId, "Lagan uchun qanday sertifikat kerak?")).toEqual({
      ok: true,
    });
    const [asked] = await helpQueue(test.db, moderator, "en");
    expect(asked).toMatchObject({
      status: "OPEN",
      listing: { title: "Sopol lagan" },
      artisan: "Dilnoza Karimova",
      district: "District",
    });
    expect(await helpQueue(test.db, awayModerator, "en")).toEqual([]);
    expect(await helpRequest(test.db, awayModerator, asked!.id, "en")).toBeNull();
    expect(await answerHelp(test.db, awayModerator, asked!.id, "x")).toEqual({ ok: false, reason: "notFound" });
    expect((await helpQueue(test.db, admin, "en")).map((r) => r.id)).toEqual([asked!.id]);

    expect(await markHelpDone(test.db, moderator, asked!.id)).toEqual({ ok: false, reason: "notAnswered" });
    await expect(
      test.db.certificationHelpRequest.update({ where: { id: asked!.id }, data: { status: "DONE" } }),
    ).rejects.toThrow(/CertificationHelpRequest_answered/);

    const words = "Oziq-ovqat uchun gigiyena xulosasi kerak: tumandagi SES ga boring.";
    expect(await answerHelp(test.db, moderator, asked!.id, words)).toEqual({ ok: true });
    const notice = await test.db.notification.findFirst({
      where: { userId: artisan.userId, kind: "certificate.helpAnswered" },
    });
    expect(notice?.payload).toEqual({ titleUz: "Sopol lagan" });
    const studio = await studioCertificates(test.db, artisan.id, "uz", today);
    expect(studio.help).toEqual([
      {
        id: asked!.id,
        status: "ANSWERED",
        question: "Lagan uchun qanday sertifikat kerak?",
        answer: words,
        listing: "Sopol lagan",
      },
    ]);

    expect(await markHelpDone(test.db, admin, asked!.id)).toEqual({ ok: true });
    expect(await answerHelp(test.db, moderator, asked!.id, "more")).toEqual({ ok: false, reason: "alreadyDone" });
    expect((await helpRequest(test.db, moderator, asked!.id, "en"))?.status).toBe("DONE");
    const actions = await test.db.auditLog.findMany({ where: { entityId: asked!.id }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["certification.ask", "certification.answer", "certification.done"]);
  });

  it("puts open requests before answered and done ones", async () => {
    await askForHelp(test.db, studioOf(artisan), ringId, "Yana bir savol");
    expect((await helpQueue(test.db, moderator, "en")).map((r) => r.status)).toEqual(["OPEN", "DONE"]);
  });
});
