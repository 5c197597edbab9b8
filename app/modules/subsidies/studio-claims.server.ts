import type { Db } from "~/utils/db.server";
import { dayOrNull, tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized } from "~/utils/i18n/localized";
import { fromMinor } from "~/utils/money";
import { deadline } from "./deadline";

/**
 * The artisan's own claims, newest first, for the studio: the status in plain words with the one
 * date that matters at that step. No amount before the decision: nothing is promised.
 */
export async function myClaims(db: Db, artisanId: string, locale: Locale, now = new Date()) {
  const { today } = tashkentNow(now);
  const rows = await db.subsidyClaim.findMany({
    where: { artisanId },
    orderBy: { createdAt: "desc" },
    include: { programme: { select: { nameUz: true, nameRu: true, nameEn: true } } },
  });
  return rows.map((claim) => ({
    id: claim.id,
    status: claim.status,
    programme: localized(claim.programme, "name", locale),
    decisionDue: claim.status === "SUBMITTED" ? deadline(claim.decisionDueOn, today) : null,
    amount: claim.amountMinor === null ? null : fromMinor(claim.amountMinor),
    paymentDueOn: claim.status === "APPROVED" ? dayOrNull(claim.paymentDueOn) : null,
    paidOn: dayOrNull(claim.paidOn),
    reasonCode: claim.decisionReasonCode,
    reason: claim.decisionReason,
  }));
}
export type MyClaim = Awaited<ReturnType<typeof myClaims>>[number];
