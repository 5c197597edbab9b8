import type { Prisma } from "~/generated/prisma/client";
import { monthFacts } from "~/modules/cases/month-facts.server";
import { reviewDueDates, reviewMonth } from "~/modules/cases/schedule";
import type { AssessmentBody, PlanBody } from "~/modules/cases/sealed.server";
import { REFERRAL_ANSWER_DAYS } from "~/modules/cases/terms";
import type { Tx } from "~/utils/db.server";
import { addWorkingDays } from "~/utils/days";
import { addDays, dateOnly } from "../random";
import type { Seal } from "./people";

type Input = {
  referenceDate: Date;
  users: readonly Prisma.UserCreateManyInput[];
  profiles: readonly Prisma.ArtisanProfileCreateManyInput[];
  /** Day keys of the public holidays, for the referrals' answer days. */
  holidays: ReadonlySet<string>;
  seal: Seal;
  uuid: () => string;
};

type Stage = "INTAKE" | "ASSESSMENT" | "PLAN" | "IN_PROGRESS" | "MONITORING" | "CLOSED";

// One case per stage, all run by sw.d (level D) in the branch head sw.f's districts. The demo
// artisan (Zulfiya) has the monitoring case, so her studio shows a case with a review done.
const CASES: ReadonlyArray<{ handle: string; stage: Stage; openedDaysAgo: number }> = [
  { handle: "gulnora-toshmatova", stage: "INTAKE", openedDaysAgo: 3 },
  { handle: "sardor-aliyev", stage: "ASSESSMENT", openedDaysAgo: 10 },
  { handle: "dilnoza-karimova", stage: "PLAN", openedDaysAgo: 30 },
  { handle: "shahnoza-ergasheva", stage: "IN_PROGRESS", openedDaysAgo: 40 },
  { handle: "zulfiya-rahimova", stage: "MONITORING", openedDaysAgo: 61 },
  { handle: "oybek-nazarov", stage: "CLOSED", openedDaysAgo: 200 },
];
const WORKER = "sw.d@hunarmand.uz";
const after = (stage: Stage, step: Stage) =>
  CASES.findIndex((c) => c.stage === stage) >= CASES.findIndex((c) => c.stage === step);

const ASSESSMENT: AssessmentBody = {
  goals: "Oʻz mahsulotlarimni koʻproq odamga sotmoqchiman va oilamga yordam bermoqchiman.",
  barriers: "Uydan uzoqqa chiqa olmayman; internetda ishlashni bilmayman.",
  accommodations: ["homePickup", "assistedListing", "largeText"],
  skills: "Koʻp yillik hunar tajribasi, shogird oʻqitgan.",
};
const plan = (amended: boolean): PlanBody => ({
  goals: ["Saytda mahsulotlarni sotish", ...(amended ? ["Oyiga kamida ikki buyurtma olish"] : [])],
  actions: [
    {
      what: "Oʻzini oʻzi band qilgan sifatida roʻyxatdan oʻtish",
      who: "Jamshid Sultonov",
      byWhen: "2026-11-20",
      status: amended ? "done" : "inProgress",
    },
    {
      what: "Mahsulotlarni rasmga olib joylash",
      who: "Hunarmand, ijtimoiy xodim yordamida",
      byWhen: "2026-12-05",
      status: "planned",
    },
  ],
});

