import { workerPowers } from "~/modules/onboarding/levels.server";
import type { Db } from "~/utils/db.server";
import { dayOrNull, isoOrNull, tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { fromMinor } from "~/utils/money";
import { deadline } from "./deadline";
import { eligibility } from "./eligibility.server";
import { claimInStaffDistricts } from "./scope.server";

const OPEN = ["DRAFT", "AWAITING_COUNTERSIGN", "SUBMITTED"];

/**
 * A claim as a social worker of the district sees it: the artisan, the programme and its
 * documents, the checks while it is open, the people and dates of each step, the deadlines, and
 * what this worker may do with it now. No sealed field is read (the bank card shows as "recorded").
 */
export async function claimForWorker(db: Db, workerId: string, claimId: string, locale: Locale, now = new Date()) {
  const claim = await db.subsidyClaim.findFirst({
    where: { id: claimId, ...claimInStaffDistricts(workerId) },
    include: {
      artisan: { select: { id: true, displayName: true } },
      programme: { include: { documents: { orderBy: { position: "asc" } } } },
    },
  });
  if (!claim) return null;
  const { today } = tashkentNow(now);
  const powers = await workerPowers(db, workerId);
  const people = await namesOf(db, [
    claim.preparedById,
    claim.countersignedById,
    claim.decidedById,
    claim.paymentRecordedById,
  ]);
  const name = (id: string | null) => (id ? uzbekText(people.get(id) ?? "", locale) : null);
  const checks = OPEN.includes(claim.status) ? await eligibility(db, claim, claim.programme, today) : [];
  const mine = claim.preparedById === workerId;
  const tookPart = mine || claim.countersignedById === workerId;
  return {
    id: claim.id,
    status: claim.status,
    artisan: { id: claim.artisan.id, name: uzbekText(claim.artisan.displayName, locale) },
    programme: {
      name: localized(claim.programme, "name", locale),
      multiple: claim.programme.bcaMultiple.toString(),
      documents: claim.programme.documents.map((doc) => ({
        id: doc.id,
        name: localized(doc, "name", locale),
        seen: claim.documentIds.includes(doc.id),
      })),
    },
    checks,
    needsCountersign: claim.needsCountersign,
    preparedBy: name(claim.preparedById),
    createdAt: claim.createdAt.toISOString(),
    countersignedBy: name(claim.countersignedById),
    countersignedAt: isoOrNull(claim.countersignedAt),
    submittedAt: isoOrNull(claim.submittedAt),
    decisionDue: claim.status === "SUBMITTED" ? deadline(claim.decisionDueOn, today) : null,
    decidedBy: name(claim.decidedById),
    decidedAt: isoOrNull(claim.decidedAt),
    reasonCode: claim.decisionReasonCode,
    reason: claim.decisionReason,
    bcaMultiple: claim.bcaMultiple?.toString() ?? null,
    bca: claim.bcaValueMinor === null ? null : fromMinor(claim.bcaValueMinor),
    amount: claim.amountMinor === null ? null : fromMinor(claim.amountMinor),
    paymentDue: claim.status === "APPROVED" ? deadline(claim.paymentDueOn, today) : null,
    paymentDueOn: dayOrNull(claim.paymentDueOn),
    paidOn: dayOrNull(claim.paidOn),
    paymentOrderNumber: claim.paymentOrderNumber,
    paymentRecordedBy: name(claim.paymentRecordedById),
    may: {
      editDraft: mine && claim.status === "DRAFT",
      countersign: powers.mayCountersign && !mine && claim.status === "AWAITING_COUNTERSIGN",
      decide: powers.isBranchHead && !tookPart && claim.status === "SUBMITTED",
      pay: powers.isBranchHead && claim.status === "APPROVED",
    },
    fourEyes: powers.isBranchHead && tookPart && claim.status === "SUBMITTED",
  };
}
export type ClaimView = NonNullable<Awaited<ReturnType<typeof claimForWorker>>>;

/** Staff names by id, for "prepared by …" lines (claims keep ids, not relations, for these). */
export async function namesOf(db: Pick<Db, "user">, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}
