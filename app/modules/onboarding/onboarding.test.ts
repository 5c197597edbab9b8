import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArtisan, makeRegion } from "~/modules/catalog/test-catalog";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { districtArtisans } from "./district-artisans.server";
import { dueFor, onboardingStage, type ArtisanFacts } from "./stage";

const today = new Date("2026-12-06T00:00:00Z");
const facts = (overrides: Partial<ArtisanFacts> = {}): ArtisanFacts => ({
  consents: 2,
  evidence: { validUntil: new Date("2027-06-01") },
  latestBadge: null,
  ...overrides,
});

describe("an artisan's onboarding stage and what is due", () => {
  it("goes consents → evidence → badge to request → requested / sent back → verified → lapsed", () => {
    expect(onboardingStage(facts({ consents: 0 }), today)).toBe("consents");
    expect(onboardingStage(facts({ evidence: null }), today)).toBe("evidence");
    expect(onboardingStage(facts(), today)).toBe("badgeToRequest");
    expect(onboardingStage(facts({ latestBadge: { status: "PENDING", validUntil: null } }), today)).toBe(
      "badgeRequested",
    );
    expect(onboardingStage(facts({ latestBadge: { status: "REJECTED", validUntil: null } }), today)).toBe("sentBack");
    const granted = (until: string) => facts({ latestBadge: { status: "GRANTED", validUntil: new Date(until) } });
    expect(onboardingStage(granted("2027-06-01"), today)).toBe("verified");
    expect(onboardingStage(granted("2026-12-01"), today)).toBe("lapsed");
  });

  it("names evidence ending within 30 days, missing steps and a badge sent back", () => {
    expect(dueFor(facts(), today)).toEqual([]);
    expect(dueFor(facts({ evidence: { validUntil: new Date("2026-12-26") } }), today)).toEqual([
      { kind: "evidenceExpiring", on: "2026-12-26" },
    ]);
    expect(dueFor(facts({ evidence: { validUntil: new Date("2027-01-10") } }), today)).toEqual([]);
    expect(
      dueFor(facts({ consents: 0, evidence: null, latestBadge: { status: "REJECTED", validUntil: null } }), today).map(
        (d) => d.kind,
      ),
    ).toEqual(["consents", "evidence", "sentBack"]);
    expect(dueFor(facts({ checklistWaiting: 1 }), today)).toEqual([{ kind: "checklistWaiting" }]);
    expect(dueFor(facts({ evidence: { validUntil: null, counts: false } }), today)).toEqual([{ kind: "countersign" }]);
  });
});

let test: TestDatabase;
let workerId: string;
let otherWorkerId: string;
let homeArtisan: { id: string };
let awayArtisan: { id: string };

beforeAll(async () => {
  test = await createTestDatabase();
  const db = test.db;
  const home = await makeRegion(db, "UZ-A1");
  const away = await makeRegion(db, "UZ-A2");
  homeArtisan = await makeArtisan(db, home.id, "Zebo Qosimova");
  awayArtisan = await makeArtisan(db, away.id, "Lola Karimova");
  const staff = async (email: string, districtId: string) => {
    const user = await db.user.create({ data: { name: email, email, passwordHash: "x", roles: ["SOCIAL_WORKER"] } });
    await db.staffDistrict.create({ data: { userId: user.id, districtId } });
    return user.id;
  };
  workerId = await staff("swa@example.uz", home.id);
  otherWorkerId = await staff("swb@example.uz", away.id);
});
afterAll(async () => test?.drop());

describe("the artisans of a worker's districts", () => {
  it("lists only their districts' artisans, found by name in either script", async () => {
    const mine = await districtArtisans(test.db, workerId, {}, "uz-Cyrl");
    expect(mine.map((a) => a.id)).toEqual([homeArtisan.id]);
    expect(mine[0]).toMatchObject({ name: "Зебо Қосимова", stage: "consents" });
    expect((await districtArtisans(test.db, workerId, { q: "зебо" }, "uz")).map((a) => a.id)).toEqual([homeArtisan.id]);
    expect(await districtArtisans(test.db, workerId, { q: "Lola" }, "uz")).toEqual([]);
    expect((await districtArtisans(test.db, otherWorkerId, {}, "uz")).map((a) => a.id)).toEqual([awayArtisan.id]);
  });
});
