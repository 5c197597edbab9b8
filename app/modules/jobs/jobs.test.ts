import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { RELEASE_EXPIRED_RESERVATIONS, startJobs } from "./jobs.server";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test.drop());

it("starts pg-boss in its own schema with the every-minute release schedule, and stops", async () => {
  const jobs = await startJobs(test.url, { payments: null });
  const client = new pg.Client({ connectionString: test.url });
  await client.connect();
  try {
    const { rows } = await client.query("select name, cron from pgboss.schedule");
    expect(rows).toEqual([{ name: RELEASE_EXPIRED_RESERVATIONS, cron: "* * * * *" }]);
  } finally {
    await client.end();
    await jobs.stop();
  }
});
