import PgBoss from "pg-boss";
import { runBadgeLapse } from "~/modules/badges/lapse.server";
import { CERTIFICATE_EXPIRY, runCertificateExpiryNotices } from "~/modules/certificates/expiry.server";
import { createDb } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { PaymentProvider } from "~/modules/payments/provider";
import { refreshReports } from "~/modules/reports/refresh.server";
import { releaseExpiredReservations } from "./release-expired.server";

export const RELEASE_EXPIRED_RESERVATIONS = "release-expired-reservations";
export const BADGE_LAPSE = "badge-lapse";
export const REFRESH_REPORTS = "refresh-reports";

export type Jobs = { stop: () => Promise<void> };

/**
 * Background jobs on pg-boss, in the app's own PostgreSQL (schema "pgboss", created on first
 * start). Scheduled jobs run once per schedule across all app processes, not once per process:
 * releasing expired reservations every minute, the badge lapse job and the certificate expiry
 * reminders daily just after Tashkent's midnight, the M&E dashboard's figures every 10 minutes.
 */
export async function startJobs(databaseUrl: string, deps: { payments: PaymentProvider | null }): Promise<Jobs> {
  const db = createDb(databaseUrl);
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss" });
  // Message only: the error object carries the whole connection (and its config) into the log.
  let stopping = false;
  boss.on("error", (error) => {
    if (!stopping) console.error("jobs:", error.message);
  });
  await boss.start();
  // Processes starting together would create the same queues at once, which PostgreSQL can answer
  // with a deadlock: one process at a time, under a lock held by a transaction of this one's.
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('hunarmand.jobs.setup'))`;
      // Singleton queues: a slow run is never overlapped by the next one.
      await boss.createQueue(RELEASE_EXPIRED_RESERVATIONS, { name: RELEASE_EXPIRED_RESERVATIONS, policy: "singleton" });
      await boss.schedule(RELEASE_EXPIRED_RESERVATIONS, "* * * * *");
      await boss.createQueue(BADGE_LAPSE, { name: BADGE_LAPSE, policy: "singleton" });
      await boss.schedule(BADGE_LAPSE, "5 0 * * *", undefined, { tz: "Asia/Tashkent" });
      await boss.createQueue(CERTIFICATE_EXPIRY, { name: CERTIFICATE_EXPIRY, policy: "singleton" });
      await boss.schedule(CERTIFICATE_EXPIRY, "15 0 * * *", undefined, { tz: "Asia/Tashkent" });
      await boss.createQueue(REFRESH_REPORTS, { name: REFRESH_REPORTS, policy: "singleton" });
      await boss.schedule(REFRESH_REPORTS, "*/10 * * * *");
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  await boss.work(RELEASE_EXPIRED_RESERVATIONS, async () => {
    await releaseExpiredReservations(db, deps.payments);
  });
  await boss.work(BADGE_LAPSE, async () => {
    await runBadgeLapse(db, tashkentNow().today);
  });
  await boss.work(CERTIFICATE_EXPIRY, async () => {
    await runCertificateExpiryNotices(db, tashkentNow().today);
  });
  await boss.work(REFRESH_REPORTS, async () => {
    await refreshReports(db);
  });
  return {
    async stop() {
      stopping = true;
      await boss.stop({ graceful: true, wait: true });
      await db.$disconnect();
    },
  };
}
