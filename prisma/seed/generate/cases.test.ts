import { describe, expect, it } from "vitest";
import type { FieldRef } from "~/utils/sensitive.server";
import { buildSeedPlan, SEED_REFERENCE_DATE } from "../plan";

const sealed: Array<FieldRef & { plain: string }> = [];
const seal = (ref: FieldRef, plain: string) => {
  sealed.push({ ...ref, plain });
  return `sealed:${ref.model}.${ref.field}/${ref.id}`;
};
const plan = buildSeedPlan({ referenceDate: SEED_REFERENCE_DATE, passwordHash: "x", seal });
const { cases } = plan;
const ref = SEED_REFERENCE_DATE;
const swD = plan.users.find((u) => u.email === "sw.d@hunarmand.uz")!.id;

describe("the demo cases", () => {
  it("has a case in every stage, all run by sw.d, each artisan with the case-records consent", () => {
    expect(cases.cases.map((c) => c.stage).sort()).toEqual(
      ["ASSESSMENT", "CLOSED", "INTAKE", "IN_PROGRESS", "MONITORING", "PLAN"].sort(),
    );
    for (const c of cases.cases) {
      expect(c.socialWorkerId).toBe(swD);
      expect(plan.consents.some((k) => k.artisanId === c.artisanId && k.purpose === "CASE_RECORDS")).toBe(true);
    }
    const closed = cases.cases.find((c) => c.stage === "CLOSED")!;
    expect(closed.closureReason).toBe("SELF_EMPLOYED_EARNING");
    expect(closed.closedAt).toBeInstanceOf(Date);
  });

  it("has two plan versions in the plan stage, an overdue and an answered referral, a review done and one due", () => {
    const inStage = (stage: string) => cases.cases.find((c) => c.stage === stage)!.id;
    expect(cases.casePlanVersions.filter((p) => p.caseId === inStage("PLAN")).map((p) => p.version)).toEqual([1, 2]);
    const referrals = cases.referrals.filter((r) => r.caseId === inStage("IN_PROGRESS"));
    expect(referrals.map((r) => r.status ?? "SENT").sort()).toEqual(["ACCEPTED", "SENT"]);
    const waiting = referrals.find((r) => !r.status)!;
    expect((waiting.answerDueOn as Date) < ref).toBe(true);
    const reviews = cases.monthlyReviews.filter((r) => r.caseId === inStage("MONITORING"));
    expect(reviews).toHaveLength(6);
    expect(reviews.filter((r) => r.doneOn)).toHaveLength(1);
    expect(reviews.some((r) => !r.doneOn && (r.dueOn as Date) <= ref)).toBe(true);
  });

  it("seals every text of a case, bound to its own row", () => {
    const texts = [
      ...cases.needsAssessments.map((r) => ["NeedsAssessment", r.id, r.bodyEnc]),
      ...cases.casePlanVersions.map((r) => ["CasePlanVersion", r.id, r.bodyEnc]),
      ...cases.caseNotes.map((r) => ["CaseNote", r.id, r.bodyEnc]),
      ...cases.referrals.filter((r) => r.responseEnc).map((r) => ["Referral", r.id, r.responseEnc]),
      ...cases.monthlyReviews.filter((r) => r.noteEnc).map((r) => ["MonthlyReview", r.id, r.noteEnc]),
    ];
    expect(texts.length).toBeGreaterThan(8);
    for (const [model, id, token] of texts) expect(token).toMatch(new RegExp(`^sealed:${model}\\.\\w+/${id}$`));
  });
});