/** The demo's cases (issue 12): one in every stage, with the case-records consent each needs. */
export function buildCases(input: Input) {
  const { referenceDate: ref, uuid, seal } = input;
  const worker = input.users.find((u) => u.email === WORKER)!.id!;
  const day = (offset: number) => dateOnly(addDays(ref, offset));
  const out = {
    consents: [] as Prisma.ConsentCreateManyInput[],
    cases: [] as Prisma.CaseCreateManyInput[],
    needsAssessments: [] as Prisma.NeedsAssessmentCreateManyInput[],
    casePlanVersions: [] as Prisma.CasePlanVersionCreateManyInput[],
    caseNotes: [] as Prisma.CaseNoteCreateManyInput[],
    referrals: [] as Prisma.ReferralCreateManyInput[],
    monthlyReviews: [] as Prisma.MonthlyReviewCreateManyInput[],
  };
  for (const spec of CASES) {
    const profile = input.profiles.find((p) => p.handle === spec.handle)!;
    const caseId = uuid();
    const opened = day(-spec.openedDaysAgo);
    const reached = (step: Stage) => after(spec.stage, step);
    out.consents.push({
      id: uuid(),
      artisanId: profile.id!,
      purpose: "CASE_RECORDS",
      givenAt: addDays(opened, -1),
      witnessId: worker,
      recordedById: worker,
    });
    out.cases.push({
      id: caseId,
      artisanId: profile.id!,
      socialWorkerId: worker,
      openedById: worker,
      stage: spec.stage,
      externalEcaseId: spec.stage === "IN_PROGRESS" ? "EC-2026-004817" : null,
      openedAt: addDays(opened, 0.3),
      ...(spec.stage === "CLOSED"
        ? {
            closedAt: addDays(ref, -20),
            closureReason: "SELF_EMPLOYED_EARNING" as const,
            closureNoteEnc: seal(
              { model: "Case", field: "closureNoteEnc", id: caseId },
              "Har oy barqaror buyurtmalar bor.",
            ),
          }
        : {}),
    });
    if (reached("ASSESSMENT")) {
      const id = uuid();
      const bodyEnc = seal({ model: "NeedsAssessment", field: "bodyEnc", id }, JSON.stringify(ASSESSMENT));
      out.needsAssessments.push({ id, caseId, bodyEnc, recordedById: worker, recordedOn: addDays(opened, 2) });
    }
    if (reached("PLAN")) {
      const versions = spec.stage === "PLAN" ? [false, true] : [false];
      versions.forEach((amended, i) => {
        const id = uuid();
        const on = addDays(opened, 5 + i * 15);
        out.casePlanVersions.push({
          id,
          caseId,
          version: i + 1,
          bodyEnc: seal({ model: "CasePlanVersion", field: "bodyEnc", id }, JSON.stringify(plan(amended))),
          createdById: worker,
          createdAt: on,
          // The amendment waits for the artisan's acknowledgement at the next visit.
          ...(amended
            ? {}
            : { acknowledgedOn: on, acknowledgedWitness: "Ota-onasidan biri", acknowledgedById: worker }),
        });
      });
    }
    if (reached("IN_PROGRESS")) referralsFor(caseId, day, input, worker, out.referrals);
    const onboarded = dateOnly(addDays(profile.createdAt as Date, 5 / 24));
    reviewDueDates(onboarded).forEach((dueOn, i) => {
      const id = uuid();
      // The monitoring case has its first review done; the next ones are due.
      const done = spec.stage === "MONITORING" && i === 0;
      out.monthlyReviews.push({
        id,
        caseId,
        number: i + 1,
        dueOn,
        ...(done
          ? {
              doneOn: dueOn,
              doneById: worker,
              satisfaction: 4,
              noteEnc: seal(
                { model: "MonthlyReview", field: "noteEnc", id },
                "Uyda olib ketish qulay boʻldi; yangi doʻppilar tikmoqda.",
              ),
            }
          : {}),
      });
    });
    if (reached("PLAN")) {
      const id = uuid();
      out.caseNotes.push({
        id,
        caseId,
        authorId: worker,
        stage: "PLAN",
        bodyEnc: seal({ model: "CaseNote", field: "bodyEnc", id }, "Qizi uchrashuvlarda birga boʻlishni soʻradi."),
        createdAt: addDays(opened, 6),
      });
    }
  }
  return out;
}

/** One referral answered (accepted, with words) and one with no answer past its day. */
function referralsFor(
  caseId: string,
  day: (offset: number) => Date,
  input: Input,
  worker: string,
  referrals: Prisma.ReferralCreateManyInput[],
) {
  const due = (sentOn: Date) => addWorkingDays(sentOn, REFERRAL_ANSWER_DAYS, input.holidays);
  const answered = { id: input.uuid(), sentOn: day(-20) };
  referrals.push({
    ...answered,
    caseId,
    kind: "TRAINING",
    organisation: "Chilonzor kasb-hunar markazi",
    answerDueOn: due(answered.sentOn),
    sentById: worker,
    status: "ACCEPTED",
    respondedOn: day(-17),
    responseEnc: input.seal(
      { model: "Referral", field: "responseEnc", id: answered.id },
      "Dekabr guruhiga qabul qilindi.",
    ),
  });
  const late = day(-14);
  referrals.push({
    id: input.uuid(),
    caseId,
    kind: "EMPLOYMENT_CENTRE",
    organisation: "Yunusobod tuman bandlik markazi",
    sentOn: late,
    answerDueOn: due(late),
    sentById: worker,
  });
}

type CaseRows = ReturnType<typeof buildCases>;

/**
 * Writes the cases; a review done in the demo gets the facts of its month from the seeded orders,
 * computed as the app computes them when a worker completes a review. The count is of cases.
 */
export async function writeCases(tx: Tx, rows: CaseRows) {
  const written = await tx.case.createMany({ data: rows.cases });
  await tx.needsAssessment.createMany({ data: rows.needsAssessments });
  await tx.casePlanVersion.createMany({ data: rows.casePlanVersions });
  await tx.caseNote.createMany({ data: rows.caseNotes });
  await tx.referral.createMany({ data: rows.referrals });
  await tx.monthlyReview.createMany({ data: rows.monthlyReviews });
  for (const review of rows.monthlyReviews.filter((r) => r.doneOn)) {
    const artisanId = rows.cases.find((c) => c.id === review.caseId)!.artisanId;
    const facts = await monthFacts(tx, artisanId, reviewMonth(review.dueOn as Date));
    await tx.monthlyReview.update({
      where: { id: review.id! },
      data: { facts: facts as unknown as Prisma.InputJsonObject },
    });
  }
  return written;
}
