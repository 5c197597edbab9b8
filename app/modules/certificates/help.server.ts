import { auditNames, type StudioActor } from "~/modules/assisted/studio-actor.server";
import { notify, payloadTitles } from "~/modules/notifications/notify.server";
import type { Prisma } from "~/generated/prisma/client";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { isoOrNull } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import type { Outcome } from "~/utils/result";
import { inStaffDistricts } from "~/utils/staff-districts.server";

/** Whoever advises: a moderator for their districts' requests, an administrator for all. */
export type Adviser = { id: string; roles: readonly string[] };

function inScope(adviser: Adviser): Prisma.CertificationHelpRequestWhereInput {
  return adviser.roles.includes("ADMIN") ? {} : { artisan: inStaffDistricts(adviser.id) };
}

/** One of the artisan's own listings to ask about, or null (another artisan's: not found). */
export async function listingToAskAbout(db: Db, artisanId: string, listingId: string, locale: Locale) {
  const row = await db.listing.findFirst({
    where: { id: listingId, artisanId, status: { not: "ARCHIVED" } },
    select: {
      id: true,
      titleUz: true,
      titleRu: true,
      titleEn: true,
      category: { select: { nameUz: true, nameRu: true, nameEn: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    title: localized(row, "title", locale),
    craft: row.category ? localized(row.category, "name", locale) : null,
  };
}

/** "Which certificate does this piece need?", asked for one of the studio's listings. */
export async function askForHelp(
  db: Db,
  actor: StudioActor,
  listingId: string,
  question: string,
): Promise<Outcome<"notFound">> {
  const listing = await db.listing.findFirst({
    where: { id: listingId, artisanId: actor.artisanId },
    select: { id: true },
  });
  if (!listing) return { ok: false, reason: "notFound" };
  await db.$transaction(async (tx) => {
    const row = await tx.certificationHelpRequest.create({
      data: { listingId, artisanId: actor.artisanId, question, askedById: actor.actorId },
      select: { id: true },
    });
    await audit(tx, {
      ...auditNames(actor),
      action: "certification.ask",
      entity: "CertificationHelpRequest",
      entityId: row.id,
      detail: { listingId },
    });
  });
  return { ok: true };
}

const STATUS_ORDER = { OPEN: 0, ANSWERED: 1, DONE: 2 } as const;

/** The association's queue: open requests first, then answered, then done; oldest first within each. No personal data. */
export async function helpQueue(db: Db, adviser: Adviser, locale: Locale) {
  const rows = await db.certificationHelpRequest.findMany({
    where: inScope(adviser),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      status: true,
      createdAt: true,
      listing: { select: { slug: true, titleUz: true, titleRu: true, titleEn: true } },
      artisan: { select: { displayName: true, district: { select: { nameUz: true, nameRu: true, nameEn: true } } } },
    },
  });
  return rows
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
    .map((row) => ({
      id: row.id,
      status: row.status,
      askedAt: row.createdAt.toISOString(),
      listing: { slug: row.listing.slug, title: localized(row.listing, "title", locale) },
      artisan: uzbekText(row.artisan.displayName, locale),
      district: localized(row.artisan.district, "name", locale),
    }));
}

/** One request in the adviser's scope, or null (another district's: not found). */
export async function helpRequest(db: Db, adviser: Adviser, id: string, locale: Locale) {
  const row = await db.certificationHelpRequest.findFirst({
    where: { id, ...inScope(adviser) },
    select: {
      id: true,
      status: true,
      question: true,
      answer: true,
      createdAt: true,
      answeredAt: true,
      listing: { select: { slug: true, status: true, titleUz: true, titleRu: true, titleEn: true } },
      artisan: { select: { displayName: true, district: { select: { nameUz: true, nameRu: true, nameEn: true } } } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    question: uzbekText(row.question, locale),
    answer: row.answer,
    askedAt: row.createdAt.toISOString(),
    answeredAt: isoOrNull(row.answeredAt),
    listing: {
      slug: row.listing.slug,
      public: row.listing.status === "APPROVED",
      title: localized(row.listing, "title", locale),
    },
    artisan: uzbekText(row.artisan.displayName, locale),
    district: localized(row.artisan.district, "name", locale),
  };
}

export type HelpStep = Outcome<"notFound" | "alreadyDone">;

/** The answer in words (again, to correct it, until done); the artisan is told and reads it in the studio. */
export async function answerHelp(
  db: Db,
  adviser: Adviser,
  id: string,
  answer: string,
  now = new Date(),
): Promise<HelpStep> {
  return db.$transaction(async (tx) => {
    const row = await tx.certificationHelpRequest.findFirst({
      where: { id, ...inScope(adviser) },
      select: {
        status: true,
        listing: { select: { titleUz: true, titleRu: true, titleEn: true } },
        artisan: { select: { userId: true } },
      },
    });
    if (!row) return { ok: false, reason: "notFound" } as const;
    const { count } = await tx.certificationHelpRequest.updateMany({
      where: { id, status: { not: "DONE" } },
      data: { status: "ANSWERED", answer, answeredById: adviser.id, answeredAt: now },
    });
    if (count === 0) return { ok: false, reason: "alreadyDone" } as const;
    await audit(tx, {
      actorId: adviser.id,
      action: "certification.answer",
      entity: "CertificationHelpRequest",
      entityId: id,
    });
    await notify(tx, {
      userId: row.artisan.userId,
      kind: "certificate.helpAnswered",
      payload: payloadTitles(row.listing),
    });
    return { ok: true } as const;
  });
}

/** Marked done once answered (the database keeps an unanswered request from being done). */
export async function markHelpDone(
  db: Db,
  adviser: Adviser,
  id: string,
  now = new Date(),
): Promise<Outcome<"notFound" | "notAnswered">> {
  return db.$transaction(async (tx) => {
    const row = await tx.certificationHelpRequest.findFirst({
      where: { id, ...inScope(adviser) },
      select: { id: true },
    });
    if (!row) return { ok: false, reason: "notFound" } as const;
    const { count } = await tx.certificationHelpRequest.updateMany({
      where: { id, status: "ANSWERED" },
      data: { status: "DONE", doneAt: now },
    });
    if (count === 0) return { ok: false, reason: "notAnswered" } as const;
    await audit(tx, {
      actorId: adviser.id,
      action: "certification.done",
      entity: "CertificationHelpRequest",
      entityId: id,
    });
    return { ok: true } as const;
  });
}
