import type { Role } from "~/generated/prisma/enums";
import { SEALED_READ_ACTIONS } from "~/modules/verification/evidence-rules";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";

export const DATA_READS_LIMIT = 200;

/** Why someone opened the data (audit detail.purpose), with the words at studioAccount.dataReads.purpose.<word>. */
const PURPOSES = [
  "manifest",
  "courier",
  "badgeDecision",
  "caseload",
  "subsidyClaim",
  "payout",
  "checklist",
  "case",
] as const;
type Purpose = (typeof PURPOSES)[number] | "other";

/** The role a reader has for that purpose, when they have it (a dispatcher is a moderator). */
const PURPOSE_ROLE: Partial<Record<Purpose, Role>> = {
  manifest: "MODERATOR",
  courier: "COURIER",
  badgeDecision: "MODERATOR",
  caseload: "SOCIAL_WORKER",
  subsidyClaim: "SOCIAL_WORKER",
  checklist: "SOCIAL_WORKER",
  case: "SOCIAL_WORKER",
};
const ROLE_ORDER: Role[] = ["COURIER", "MODERATOR", "SOCIAL_WORKER", "ADMIN", "HELPER", "ARTISAN", "BUYER"];

/** Which data a sealed field is, in words at studioAccount.dataReads.data.<kind>. */
export type DataKind = "evidence" | "address" | "phone" | "card" | "case";
const FIELD_KIND: Record<string, DataKind> = {
  groupEnc: "evidence",
  certificateNumberEnc: "evidence",
  addressEnc: "address",
  accessNotesEnc: "address",
  pickupPhoneEnc: "phone",
  secretEnc: "card",
  cardNumberEnc: "card",
};
const ACTION_KIND: Record<string, DataKind> = {
  "evidence.read": "evidence",
  "artisan.address.read": "address",
  "artisan.card.read": "card",
  "case.read": "case",
};

export type DataRead = { id: string; at: string; who: string; role: Role | null; purpose: Purpose; data: DataKind[] };

/**
 * "Who looked at my data": every audited read of this artisan's sealed data, newest first (at most
 * 200), with the reader's name and role and why, and which data in words; the artisan's own
 * readings of their case are not listed. The audit rows hold ids and field names only; names are
 * looked up now.
 */
export async function dataReads(db: Db, artisanId: string, locale: Locale): Promise<DataRead[]> {
  const own = await db.artisanProfile.findUnique({ where: { id: artisanId }, select: { userId: true } });
  const rows = await db.auditLog.findMany({
    where: {
      entity: "ArtisanProfile",
      entityId: artisanId,
      action: { in: [...SEALED_READ_ACTIONS] },
      OR: [{ actorId: null }, { actorId: { not: own?.userId ?? "" } }, { onBehalfOf: { not: null } }],
    },
    orderBy: { id: "desc" },
    take: DATA_READS_LIMIT,
    select: { id: true, at: true, actorId: true, action: true, detail: true },
  });
  const actors = await db.user.findMany({
    where: { id: { in: [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))] } },
    select: { id: true, name: true, roles: true },
  });
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  return rows.map((row) => {
    const detail = (row.detail ?? {}) as { purpose?: unknown; fields?: unknown };
    const purpose = PURPOSES.find((p) => p === detail.purpose) ?? "other";
    const fields = Array.isArray(detail.fields) ? detail.fields.filter((f): f is string => typeof f === "string") : [];
    const kinds = new Set(fields.flatMap((field) => (FIELD_KIND[field] ? [FIELD_KIND[field]] : [])));
    if (kinds.size === 0 && ACTION_KIND[row.action]) kinds.add(ACTION_KIND[row.action]!);
    const actor = row.actorId ? actorById.get(row.actorId) : undefined;
    const wanted = PURPOSE_ROLE[purpose];
    const role = wanted && actor?.roles.includes(wanted) ? wanted : ROLE_ORDER.find((r) => actor?.roles.includes(r));
    return {
      id: String(row.id),
      at: row.at.toISOString(),
      who: actor ? uzbekText(actor.name, locale) : "",
      role: role ?? null,
      purpose,
      data: [...kinds],
    };
  });
}
