import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/setup/test-db";
import { createDb } from "./db.server";
import { countAttempt, deleteEndedWindows, forgiveAttempt, type Limit } from "./rate-limit.server";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test.drop());

const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 5, 10) + minutes * MINUTE);
const limit = (key: string, max: number, windowMs = 15 * MINUTE): Limit => ({ key, max, windowMs });
const attempts = async (limits: Limit[], times: number, now = at(0)) => {
  const allowed: boolean[] = [];
  for (let i = 0; i < times; i++) allowed.push((await countAttempt(test.db, limits, now)).allowed);
  return allowed;
};

describe("countAttempt", () => {
  it("allows max attempts in a window, then refuses until the window ends", async () => {
    expect(await attempts([limit("a", 3)], 3)).toEqual([true, true, true]);
    const refused = await countAttempt(test.db, [limit("a", 3)], at(5));
    expect(refused).toMatchObject({ allowed: false, retryAfterMs: 10 * MINUTE });
    expect((await countAttempt(test.db, [limit("a", 3)], at(14.9))).allowed).toBe(false);
    // The window is fixed: it ends 15 minutes after the first attempt, however often it was hit.
    expect(await attempts([limit("a", 3)], 4, at(15))).toEqual([true, true, true, false]);
  });

  it("allows an attempt only if every key is within its max, and waits for the last blocking window", async () => {
    const both = [limit("narrow", 2), limit("wide", 4, 60 * MINUTE)];
    expect(await attempts(both, 3, at(0))).toEqual([true, true, false]);
    await attempts(both, 10, at(1)); // refused, so counting nothing: the wide key keeps its 2
    const other = [limit("other", 2), limit("wide", 4, 60 * MINUTE)];
    expect(await attempts(other, 2, at(2))).toEqual([true, true]);
    // Both keys full: allowed again only when the later window (the wide one's) has ended.
    expect(await countAttempt(test.db, other, at(2))).toMatchObject({ allowed: false, retryAfterMs: 58 * MINUTE });
    expect(await attempts([limit("third", 2), limit("wide", 4, 60 * MINUTE)], 1, at(30))).toEqual([false]);
    expect(await attempts([limit("third", 2), limit("wide", 4, 60 * MINUTE)], 1, at(60))).toEqual([true]);
  });

  it("forgets a success: the narrow key starts over, the wider keys get the hit back", async () => {
    const limits = [limit("ip+account", 3), limit("ip", 4)];
    await attempts(limits, 2);
    const success = await countAttempt(test.db, limits, at(1));
    await forgiveAttempt(test.db, success, ["ip+account"]);
    const rows = await test.db.rateLimitCounter.findMany({ where: { key: { in: ["ip+account", "ip"] } } });
    expect(rows.map(({ key, count }) => ({ key, count }))).toEqual([{ key: "ip", count: 2 }]);
    expect(await attempts(limits, 3, at(2))).toEqual([true, true, false]); // the ip's ceiling of 4
  });

  it("lets exactly max through when two app processes count 30 attempts at once", async () => {
    const processes = [createDb(test.url), createDb(test.url)];
    try {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => countAttempt(processes[i % 2]!, [limit("contested", 10)], at(0))),
      );
      expect(results.filter((result) => result.allowed)).toHaveLength(10);
      expect((await test.db.rateLimitCounter.findUniqueOrThrow({ where: { key: "contested" } })).count).toBe(10);
    } finally {
      await Promise.all(processes.map((db) => db.$disconnect()));
    }
  });

  it("rejects nonsensical limits", async () => {
    await expect(countAttempt(test.db, [limit("x", 0)])).rejects.toThrow(/max/);
    await expect(countAttempt(test.db, [limit("x", 1, 0)])).rejects.toThrow(/windowMs/);
  });
});

describe("deleteEndedWindows", () => {
  it("deletes only the rows whose window has ended", async () => {
    await test.db.rateLimitCounter.deleteMany();
    await countAttempt(test.db, [limit("old", 5, MINUTE)], at(0));
    await countAttempt(test.db, [limit("current", 5, 60 * MINUTE)], at(0));
    expect(await deleteEndedWindows(test.db, at(30))).toBe(1);
    expect((await test.db.rateLimitCounter.findMany()).map((row) => row.key)).toEqual(["current"]);
  });
});
