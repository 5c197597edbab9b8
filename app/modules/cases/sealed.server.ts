import { seal, unseal, type FieldRef } from "~/utils/sensitive.server";
import type { Accommodation, ActionStatus } from "./terms";

// Every free text of a case is sealed, bound to its row and column (the row id is chosen before
// the insert for that reason). Shapes of the sealed JSON bodies:

export type AssessmentBody = { goals: string; barriers: string; accommodations: Accommodation[]; skills: string };
export type PlanAction = { what: string; who: string; byWhen: string; status: ActionStatus };
export type PlanBody = { goals: string[]; actions: PlanAction[] };

export type SealedColumn =
  | ["NeedsAssessment", "bodyEnc"]
  | ["CasePlanVersion", "bodyEnc"]
  | ["CaseNote", "bodyEnc"]
  | ["Referral", "responseEnc"]
  | ["MonthlyReview", "noteEnc"]
  | ["Case", "closureNoteEnc"];

const ref = ([model, field]: SealedColumn, id: string): FieldRef => ({ model, field, id });

export const sealText = (column: SealedColumn, id: string, plain: string) => seal(ref(column, id), plain);
export const unsealText = (column: SealedColumn, id: string, token: string) => unseal(ref(column, id), token);

export const sealJson = (column: SealedColumn, id: string, value: AssessmentBody | PlanBody) =>
  sealText(column, id, JSON.stringify(value));

export const unsealAssessment = (id: string, token: string): AssessmentBody =>
  JSON.parse(unsealText(["NeedsAssessment", "bodyEnc"], id, token)) as AssessmentBody;

export const unsealPlan = (id: string, token: string): PlanBody =>
  JSON.parse(unsealText(["CasePlanVersion", "bodyEnc"], id, token)) as PlanBody;
