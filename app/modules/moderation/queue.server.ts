import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { inModeratorDistricts } from "./scope.server";

const DAY_MS = 86_400_000;

const entrySelect = {
  id: true,
  status: true,
  submittedAt: true,
  titleUz: true,
  titleRu: true,
  titleEn: true,
  artisan: { select: { displayName: true, district: { select: { nameUz: true, nameRu: true, nameEn: true } } } },
  _count: { select: { reports: { where: { resolvedAt: null } } } },
} as const;

type EntryRow = {
  id: string;
  status: string;
  submittedAt: Date | null;
  titleUz: string;
  titleRu: string | null;
  titleEn: string | null;
  artisan: { displayName: string; district: { nameUz: string; nameRu: string; nameEn: string } };
  _count: { reports: number };
};

function toEntry(row: EntryRow, locale: Locale, now: Date) {
  return {
    id: row.id,
    status: row.status,
    title: localized(row, "title", locale),
    artisan: uzbekText(row.artisan.displayName, locale),
    district: localized(row.artisan.district, "name", locale),
    // Whole days waiting: what a moderator weighs when choosing what to look at first.
    waitingDays: row.submittedAt ? Math.floor((now.getTime() - row.submittedAt.getTime()) / DAY_MS) : 0,
    openReports: row._count.reports,
  };
}

export type QueueEntry = ReturnType<typeof toEntry>;

/** The moderator's work: pending listings oldest first, then listings with open reports (oldest report first). */
export async function moderationQueue(db: Db, moderatorId: string, locale: Locale, now = new Date()) {
  const scope = inModeratorDistricts(moderatorId);
  const [pending, reported] = await Promise.all([
    db.listing.findMany({
      where: { ...scope, status: "PENDING" },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: entrySelect,
    }),
    db.listing.findMany({
      where: { ...scope, reports: { some: { resolvedAt: null } } },
      orderBy: { id: "asc" },
      select: {
        ...entrySelect,
        reports: { where: { resolvedAt: null }, select: { createdAt: true }, orderBy: { createdAt: "asc" }, take: 1 },
      },
    }),
  ]);
  const firstReport = (row: (typeof reported)[number]) => row.reports[0]?.createdAt.getTime() ?? 0;
  return {
    pending: pending.map((row) => toEntry(row, locale, now)),
    reported: reported.sort((a, b) => firstReport(a) - firstReport(b)).map((row) => toEntry(row, locale, now)),
  };
}
