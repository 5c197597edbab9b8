import { dayOf } from "~/modules/outreach/schemas";
import { audit } from "~/utils/audit.server";
import { isUniqueViolation, type Db } from "~/utils/db.server";
import { dayKey } from "~/utils/days";
import { localized } from "~/utils/i18n/localized";
import type { Locale } from "~/utils/i18n/locales";
import type { Outcome } from "~/utils/result";
import type { HolidayInput } from "./holiday-schema";

type Admin = { id: string };

/** One year's public holidays in order, and the years there is a list for (with this year and the next). */
export async function holidayYear(db: Db, year: number, thisYear: number, locale: Locale) {
  const rows = await db.publicHoliday.findMany({ orderBy: { day: "asc" } });
  const years = new Set([thisYear, thisYear + 1, ...rows.map((row) => row.day.getUTCFullYear())]);
  return {
    years: [...years].sort((a, b) => a - b),
    holidays: rows
      .filter((row) => row.day.getUTCFullYear() === year)
      .map((row) => ({ id: row.id, day: dayKey(row.day), name: localized(row, "name", locale) })),
  };
}

/** Adds a day working-day deadlines skip; one holiday a day. */
export async function addHoliday(db: Db, admin: Admin, input: HolidayInput): Promise<Outcome<"dayTaken">> {
  try {
    await db.$transaction(async (tx) => {
      const { day, ...names } = input;
      const row = await tx.publicHoliday.create({ data: { day: dayOf(day), ...names } });
      await audit(tx, {
        actorId: admin.id,
        action: "holiday.add",
        entity: "PublicHoliday",
        entityId: row.id,
        detail: { day },
      });
    });
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "dayTaken" };
    throw error;
  }
}

/**
 * Removes a holiday. Deadlines already set (claims store their due dates) keep the day they were
 * given; only deadlines counted from now on see the change.
 */
export async function removeHoliday(db: Db, admin: Admin, id: string): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    const row = await tx.publicHoliday.findUnique({ where: { id }, select: { day: true } });
    // Conditional, so of two admins removing it at once one is told it is gone.
    const { count } = row ? await tx.publicHoliday.deleteMany({ where: { id } }) : { count: 0 };
    if (!row || count === 0) return { ok: false, reason: "notFound" } as const;
    await audit(tx, {
      actorId: admin.id,
      action: "holiday.remove",
      entity: "PublicHoliday",
      entityId: id,
      detail: { day: dayKey(row.day) },
    });
    return { ok: true } as const;
  });
}
