import { badgeRecords } from "~/modules/badges/records.server";
import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { badgeHistory, badgeState } from "./badge-status";

/** "My badge": its state in words and its dated history. Only the badge's own facts; never the evidence. */
export async function myBadge(db: Db, artisanId: string, locale: Locale, now = new Date()) {
  const artisan = await db.artisanProfile.findUniqueOrThrow({
    where: { id: artisanId },
    select: {
      badges: { ...badgeRecords, take: 20 },
      consents: { where: { purpose: "PUBLIC_PROFILE_BADGE", revokedAt: null }, select: { id: true }, take: 1 },
    },
  });
  const rows = artisan.badges.map((row) => ({
    ...row,
    decisionReason: row.decisionReason ? uzbekText(row.decisionReason, locale) : null,
  }));
  return {
    state: badgeState(rows, artisan.consents.length > 0, tashkentNow(now).today),
    history: badgeHistory(rows),
  };
}
