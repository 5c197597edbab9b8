import type { Prisma } from "~/generated/prisma/client";
import { addDays, addWorkingDays, dayKey } from "~/utils/days";
import type { Seal } from "./people";

type Input = {
  /** The day the seed runs (Tashkent): claims' deadlines read "due tomorrow" or "overdue" from it. */
  today: Date;
  users: readonly Prisma.UserCreateManyInput[];
  profiles: readonly Prisma.ArtisanProfileCreateManyInput[];
  programme: Prisma.SubsidyProgrammeCreateManyInput;
  documentIds: readonly string[];
  bcaMinor: bigint;
  holidays: ReadonlySet<string>;
  consents: readonly Prisma.ConsentCreateManyInput[];
  steps: readonly Prisma.ChecklistStepCreateManyInput[];
  seal: Seal;
  uuid: () => string;
};

type State = "DRAFT" | "AWAITING_COUNTERSIGN" | "SUBMITTED" | "OVERDUE" | "APPROVED" | "PAID" | "REJECTED";

// A claim in every state, in sw.f's districts. Zulfiya (the demo artisan) qualifies and has no
// claim yet: the README's walk (and the browser test) prepares hers with sw.a.
const CLAIMS: ReadonlyArray<{ handle: string; state: State; by: string; qualified: boolean }> = [
  { handle: "gulnora-toshmatova", state: "DRAFT", by: "sw.b", qualified: false },
  { handle: "nodira-xasanova", state: "AWAITING_COUNTERSIGN", by: "sw.a", qualified: true },
  { handle: "dilnoza-karimova", state: "SUBMITTED", by: "sw.b", qualified: true },
  { handle: "shahnoza-ergasheva", state: "OVERDUE", by: "sw.d", qualified: true },
  { handle: "feruza-qodirova", state: "APPROVED", by: "sw.d", qualified: true },
  { handle: "oybek-nazarov", state: "PAID", by: "sw.b", qualified: true },
  { handle: "sardor-aliyev", state: "REJECTED", by: "sw.b", qualified: false },
];
const READY = ["zulfiya-rahimova"];

/** The claims, and what makes their artisans qualify (registration, card, consent) where the seed lacks it. */
export function buildSubsidyClaims(input: Input) {
  const userId = (login: string) => {
    const user = input.users.find((u) => u.email === `${login}@hunarmand.uz`);
    if (!user?.id) throw new Error(`no demo account ${login}`);
    return user.id;
  };
  const profile = (handle: string) => {
    const found = input.profiles.find((p) => p.handle === handle);
    if (!found?.id) throw new Error(`no demo artisan ${handle}`);
    return found.id;
  };
  const head = userId("sw.f");
  const out = {
    claims: [] as Prisma.SubsidyClaimCreateManyInput[],
    consents: [] as Prisma.ConsentCreateManyInput[],
    steps: [] as Prisma.ChecklistStepCreateManyInput[],
  };
  const qualify = (artisanId: string, workerId: string) => {
    const has = (purpose: string) => input.consents.some((c) => c.artisanId === artisanId && c.purpose === purpose);
    if (!has("SUBSIDY_APPLICATION"))
      out.consents.push({
        id: input.uuid(),
        artisanId,
        purpose: "SUBSIDY_APPLICATION",
        givenAt: addDays(input.today, -20),
        witnessId: workerId,
        recordedById: workerId,
      });
    for (const step of ["SE_REGISTERED", "SE_BANK_CARD"] as const) {
      if (input.steps.some((s) => s.artisanId === artisanId && s.step === step)) continue;
      const id = input.uuid();
      const card = "8600123412341234";
      out.steps.push({
        id,
        artisanId,
        step,
        status: "DONE",
        doneOn: addDays(input.today, -15),
        helpedById: workerId,
        detail:
          step === "SE_REGISTERED" ? { registrationNumber: "512345678" } : { bank: "Xalq banki", cardLast4: "1234" },
        secretEnc:
          step === "SE_BANK_CARD" ? input.seal({ model: "ChecklistStep", field: "secretEnc", id }, card) : null,
      });
    }
  };
  for (const handle of READY) qualify(profile(handle), userId("sw.b"));
  const amount = (input.bcaMinor * BigInt(Math.round(Number(input.programme.bcaMultiple) * 100))) / 100n;
  CLAIMS.forEach((c, i) => {
    const artisanId = profile(c.handle);
    const preparedById = userId(c.by);
    if (c.qualified) qualify(artisanId, preparedById);
    // Due tomorrow, two days overdue, paid for within the deadline, or weeks ago.
    const ago = { SUBMITTED: 2, OVERDUE: 5, APPROVED: 4 } as Partial<Record<State, number>>;
    const submittedOn = addDays(input.today, -(ago[c.state] ?? 10 + i));
    const decidedOn = addDays(submittedOn, 2);
    const submitted = { submittedAt: addDays(submittedOn, 0.25), decisionDueOn: addDays(submittedOn, 3) };
    const decided = {
      decidedById: head,
      decidedAt: addDays(decidedOn, 0.3),
      paymentDueOn: addWorkingDays(decidedOn, 3, input.holidays),
    };
    const approved = { bcaMultiple: input.programme.bcaMultiple, bcaValueMinor: input.bcaMinor, amountMinor: amount };
    const states: Record<State, Partial<Prisma.SubsidyClaimCreateManyInput>> = {
      DRAFT: { documentIds: input.documentIds.slice(0, 1) },
      AWAITING_COUNTERSIGN: { status: "AWAITING_COUNTERSIGN", documentIds: [...input.documentIds] },
      SUBMITTED: { status: "SUBMITTED", documentIds: [...input.documentIds], ...submitted },
      OVERDUE: { status: "SUBMITTED", documentIds: [...input.documentIds], ...submitted },
      APPROVED: { status: "APPROVED", documentIds: [...input.documentIds], ...submitted, ...decided, ...approved },
      PAID: {
        status: "PAID",
        documentIds: [...input.documentIds],
        ...submitted,
        ...decided,
        ...approved,
        paidOn: addDays(decidedOn, 1),
        paymentOrderNumber: `PT-${dayKey(decidedOn).replace(/-/g, "")}-0${i}`,
        paymentRecordedById: head,
        paymentRecordedAt: addDays(decidedOn, 1.3),
      },
      REJECTED: {
        status: "REJECTED",
        documentIds: [...input.documentIds],
        ...submitted,
        ...decided,
        paymentDueOn: null,
        decisionReasonCode: "REGISTRATION_NOT_CONFIRMED",
        decisionReason: "Soliq idorasida roʻyxatdan oʻtgani topilmadi. Maʼlumotnomani olib keling.",
      },
    };
    out.claims.push({
      id: input.uuid(),
      programmeId: input.programme.id!,
      artisanId,
      preparedById,
      createdAt: addDays(submittedOn, -1),
      ...states[c.state],
    });
  });
  return out;
}

/** The BCA in force on a day among the seed's dated values (the latest dated on or before it). */
export function bcaOn(values: readonly Prisma.BaseCalculationAmountCreateManyInput[], day: Date): bigint {
  const inForce = values
    .filter((v) => new Date(v.effectiveFrom) <= day)
    .sort((a, b) => new Date(b.effectiveFrom).getTime() - new Date(a.effectiveFrom).getTime())[0];
  if (!inForce) throw new Error("no BCA value in force on the seed's day");
  return BigInt(inForce.amountMinor);
}
