import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStaff } from "~/modules/badges/test-badges";
import { makeRegion } from "~/modules/catalog/test-catalog";
import { buildRules } from "../../../prisma/seed/generate/config";
import { createRandom } from "../../../prisma/seed/random";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { addHoliday, holidayYear, removeHoliday } from "./holiday-list.server";
import { workingDaysAfter } from "./holidays.server";

let test: TestDatabase;
let admin: { id: string };
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const key = (date: Date) => date.toISOString().slice(0, 10);

beforeAll(async () => {
  test = await createTestDatabase();
  admin = await makeStaff(test.db, (await makeRegion(test.db, "UZ-H1")).id, ["ADMIN"], "Admin");
  // The demo seed's holidays, as a fresh install has them.
  const { publicHolidays } = buildRules(createRandom("holidays-test"), admin.id);
  await test.db.publicHoliday.createMany({ data: publicHolidays });
});
afterAll(async () => test?.drop());

describe("working-day deadlines", () => {
  it("skip the weekend and the seeded holidays", async () => {
    // Thursday 19 March 2026: Friday is Ramazon hayiti, Saturday Navroʻz, then Sunday.
    expect(key(await workingDaysAfter(test.db, day("2026-03-19"), 3))).toBe("2026-03-25");
    // A plain week: Friday → Wednesday over the weekend alone.
    expect(key(await workingDaysAfter(test.db, day("2026-04-10"), 3))).toBe("2026-04-15");
    // Independence Day (Tuesday 1 September 2026) moves the deadline one day on.
    expect(key(await workingDaysAfter(test.db, day("2026-08-28"), 3))).toBe("2026-09-03");
  });

  it("see a holiday the admin adds, and no longer one the admin removes", async () => {
    const from = day("2026-06-11"); // Thursday
    expect(key(await workingDaysAfter(test.db, from, 1))).toBe("2026-06-12");
    expect(
      await addHoliday(test.db, admin, { day: "2026-06-12", nameUz: "Dam", nameRu: "Выходной", nameEn: "Day off" }),
    ).toEqual({ ok: true });
    expect(key(await workingDaysAfter(test.db, from, 1))).toBe("2026-06-15");
    const { holidays } = await holidayYear(test.db, 2026, 2026, "en");
    const added = holidays.find((h) => h.day === "2026-06-12")!;
    expect(added.name).toBe("Day off");
    expect(await removeHoliday(test.db, admin, added.id)).toEqual({ ok: true });
    expect(key(await workingDaysAfter(test.db, from, 1))).toBe("2026-06-12");
    expect(await removeHoliday(test.db, admin, added.id)).toEqual({ ok: false, reason: "notFound" });
    const actions = await test.db.auditLog.findMany({ where: { entityId: added.id }, orderBy: { id: "asc" } });
    expect(actions.map((a) => [a.action, a.detail])).toEqual([
      ["holiday.add", { day: "2026-06-12" }],
      ["holiday.remove", { day: "2026-06-12" }],
    ]);
  });
});

describe("the holiday list", () => {
  it("refuses a second holiday on the same day", async () => {
    expect(
      await addHoliday(test.db, admin, { day: "2026-09-01", nameUz: "Takror", nameRu: "Повтор", nameEn: "Again" }),
    ).toEqual({ ok: false, reason: "dayTaken" });
  });

  it("lists a year in date order, in the reader's language (Uzbek Cyrillic from the Latin), with the years there are", async () => {
    const { years, holidays } = await holidayYear(test.db, 2027, 2026, "uz-Cyrl");
    expect(years).toEqual([2026, 2027]);
    expect(holidays.map((h) => h.day)).toEqual([
      "2027-01-01",
      "2027-03-08",
      "2027-03-10",
      "2027-03-21",
      "2027-05-09",
      "2027-05-17",
      "2027-09-01",
      "2027-10-01",
      "2027-12-08",
    ]);
    expect(holidays.find((h) => h.day === "2027-03-21")?.name).toBe("Наврўз байрами");
  });
});
