import type { Prisma } from "~/generated/prisma/client";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { storedFacts } from "./month-facts.server";
import { isOverdue } from "./referrals.server";
import { mayReviewOn } from "./reviews.server";
import { reviewMonth } from "./schedule";
import { unsealAssessment, unsealPlan, unsealText, type SealedColumn } from "./sealed.server";
import { dayOrNull as day } from "~/utils/format";

/** The parts of a case a page shows; only those are read, unsealed and named in the audit. */
export type CasePart = "assessment" | "plans" | "referrals" | "reviews" | "notes" | "closure";

const name = { select: { name: true } } as const;

// The shape is the same whatever the page: parts not wanted come back empty (take: 0) or unopened.
export const caseSelect = (parts: readonly CasePart[]) => {
  const take = (part: CasePart) => (parts.includes(part) ? undefined : 0);
  return {
    id: true,
    stage: true,
    externalEcaseId: true,
    openedAt: true,
    closedAt: true,
    closureReason: true,
    closureNoteEnc: true,
    artisanId: true,
    artisan: { select: { displayName: true, user: { select: { id: true } } } },
    socialWorker: name,
    assessment: true,
    plans: { orderBy: { version: "desc" }, take: take("plans") },
    referrals: { orderBy: [{ sentOn: "desc" }, { createdAt: "desc" }], take: take("referrals") },
    reviews: { orderBy: { number: "asc" }, take: take("reviews") },
    notes: { orderBy: { createdAt: "desc" }, take: take("notes"), include: { author: name } },
  } satisfies Prisma.CaseSelect;
};

type Row = Prisma.CaseGetPayload<{ select: ReturnType<typeof caseSelect> }>;

/** The sealed columns a read of these parts opens, for the audit row ("CaseNote.bodyEnc"). */
export function sealedFieldsOf(row: Row, parts: readonly CasePart[]): string[] {
  const fields: SealedColumn[] = [];
  if (row.assessment && parts.includes("assessment")) fields.push(["NeedsAssessment", "bodyEnc"]);
  if (row.plans.length) fields.push(["CasePlanVersion", "bodyEnc"]);
  if (row.referrals.some((r) => r.responseEnc)) fields.push(["Referral", "responseEnc"]);
  if (row.reviews.some((r) => r.noteEnc)) fields.push(["MonthlyReview", "noteEnc"]);
  if (row.notes.length) fields.push(["CaseNote", "bodyEnc"]);
  if (row.closureNoteEnc && parts.includes("closure")) fields.push(["Case", "closureNoteEnc"]);
  return fields.map(([model, field]) => `${model}.${field}`);
}

/**
 * The case as pages show it: sealed texts opened, Uzbek text in the page's script, days as
 * "YYYY-MM-DD", what is due marked against Tashkent's `today`.
 */
export function shownCase(row: Row, parts: readonly CasePart[], locale: Locale, today: Date) {
  const text = (value: string) => uzbekText(value, locale);
  const recorded = parts.includes("assessment") ? row.assessment : null;
  const assessment = recorded && unsealAssessment(recorded.id, recorded.bodyEnc);
  const closureNote = parts.includes("closure") ? row.closureNoteEnc : null;
  return {
    id: row.id,
    stage: row.stage,
    externalEcaseId: row.externalEcaseId,
    openedOn: day(row.openedAt)!,
    closedOn: day(row.closedAt),
    closureReason: row.closureReason,
    closureNote: closureNote ? text(unsealText(["Case", "closureNoteEnc"], row.id, closureNote)) : null,
    artisan: { id: row.artisanId, name: text(row.artisan.displayName) },
    worker: text(row.socialWorker.name),
    assessment: assessment && {
      recordedOn: day(recorded!.recordedOn)!,
      goals: text(assessment.goals),
      barriers: text(assessment.barriers),
      accommodations: assessment.accommodations,
      skills: text(assessment.skills),
    },
    plans: row.plans.map((plan) => {
      const body = unsealPlan(plan.id, plan.bodyEnc);
      return {
        version: plan.version,
        createdOn: day(plan.createdAt)!,
        goals: body.goals.map(text),
        actions: body.actions.map((a) => ({ ...a, what: text(a.what), who: text(a.who) })),
        acknowledgedOn: day(plan.acknowledgedOn),
        witness: plan.acknowledgedWitness ? text(plan.acknowledgedWitness) : null,
      };
    }),
    referrals: row.referrals.map((r) => ({
      id: r.id,
      kind: r.kind,
      organisation: text(r.organisation),
      sentOn: day(r.sentOn)!,
      answerDueOn: day(r.answerDueOn)!,
      status: r.status,
      respondedOn: day(r.respondedOn),
      response: r.responseEnc ? text(unsealText(["Referral", "responseEnc"], r.id, r.responseEnc)) : null,
      overdue: isOverdue(r, today),
    })),
    reviews: row.reviews.map((r) => ({
      number: r.number,
      dueOn: day(r.dueOn)!,
      doneOn: day(r.doneOn),
      /** "2027-02": the month its facts are of (formatMonth writes it out). */
      month: reviewMonth(r.dueOn).key,
      note: r.noteEnc ? text(unsealText(["MonthlyReview", "noteEnc"], r.id, r.noteEnc)) : null,
      satisfaction: r.satisfaction,
      facts: storedFacts(r.facts),
      due: !r.doneOn && r.dueOn <= today,
      open: !r.doneOn && mayReviewOn(r.dueOn, today),
    })),
    notes: row.notes.map((n) => ({
      id: n.id,
      at: n.createdAt.toISOString(),
      author: text(n.author.name),
      stage: n.stage,
      body: text(unsealText(["CaseNote", "bodyEnc"], n.id, n.bodyEnc)),
    })),
  };
}

export type ShownCase = ReturnType<typeof shownCase>;
