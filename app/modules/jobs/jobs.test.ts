import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { CERTIFICATE_EXPIRY } from "~/modules/certificates/expiry.server";
import { BADGE_LAPSE, REFRESH_REPORTS, RELEASE_EXPIRED_RESERVATIONS, startJobs } from "./jobs.server";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test.drop());

it("starts pg-boss in its own schema with the every-minute release, the daily badge lapse and certificate reminders, and stops", async () => {
  const jobs = await startJobs(test.url, { payments: null });
  const client = new pg.Client({ connectionString: test.url });
  await client.connect();
  try {
    const { rows } = await client.query("select name, cron, timezone from pgboss.schedule order by name");
    expect(rows).toEqual([
      { name: BADGE_LAPSE, cron: "5 0 * * *", timezone: "Asia/Tashkent" },
      { name: CERTIFICATE_EXPIRY, cron: "15 0 * * *", timezone: "Asia/Tashkent" },
      { name: REFRESH_REPORTS, cron: "*/10 * * * *", timezone: "UTC" },
      { name: RELEASE_EXPIRED_RESERVATIONS, cron: "* * * * *", timezone: "UTC" },
    ]);
  } finally {
    await client.end();
    await jobs.stop();
  }
});

it("starts in several processes at once on a new database (queues are set up one process at a time)", async () => {
  const fresh = await createTestDatabase();
  try {
    const started = await Promise.allSettled(Array.from({ length: 4 }, () => startJobs(fresh.url, { payments: null })));
    const failed = started.flatMap((s) => (s.status === "rejected" ? [String(s.reason)] : []));
    await Promise.all(started.map((s) => (s.status === "fulfilled" ? s.value.stop() : null)));
    expect(failed).toEqual([]);
  } finally {
    await fresh.drop();
  }
});
