import type { SellerCategory } from "~/generated/prisma/enums";
import { commissionOn, ruleInForce } from "~/modules/checkout/commission.server";
import { dayOf } from "~/modules/outreach/schemas";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { addDays, dayKey } from "~/utils/days";
import { TASHKENT_OFFSET_MS, tashkentNow } from "~/utils/format";
import { som, subtract } from "~/utils/money";
import type { Outcome } from "~/utils/result";
import { SELLER_CATEGORIES, type CommissionRuleInput } from "./commission-schemas";

type Admin = { id: string };

/** The moment a Tashkent calendar day ("2026-12-07") begins: 00:00 in Tashkent, 19:00 UTC the day before. */
export const tashkentDayStart = (day: string) => new Date(dayOf(day).getTime() - TASHKENT_OFFSET_MS);

/** The Tashkent day a rule starts on, from its effectiveFrom moment. */
const startDay = (effectiveFrom: Date) => dayKey(tashkentNow(effectiveFrom).today);

/**
 * Each seller category's rules, the newest start first: the one in force `now`, those not started
 * yet (only these may be removed: a started rule is named by the orders placed under it) and past ones.
 */
export async function commissionHistory(db: Db, now: Date) {
  const rows = await db.commissionRule.findMany({ orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }] });
  return SELLER_CATEGORIES.map((category) => {
    const own = rows.filter((row) => row.sellerCategory === category);
    const inForce = own.find((row) => row.effectiveFrom <= now);
    return {
      category,
      rules: own.map((row) => ({
        id: row.id,
        basisPoints: row.basisPoints,
        startsOn: startDay(row.effectiveFrom),
        note: row.note,
        state:
          row === inForce ? ("inForce" as const) : row.effectiveFrom > now ? ("future" as const) : ("past" as const),
      })),
    };
  });
}

/** A new rule from a Tashkent day, today or later: an earlier start would rewrite orders already placed. */
export async function addCommissionRule(
  db: Db,
  admin: Admin,
  input: CommissionRuleInput,
  now: Date,
): Promise<Outcome<"past">> {
  if (dayOf(input.startsOn) < tashkentNow(now).today) return { ok: false, reason: "past" };
  await db.$transaction(async (tx) => {
    const rule = await tx.commissionRule.create({
      data: {
        sellerCategory: input.sellerCategory,
        basisPoints: input.percent,
        effectiveFrom: tashkentDayStart(input.startsOn),
        note: input.note || null,
        createdById: admin.id,
      },
    });
    await audit(tx, {
      actorId: admin.id,
      action: "commission.add",
      entity: "CommissionRule",
      entityId: rule.id,
      detail: { sellerCategory: input.sellerCategory, basisPoints: input.percent, startsOn: input.startsOn },
    });
  });
  return { ok: true };
}

/** Removes a rule that has not started (a mistake); one in force or past stays, orders refer to it. */
export async function removeCommissionRule(
  db: Db,
  admin: Admin,
  id: string,
  now: Date,
): Promise<Outcome<"notFound" | "started">> {
  return db.$transaction(async (tx) => {
    const rule = await tx.commissionRule.findUnique({ where: { id } });
    if (!rule) return { ok: false, reason: "notFound" } as const;
    const { count } = await tx.commissionRule.deleteMany({
      where: { id, effectiveFrom: { gt: now }, subOrders: { none: {} } },
    });
    if (count === 0) return { ok: false, reason: "started" } as const;
    await audit(tx, {
      actorId: admin.id,
      action: "commission.remove",
      entity: "CommissionRule",
      entityId: id,
      detail: {
        sellerCategory: rule.sellerCategory,
        basisPoints: rule.basisPoints,
        startsOn: startDay(rule.effectiveFrom),
      },
    });
    return { ok: true } as const;
  });
}

export type PreviewRow = {
  category: SellerCategory;
  startsOn: string | null;
  basisPoints: number;
  chargedMinor: number;
  receivedMinor: number;
  state: "inForce" | "future";
};

/**
 * What a sub-order of `amountSom` would be charged and what the artisan would receive, per seller
 * category, under the rule in force today and under each future rule — with the arithmetic
 * checkout itself uses (commissionOn). No rule in force means no commission, as at checkout.
 */
export async function commissionPreview(db: Db, amountSom: number, now: Date): Promise<PreviewRow[]> {
  const amount = som(amountSom);
  const rows: PreviewRow[] = [];
  for (const category of SELLER_CATEGORIES) {
    const current = await ruleInForce(db, category, now);
    const future = await db.commissionRule.findMany({
      where: { sellerCategory: category, effectiveFrom: { gt: now } },
      orderBy: [{ effectiveFrom: "asc" }, { createdAt: "asc" }],
    });
    const terms = [
      {
        startsOn: current ? startDay(current.effectiveFrom) : null,
        basisPoints: current?.basisPoints ?? 0,
        state: "inForce" as const,
      },
      ...future.map((rule) => ({
        startsOn: startDay(rule.effectiveFrom),
        basisPoints: rule.basisPoints,
        state: "future" as const,
      })),
    ];
    for (const term of terms) {
      const charged = commissionOn(amount, term.basisPoints);
      rows.push({ category, ...term, chargedMinor: charged.minor, receivedMinor: subtract(amount, charged).minor });
    }
  }
  return rows;
}

/** Tomorrow in Tashkent, as the add form's suggested start. */
export const tomorrowKey = (now: Date) => dayKey(addDays(tashkentNow(now).today, 1));
