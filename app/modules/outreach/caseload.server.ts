import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText, writtenText } from "~/utils/i18n/localized";
import { searchKey } from "~/utils/i18n/transliterate";
import { phoneQueryDigits } from "~/utils/phone";
import { inWorkerDistricts } from "./contacts.server";
import { openVisit, outreachStage, type OutreachStage } from "./stage";

export type CaseloadFilters = { districtId?: string; mahallaId?: string; stage?: OutreachStage; q?: string };

const visitFacts = { select: { id: true, plannedOn: true, doneOn: true, outcome: true } } as const;

/** A name query (either script, apostrophes ignored) or a phone query (its digits). */
function matching(q: string | undefined): Prisma.OutreachContactWhereInput {
  const text = q?.trim();
  if (!text) return {};
  const digits = phoneQueryDigits(text);
  return digits ? { phone: { contains: digits } } : { nameKey: { contains: searchKey(text) } };
}

/**
 * The outreach list of the districts a worker serves, planned visits first (soonest first), then
 * the rest newest first; each person with their stage in words and the visit that is due.
 */
export async function outreachList(db: Db, workerId: string, filters: CaseloadFilters, locale: Locale) {
  const rows = await db.outreachContact.findMany({
    where: {
      AND: [
        inWorkerDistricts(workerId),
        filters.districtId ? { districtId: filters.districtId } : {},
        filters.mahallaId ? { mahallaId: filters.mahallaId } : {},
        matching(filters.q),
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      name: true,
      phone: true,
      artisanId: true,
      district: { select: { nameUz: true, nameRu: true, nameEn: true } },
      mahalla: { select: { name: true } },
      visits: visitFacts,
    },
  });
  const people = rows.map((row) => ({
    id: row.id,
    name: uzbekText(row.name, locale),
    phone: row.phone,
    place: [localized(row.district, "name", locale), row.mahalla ? uzbekText(row.mahalla.name, locale) : null]
      .filter(Boolean)
      .join(", "),
    stage: outreachStage(row),
    visitOn: openVisit(row.visits)?.plannedOn.toISOString().slice(0, 10) ?? null,
  }));
  const shown = filters.stage ? people.filter((p) => p.stage === filters.stage) : people;
  // Due visits lead, soonest first; ISO dates sort as text.
  return shown.sort((a, b) => (a.visitOn ?? "~").localeCompare(b.visitOn ?? "~"));
}

/** One person of the worker's districts with every visit, or null (another district's: not found). */
export async function outreachContact(db: Db, workerId: string, id: string, locale: Locale) {
  const row = await db.outreachContact.findFirst({
    where: { id, ...inWorkerDistricts(workerId) },
    select: {
      id: true,
      name: true,
      phone: true,
      source: true,
      sourceNote: true,
      writtenIn: true,
      workRecommended: true,
      artisanId: true,
      districtId: true,
      mahallaId: true,
      createdAt: true,
      district: { select: { nameUz: true, nameRu: true, nameEn: true } },
      mahalla: { select: { name: true } },
      visits: {
        orderBy: { plannedOn: "asc" },
        select: { ...visitFacts.select, present: true, declineReason: true, writtenIn: true },
      },
    },
  });
  if (!row) return null;
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
  return {
    id: row.id,
    name: uzbekText(row.name, locale),
    phone: row.phone,
    artisanId: row.artisanId,
    districtId: row.districtId,
    mahallaId: row.mahallaId,
    source: row.source,
    sourceNote: row.sourceNote ? writtenText(row.sourceNote, row.writtenIn, locale) : null,
    workRecommended: row.workRecommended,
    district: localized(row.district, "name", locale),
    mahalla: row.mahalla ? uzbekText(row.mahalla.name, locale) : null,
    stage: outreachStage(row),
    openVisitId: openVisit(row.visits)?.id ?? null,
    visits: row.visits.map((v) => ({
      id: v.id,
      plannedOn: day(v.plannedOn)!,
      doneOn: day(v.doneOn),
      outcome: v.outcome,
      // Notes read in the reader's script when Uzbek; other text as written, with its language.
      present: v.present ? writtenText(v.present, v.writtenIn, locale) : null,
      declineReason: v.declineReason ? writtenText(v.declineReason, v.writtenIn, locale) : null,
    })),
  };
}
