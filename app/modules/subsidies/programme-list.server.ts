import type { Db } from "~/utils/db.server";
import { dayOrNull } from "~/utils/format";
import { localized } from "~/utils/i18n/localized";
import type { Locale } from "~/utils/i18n/locales";

/** Every programme, the newest first, with its name in the reader's language and how many claims it has. */
export async function listProgrammes(db: Db, locale: Locale) {
  const rows = await db.subsidyProgramme.findMany({
    orderBy: [{ startsOn: "desc" }, { code: "asc" }],
    include: { _count: { select: { claims: true, documents: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: localized(row, "name", locale),
    bcaMultiple: row.bcaMultiple.toFixed(2),
    startsOn: dayOrNull(row.startsOn)!,
    endsOn: dayOrNull(row.endsOn),
    decisionDays: row.decisionDays,
    paymentWorkingDays: row.paymentWorkingDays,
    claims: row._count.claims,
    documents: row._count.documents,
  }));
}

/** A programme as its form edits it (every language's text, the checklist in order), or null. */
export async function programmeForEdit(db: Db, id: string) {
  const row = await db.subsidyProgramme.findUnique({
    where: { id },
    include: {
      documents: { orderBy: { position: "asc" }, select: { id: true, nameUz: true, nameRu: true, nameEn: true } },
      _count: { select: { claims: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    code: row.code,
    nameUz: row.nameUz,
    nameRu: row.nameRu,
    nameEn: row.nameEn,
    bcaMultiple: row.bcaMultiple.toFixed(2),
    startsOn: dayOrNull(row.startsOn)!,
    endsOn: dayOrNull(row.endsOn),
    decisionDays: row.decisionDays,
    paymentWorkingDays: row.paymentWorkingDays,
    documents: row.documents,
    claims: row._count.claims,
  };
}
export type ProgrammeForEdit = NonNullable<Awaited<ReturnType<typeof programmeForEdit>>>;
