import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStaff } from "~/modules/badges/test-badges";
import { makeRegion } from "~/modules/catalog/test-catalog";
import { addDays } from "~/utils/days";
import { som } from "~/utils/money";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { addBca, bcaHistory, removeBca } from "./bca-values.server";
import { bcaInForce } from "./bca.server";

let test: TestDatabase;
let admin: { id: string };
const day = (text: string) => new Date(`${text}T00:00:00Z`);

beforeAll(async () => {
  test = await createTestDatabase();
  admin = await makeStaff(test.db, (await makeRegion(test.db, "UZ-V1")).id, ["ADMIN"], "Admin");
  await test.db.baseCalculationAmount.createMany({
    data: [
      { amountMinor: 375_000_00n, effectiveFrom: day("2024-10-01") },
      { amountMinor: 412_000_00n, effectiveFrom: day("2025-08-01") },
    ],
  });
});
afterAll(async () => test?.drop());

describe("the base calculation amount in force", () => {
  it("is the latest value dated on or before the day: the old one the day before a change, the new one on and after it", async () => {
    expect(await bcaInForce(test.db, day("2025-07-31"))).toEqual(som(375_000));
    expect(await bcaInForce(test.db, day("2025-08-01"))).toEqual(som(412_000));
    expect(await bcaInForce(test.db, day("2025-08-02"))).toEqual(som(412_000));
    expect(await bcaInForce(test.db, day("2024-09-30"))).toBeNull();
  });

  it("does not use a value starting tomorrow today, and uses it tomorrow", async () => {
    const today = day("2026-06-10");
    expect(await addBca(test.db, admin, { amountSom: 430_000, effectiveFrom: "2026-06-11" }, today)).toEqual({
      ok: true,
    });
    expect(await bcaInForce(test.db, today)).toEqual(som(412_000));
    expect(await bcaInForce(test.db, addDays(today, 1))).toEqual(som(430_000));
    const history = await bcaHistory(test.db, today);
    expect(history.map((row) => [row.effectiveFrom, row.inForce, row.removable])).toEqual([
      ["2026-06-11", false, true],
      ["2025-08-01", true, false],
      ["2024-10-01", false, false],
    ]);
    const audit = await test.db.auditLog.findFirstOrThrow({ where: { action: "bca.add" } });
    expect(audit).toMatchObject({
      actorId: admin.id,
      detail: { effectiveFrom: "2026-06-11", amountMinor: 43_000_000 },
    });
  });
});

describe("adding and removing values", () => {
  const today = day("2026-07-01");

  it("refuses a second value on a taken date, and a start in the past", async () => {
    await addBca(test.db, admin, { amountSom: 450_000, effectiveFrom: "2026-09-01" }, today);
    expect(await addBca(test.db, admin, { amountSom: 460_000, effectiveFrom: "2026-09-01" }, today)).toEqual({
      ok: false,
      reason: "dateTaken",
    });
    expect(await addBca(test.db, admin, { amountSom: 460_000, effectiveFrom: "2026-06-30" }, today)).toEqual({
      ok: false,
      reason: "past",
    });
    expect(await bcaInForce(test.db, day("2026-09-01"))).toEqual(som(450_000));
  });

  it("removes only a value that has not started, and audits it", async () => {
    const rows = await test.db.baseCalculationAmount.findMany({ orderBy: { effectiveFrom: "asc" } });
    const started = rows.find((row) => row.effectiveFrom.getTime() === day("2025-08-01").getTime())!;
    const future = rows.find((row) => row.effectiveFrom.getTime() === day("2026-09-01").getTime())!;
    expect(await removeBca(test.db, admin, started.id, today)).toEqual({ ok: false, reason: "started" });
    // The day it starts it is in force already.
    expect(await removeBca(test.db, admin, future.id, day("2026-09-01"))).toEqual({ ok: false, reason: "started" });
    expect(await removeBca(test.db, admin, future.id, today)).toEqual({ ok: true });
    expect(await removeBca(test.db, admin, future.id, today)).toEqual({ ok: false, reason: "notFound" });
    expect(await test.db.baseCalculationAmount.count({ where: { id: started.id } })).toBe(1);
    const audit = await test.db.auditLog.findFirstOrThrow({ where: { action: "bca.remove" } });
    expect(audit).toMatchObject({ entityId: future.id, detail: { effectiveFrom: "2026-09-01" } });
  });
});
