import { notify } from "~/modules/notifications/notify.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { addDays, dayKey } from "~/utils/days";
import { EXPIRY_WARNING_DAYS } from "./certificate-facts";

export const CERTIFICATE_EXPIRY = "certificate-expiry";

/**
 * The daily reminder, for `today` as Tashkent's date (UTC midnight, like a @db.Date): each verified
 * certificate that ends within 30 days (and has not ended) is told to the artisan once. The write
 * is conditional on expiryNoticeAt still being empty, so a second run, or two at once, tells
 * nobody twice.
 */
export async function runCertificateExpiryNotices(db: Db, today: Date, now = new Date()) {
  const due = await db.productCertificate.findMany({
    where: {
      status: "VERIFIED",
      expiryNoticeAt: null,
      expiresOn: { gte: today, lte: addDays(today, EXPIRY_WARNING_DAYS) },
    },
    orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, expiresOn: true, artisan: { select: { userId: true } } },
  });
  let told = 0;
  for (const certificate of due) {
    const changed = await db.$transaction(async (tx) => {
      const { count } = await tx.productCertificate.updateMany({
        where: { id: certificate.id, expiryNoticeAt: null },
        data: { expiryNoticeAt: now },
      });
      if (count === 0) return false;
      await notify(tx, {
        userId: certificate.artisan.userId,
        kind: "certificate.expiringSoon",
        payload: { certificateKindCode: certificate.kind, validUntilDay: dayKey(certificate.expiresOn!) },
        alsoText: true,
      });
      await audit(tx, {
        actorId: null,
        action: "certificate.expiryNotice",
        entity: "ProductCertificate",
        entityId: certificate.id,
      });
      return true;
    });
    if (changed) told += 1;
  }
  return { told };
}
