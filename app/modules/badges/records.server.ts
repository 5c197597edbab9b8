import type { Prisma } from "~/generated/prisma/client";
import { dayOrNull, isoOrNull } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";

/**
 * Every badge of an artisan, newest request first, with what each says of itself: its status,
 * dates and the moderator's reason, never the evidence. The one reading of an artisan's badges for
 * the moderator's page, the social worker's and the artisan's own ("My badge").
 */
export const badgeRecords = {
  orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
  select: {
    id: true,
    status: true,
    requestedAt: true,
    decidedAt: true,
    validUntil: true,
    reasonCode: true,
    decisionReason: true,
    lapsedAt: true,
    revokedAt: true,
  },
} satisfies Prisma.ArtisanProfile$badgesArgs;

type BadgeRecordRow = Prisma.BadgeGetPayload<{ select: typeof badgeRecords.select }>;

/** A badge as staff pages show it: instants as ISO strings, the end as a day, the moderator's words in the page's script. */
export function badgeRecord(row: BadgeRecordRow, locale: Locale) {
  return {
    ...row,
    requestedAt: row.requestedAt.toISOString(),
    decidedAt: isoOrNull(row.decidedAt),
    validUntil: dayOrNull(row.validUntil),
    lapsedAt: isoOrNull(row.lapsedAt),
    revokedAt: isoOrNull(row.revokedAt),
    decisionReason: row.decisionReason ? uzbekText(row.decisionReason, locale) : null,
  };
}

export type BadgeRecord = ReturnType<typeof badgeRecord>;
