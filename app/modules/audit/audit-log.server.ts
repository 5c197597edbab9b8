import type { Prisma } from "~/generated/prisma/client";
import { TASHKENT_OFFSET_MS } from "~/utils/format";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { addDays } from "~/utils/days";
import { uzbekText } from "~/utils/i18n/localized";
import type { Locale } from "~/utils/i18n/locales";
import { isActionGroup, usedFilters, type AuditFilters } from "./audit-filters";
import { detailLines } from "./detail-lines";

export const PAGE_SIZE = 50;
/** The viewer's own reads: shown only when asked for, or every page view would bring more of them. */
export const READ_ACTION = "audit.read";

/** A Tashkent day's first moment, as the `at` column holds moments (UTC). */
const tashkentDayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - TASHKENT_OFFSET_MS);

function whereOf(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const { action } = filters;
  const asked = action && (isActionGroup(action) ? READ_ACTION.startsWith(action) : action === READ_ACTION);
  const at: Prisma.DateTimeFilter = {};
  if (filters.from) at.gte = tashkentDayStart(filters.from);
  if (filters.to) at.lt = addDays(tashkentDayStart(filters.to), 1);
  return {
    ...(filters.actor && { actorId: filters.actor }),
    ...(action && { action: isActionGroup(action) ? { startsWith: action } : action }),
    ...(!asked && { NOT: { action: READ_ACTION } }),
    ...(filters.entity && { entity: filters.entity }),
    ...(filters.entityId && { entityId: filters.entityId }),
    ...((filters.from || filters.to) && { at }),
    ...(filters.before && { id: { lt: BigInt(filters.before) } }),
  };
}

/**
 * Every action written so far, each once: a skip scan over the (action, at) index — one index probe
 * per distinct action — instead of reading the whole table for DISTINCT.
 */
export async function knownActions(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ action: string }[]>`
    WITH RECURSIVE seen AS (
      (SELECT "action" FROM "AuditLog" ORDER BY "action" LIMIT 1)
      UNION ALL
      SELECT (SELECT a."action" FROM "AuditLog" a WHERE a."action" > seen."action" ORDER BY a."action" LIMIT 1)
      FROM seen WHERE seen."action" IS NOT NULL
    )
    SELECT "action" FROM seen WHERE "action" IS NOT NULL`;
  return rows.map((row) => row.action);
}

/** "claim." for claim.submit and claim.decide: the groups the action select offers. */
export const actionGroups = (actions: string[]) =>
  [...new Set(actions.filter((a) => a.includes(".")).map((a) => `${a.split(".")[0]}.`))].sort();

/**
 * One page of the log, newest first (keyset on id, PAGE_SIZE rows, no count of the table), with
 * the names of the people in it; then the read itself is written to the log, with the filters used.
 */
export async function auditPage(db: Db, reader: { id: string }, filters: AuditFilters, locale: Locale) {
  const found = await db.auditLog.findMany({
    where: whereOf(filters),
    orderBy: { id: "desc" },
    take: PAGE_SIZE + 1,
  });
  const rows = found.slice(0, PAGE_SIZE);
  const ids = new Set([filters.actor, ...rows.flatMap((row) => [row.actorId, row.onBehalfOf])]);
  const people = await db.user.findMany({
    where: { id: { in: [...ids].filter((id): id is string => Boolean(id)) } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string | null) => {
    const person = id ? people.find((p) => p.id === id) : null;
    return person ? uzbekText(person.name, locale) : null;
  };
  await audit(db, {
    actorId: reader.id,
    action: READ_ACTION,
    entity: "AuditLog",
    detail: { filters: usedFilters(filters), shown: rows.length },
  });
  return {
    actorName: filters.actor ? (nameOf(filters.actor) ?? filters.actor) : null,
    rows: rows.map((row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      actor: row.actorId ? (nameOf(row.actorId) ?? row.actorId) : null,
      onBehalfOf: row.onBehalfOf ? (nameOf(row.onBehalfOf) ?? row.onBehalfOf) : null,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      detail: detailLines(row.detail),
    })),
    older: found.length > PAGE_SIZE ? String(rows[rows.length - 1]!.id) : null,
  };
}
