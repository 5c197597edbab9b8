/**
 * The two checklists a social worker goes through with an artisan, step by step. A step's plain
 * words are at checklist.step.<STEP>.* (name, plain) in app/locales; ChecklistStep.step holds the id.
 */
export const SELF_EMPLOYED_STEPS = ["SE_DOCUMENTS", "SE_REGISTERED", "SE_BANK_CARD"] as const;
export const LEARNING_STEPS = ["APP_LOGIN", "APP_LISTING", "APP_ORDER", "APP_PARCEL", "APP_EARNINGS"] as const;

export type SelfEmployedStep = (typeof SELF_EMPLOYED_STEPS)[number];
export type LearningStep = (typeof LEARNING_STEPS)[number];
export type ChecklistStepId = SelfEmployedStep | LearningStep;

export const CHECKLISTS = { selfEmployed: SELF_EMPLOYED_STEPS, learning: LEARNING_STEPS } as const;
export type ChecklistName = keyof typeof CHECKLISTS;

export function isChecklistStep(value: unknown): value is ChecklistStepId {
  return typeof value === "string" && [...SELF_EMPLOYED_STEPS, ...LEARNING_STEPS].includes(value as ChecklistStepId);
}

/** What the self-employed steps may show after saving (ChecklistStep.detail); the card number is only sealed. */
export type StepDetail = { registrationNumber?: string; bank?: string; cardLast4?: string };
