import type { Prisma, SellerCategory } from "~/generated/prisma/client";
import { badgeSelect, publicBadge } from "~/modules/verification/public-badge";
import { percentOf, type Money } from "~/utils/money";

export type CommissionTerms = { commissionRuleId: string | null; basisPoints: number };

/**
 * The commission each artisan's sub-order is charged, fixed at checkout: the newest rule in force
 * for the artisan's seller category. With no rule configured the sale carries no commission.
 */
export async function commissionTerms(tx: Prisma.TransactionClient, artisanIds: string[], now: Date) {
  const artisans = await tx.artisanProfile.findMany({
    where: { id: { in: artisanIds } },
    select: { id: true, ...badgeSelect },
  });
  const rules = new Map<SellerCategory, CommissionTerms>();
  for (const category of ["VERIFIED_PWD", "UNVERIFIED"] as const) {
    const rule = await ruleInForce(tx, category, now);
    rules.set(category, { commissionRuleId: rule?.id ?? null, basisPoints: rule?.basisPoints ?? 0 });
  }
  return new Map(artisans.map((a) => [a.id, rules.get(sellerCategory(a, now))!]));
}

/** The newest rule of a seller category started by `at` (a rule starts at its effectiveFrom moment). */
export function ruleInForce(tx: Pick<Prisma.TransactionClient, "commissionRule">, category: SellerCategory, at: Date) {
  return tx.commissionRule.findFirst({
    where: { sellerCategory: category, effectiveFrom: { lte: at } },
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }],
  });
}

/** The commission a sub-order is charged on its items' total: the one formula, for orders and previews. */
export const commissionOn = (itemsTotal: Money, basisPoints: number): Money => percentOf(itemsTotal, basisPoints);

/**
 * VERIFIED_PWD exactly when the artisan shows the public badge. The badge rule also asks that a
 * listing be attested handmade; that is per listing, and the category is per artisan, so it is
 * taken as given here.
 */
function sellerCategory(
  artisan: { badges: { validUntil: Date | null; decidedAt: Date | null }[]; consents: unknown[] },
  now: Date,
): SellerCategory {
  const badge = publicBadge(
    { grantedBadges: artisan.badges, publicConsents: artisan.consents, handmadeAttestedAt: now },
    now,
  );
  return badge ? "VERIFIED_PWD" : "UNVERIFIED";
}
