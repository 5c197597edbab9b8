import type { NoticeKind } from "~/modules/notifications/notify.server";
import { notify } from "~/modules/notifications/notify.server";
import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import { addDays } from "~/utils/days";

type Due = {
  id: string;
  artisanId: string;
  validUntil: Date | null;
  warned30At: Date | null;
  artisan: { displayName: string; userId: string; socialWorkerId: string | null };
};

/**
 * The daily badge job (ADR: badge lapse), for `today` as Tashkent's date (UTC midnight, like a
 * @db.Date): a granted badge whose certificate ends within 30 days, and again within 7, is told
 * to the artisan and their social worker (one notice when both are crossed at once); the day
 * after its last valid day it lapses. Every write is conditional on what it changes, so a second
 * run, or two at once, tells nobody twice.
 */
export async function runBadgeLapse(db: Db, today: Date, now = new Date()) {
  const week = addDays(today, 7);
  const due = await db.badge.findMany({
    where: {
      status: "GRANTED",
      validUntil: { not: null, lte: addDays(today, 30) },
      OR: [{ validUntil: { lt: today } }, { warned30At: null }, { warned7At: null, validUntil: { lte: week } }],
    },
    orderBy: [{ validUntil: "asc" }, { id: "asc" }],
    select: {
      id: true,
      artisanId: true,
      validUntil: true,
      warned30At: true,
      artisan: { select: { displayName: true, userId: true, socialWorkerId: true } },
    },
  });
  const done = { warned: 0, lapsed: 0 };
  for (const badge of due) {
    const ended = badge.validUntil! < today;
    const changed = await db.$transaction((tx) => (ended ? lapse(tx, badge, now) : warn(tx, badge, week, now)));
    if (changed) done[ended ? "lapsed" : "warned"] += 1;
  }
  return done;
}

async function warn(tx: Tx, badge: Due, week: Date, now: Date) {
  const withinWeek = badge.validUntil! <= week;
  const { count } = await tx.badge.updateMany({
    where: withinWeek
      ? { id: badge.id, status: "GRANTED", warned7At: null }
      : { id: badge.id, status: "GRANTED", warned30At: null },
    data: withinWeek ? { warned7At: now, warned30At: badge.warned30At ?? now } : { warned30At: now },
  });
  if (count === 0) return false;
  await tell(tx, badge, "badge.lapsingSoon");
  return true;
}

async function lapse(tx: Tx, badge: Due, now: Date) {
  const { count } = await tx.badge.updateMany({
    where: { id: badge.id, status: "GRANTED" },
    data: { status: "LAPSED", lapsedAt: now },
  });
  if (count === 0) return false;
  await audit(tx, {
    actorId: null,
    action: "badge.lapse",
    entity: "Badge",
    entityId: badge.id,
    detail: { artisanId: badge.artisanId },
  });
  await tell(tx, badge, "badge.lapsed");
  return true;
}

/** The artisan and the social worker who looks after them hear the same words. */
async function tell(tx: Tx, badge: Due, kind: NoticeKind) {
  const payload = { artisan: badge.artisan.displayName, validUntilDay: badge.validUntil!.toISOString().slice(0, 10) };
  const people = new Set([badge.artisan.userId, badge.artisan.socialWorkerId].filter((id): id is string => !!id));
  for (const userId of people) await notify(tx, { userId, kind, payload });
}
