import type { StudioActor } from "~/modules/assisted/studio-actor.server";
import type { Prisma } from "~/generated/prisma/client";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { caseScope } from "./access.server";
import { caseSelect, sealedFieldsOf, shownCase, type CasePart } from "./case-parts.server";
import { withoutRecentSale } from "./no-sale.server";

/**
 * Every opening of a case's sealed texts is one audit row, on the artisan (so it shows in their
 * "who looked at my data"), naming the case, the page and the sealed columns read — never a text.
 */
export const CASE_READ_ACTION = "case.read";

async function readCase(
  db: Db,
  where: Prisma.CaseWhereInput,
  parts: readonly CasePart[],
  locale: Locale,
  reader: { actorId: string; onBehalfOf?: string | null; view: string },
) {
  const row = await db.case.findFirst({ where, orderBy: { openedAt: "desc" }, select: caseSelect(parts) });
  if (!row) return null;
  const { today } = tashkentNow();
  const fields = sealedFieldsOf(row, parts);
  if (fields.length > 0) {
    await audit(db, {
      actorId: reader.actorId,
      onBehalfOf: reader.onBehalfOf ?? null,
      action: CASE_READ_ACTION,
      entity: "ArtisanProfile",
      entityId: row.artisanId,
      detail: { purpose: "case", caseId: row.id, view: reader.view, fields },
    });
  }
  const noSale = (await withoutRecentSale(db, [row.artisanId], today)).has(row.artisanId);
  return { ...shownCase(row, parts, locale, today), noSale, artisanUserId: row.artisan.user.id };
}

/** A case as its case worker or the district's branch head reads it; null for anyone else (404). */
export async function caseForWorker(
  db: Db,
  workerId: string,
  caseId: string,
  locale: Locale,
  view: { name: string; parts: readonly CasePart[] },
) {
  const scope = await caseScope(db, workerId);
  if (!scope) return null;
  return readCase(db, { id: caseId, ...scope }, view.parts, locale, { actorId: workerId, view: view.name });
}

/** The artisan's own latest case (open, or else the last closed), in their studio: plan, referrals, reviews, notes. */
export function ownCase(db: Db, actor: StudioActor, locale: Locale) {
  return readCase(db, { artisanId: actor.artisanId }, ["plans", "referrals", "reviews", "notes", "closure"], locale, {
    actorId: actor.actorId,
    onBehalfOf: actor.onBehalfOf,
    view: "studio",
  });
}

export type CaseView = NonNullable<Awaited<ReturnType<typeof caseForWorker>>>;
