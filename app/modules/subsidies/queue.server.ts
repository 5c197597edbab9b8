import type { Prisma } from "~/generated/prisma/client";
import { workerPowers } from "~/modules/onboarding/levels.server";
import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { fromMinor } from "~/utils/money";
import { deadline } from "./deadline";
import { claimInStaffDistricts } from "./scope.server";
import { monthTotals } from "./totals.server";

const LIST_SIZE = 200;
const rowSelect = {
  id: true,
  status: true,
  preparedById: true,
  countersignedById: true,
  decisionDueOn: true,
  paymentDueOn: true,
  amountMinor: true,
  updatedAt: true,
  artisan: { select: { displayName: true } },
  programme: { select: { nameUz: true, nameRu: true, nameEn: true } },
} satisfies Prisma.SubsidyClaimSelect;
type Row = Prisma.SubsidyClaimGetPayload<{ select: typeof rowSelect }>;

/**
 * /subsidies for one social worker: the claims they prepared; for D and F workers the district's
 * claims waiting for a countersign; for the branch head the claims to decide and to pay, oldest
 * deadline (so the overdue) first, and the district's totals this month.
 */
export async function subsidyQueue(db: Db, workerId: string, locale: Locale, now = new Date()) {
  const { today } = tashkentNow(now);
  const powers = await workerPowers(db, workerId);
  const scope = claimInStaffDistricts(workerId);
  const list = (where: Prisma.SubsidyClaimWhereInput, orderBy: Prisma.SubsidyClaimOrderByWithRelationInput) =>
    db.subsidyClaim.findMany({ where: { ...scope, ...where }, orderBy, take: LIST_SIZE, select: rowSelect });
  const row = (claim: Row) => ({
    id: claim.id,
    status: claim.status,
    artisan: uzbekText(claim.artisan.displayName, locale),
    programme: localized(claim.programme, "name", locale),
    decisionDue: claim.status === "SUBMITTED" ? deadline(claim.decisionDueOn, today) : null,
    paymentDue: claim.status === "APPROVED" ? deadline(claim.paymentDueOn, today) : null,
    amount: claim.amountMinor === null ? null : fromMinor(claim.amountMinor),
    tookPart: claim.preparedById === workerId || claim.countersignedById === workerId,
  });
  const mine = await list({ preparedById: workerId }, { updatedAt: "desc" });
  const toCountersign = powers.mayCountersign
    ? await list({ status: "AWAITING_COUNTERSIGN", preparedById: { not: workerId } }, { updatedAt: "asc" })
    : [];
  const toDecide = powers.isBranchHead ? await list({ status: "SUBMITTED" }, { decisionDueOn: "asc" }) : [];
  const toPay = powers.isBranchHead ? await list({ status: "APPROVED" }, { paymentDueOn: "asc" }) : [];
  return {
    powers: { mayCountersign: powers.mayCountersign, isBranchHead: powers.isBranchHead },
    mine: mine.map(row),
    toCountersign: toCountersign.map(row),
    toDecide: toDecide.map(row),
    toPay: toPay.map(row),
    totals: powers.isBranchHead ? await monthTotals(db, workerId, now) : null,
  };
}
export type SubsidyQueue = Awaited<ReturnType<typeof subsidyQueue>>;
export type QueueRow = SubsidyQueue["mine"][number];
