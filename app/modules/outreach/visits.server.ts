import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import type { Outcome } from "~/utils/result";
import { inWorkerDistricts } from "./contacts.server";
import { dayOf, type RecordVisitInput } from "./schemas";

/**
 * A person of the worker's districts, their row locked for the transaction (so two plans at once
 * cannot both open a visit), with the visit still open if any; null for anyone else's.
 */
async function lockedContact(tx: Tx, workerId: string, contactId: string) {
  await tx.$executeRaw`SELECT 1 FROM "OutreachContact" WHERE "id" = ${contactId} FOR UPDATE`;
  const contact = await tx.outreachContact.findFirst({
    where: { id: contactId, ...inWorkerDistricts(workerId) },
    select: { visits: { where: { doneOn: null }, select: { id: true } } },
  });
  return contact ? { open: contact.visits[0] } : null;
}

/** Plans a home visit on a date; one visit is open at a time (the open one moves to the new date). */
export async function planVisit(
  db: Db,
  worker: { id: string },
  contactId: string,
  plannedOn: string,
): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    const contact = await lockedContact(tx, worker.id, contactId);
    if (!contact) return { ok: false as const, reason: "notFound" as const };
    const { open } = contact;
    const visit = open
      ? await tx.homeVisit.update({
          where: { id: open.id },
          data: { plannedOn: dayOf(plannedOn) },
          select: { id: true },
        })
      : await tx.homeVisit.create({
          data: { contactId, plannedOn: dayOf(plannedOn), plannedById: worker.id },
          select: { id: true },
        });
    await audit(tx, { actorId: worker.id, action: "visit.plan", entity: "HomeVisit", entityId: visit.id });
    return { ok: true as const };
  });
}

/**
 * Records the open visit as done: the date, who was present, what the person decided. The write
 * is conditional on the visit still being open, so two workers cannot both record it.
 */
export async function recordVisit(
  db: Db,
  worker: { id: string },
  contactId: string,
  input: RecordVisitInput,
  writtenIn: Locale,
): Promise<Outcome<"notFound" | "noOpenVisit">> {
  return db.$transaction(async (tx) => {
    const contact = await lockedContact(tx, worker.id, contactId);
    if (!contact) return { ok: false as const, reason: "notFound" as const };
    const { open } = contact;
    const done = open
      ? await tx.homeVisit.updateMany({
          where: { id: open.id, doneOn: null },
          data: {
            doneOn: dayOf(input.doneOn),
            present: input.present || null,
            outcome: input.outcome,
            declineReason: input.outcome === "DECLINED" ? (input.declineReason ?? null) : null,
            writtenIn,
            recordedById: worker.id,
          },
        })
      : { count: 0 };
    if (!open || done.count === 0) return { ok: false as const, reason: "noOpenVisit" as const };
    await audit(tx, {
      actorId: worker.id,
      action: "visit.record",
      entity: "HomeVisit",
      entityId: open.id,
      detail: { outcome: input.outcome },
    });
    return { ok: true as const };
  });
}
