import type { CaseClosureReason, CaseStage, ReferralKind, ReferralStatus } from "~/generated/prisma/enums";

// The words of a case as codes; each has its text at cases.<list>.<CODE> in app/locales.

/** Stages in the order a case goes through them (IKM): a case only ever moves forward. */
export const CASE_STAGES = [
  "INTAKE",
  "ASSESSMENT",
  "PLAN",
  "IN_PROGRESS",
  "MONITORING",
  "CLOSED",
] as const satisfies readonly CaseStage[];

/** The stages before `stage`: a step that moves a case to `stage` moves it only from one of these. */
export const stagesBefore = (stage: CaseStage): CaseStage[] => CASE_STAGES.slice(0, CASE_STAGES.indexOf(stage));

export const ACCOMMODATIONS = ["homePickup", "assistedListing", "largeText", "signLanguage", "someonePresent"] as const;
export type Accommodation = (typeof ACCOMMODATIONS)[number];

export const ACTION_STATUSES = ["planned", "inProgress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const REFERRAL_KINDS = [
  "EMPLOYMENT_CENTRE",
  "TRAINING",
  "MONOCENTRE",
  "NGO",
  "PSYCHOLOGIST",
  "LAWYER",
  "OTHER",
] as const satisfies readonly ReferralKind[];

/** The answers a referral can get; SENT is the state before any. */
export const REFERRAL_ANSWERS = ["ACCEPTED", "REFUSED", "DONE"] as const satisfies readonly ReferralStatus[];

export const CLOSURE_REASONS = [
  "EMPLOYED",
  "SELF_EMPLOYED_EARNING",
  "MOVED",
  "DECLINED",
  "OTHER",
] as const satisfies readonly CaseClosureReason[];

/** Six monthly reviews after onboarding (domain.md); the database checks 1–6 too. */
export const REVIEW_COUNT = 6;
/** A satisfaction of 1–5, each said in words (cases.satisfaction.<n>). */
export const SATISFACTION = [1, 2, 3, 4, 5] as const;
/** Working days a referred-to organisation has to answer. */
export const REFERRAL_ANSWER_DAYS = 5;
