import type { ConsentPurpose } from "~/generated/prisma/enums";

export type ConsentState = "given" | "refused" | "withdrawn" | "notAsked";

type Given = { purpose: ConsentPurpose; givenAt: Date; revokedAt: Date | null };
type Refused = { purpose: ConsentPurpose; refusedAt: Date };

/** Where a purpose stands, with the record that says so (to date it and name its witnesses). */
export type ConsentStanding<C extends Given, R extends Refused> =
  { state: "given" | "withdrawn"; consent: C } | { state: "refused"; refusal: R } | { state: "notAsked" };

/**
 * One purpose: the standing consent; else the later of the last withdrawal and the last refusal
 * (a withdrawal at the same instant counts as the later); else not asked yet. Refusals are kept
 * apart from consents (ConsentRefusal), so a refusal never counts as a consent.
 */
export function consentStanding<C extends Given, R extends Refused>(
  purpose: ConsentPurpose,
  consents: readonly C[],
  refusals: readonly R[],
): ConsentStanding<C, R> {
  const mine = consents.filter((c) => c.purpose === purpose);
  const standing = mine.find((c) => c.revokedAt === null);
  if (standing) return { state: "given", consent: standing };
  const latest = <T>(rows: T[], at: (row: T) => Date) =>
    rows.reduce<T | undefined>((best, row) => (best && at(best) >= at(row) ? best : row), undefined);
  const withdrawn = latest(mine, (c) => c.revokedAt!);
  const refusal = latest(
    refusals.filter((r) => r.purpose === purpose),
    (r) => r.refusedAt,
  );
  if (withdrawn && (!refusal || withdrawn.revokedAt! >= refusal.refusedAt))
    return { state: "withdrawn", consent: withdrawn };
  return refusal ? { state: "refused", refusal } : { state: "notAsked" };
}

/** Where each purpose stands (consentStanding), for pages that need only the state. */
export function consentStates(
  purposes: readonly ConsentPurpose[],
  consents: readonly Given[],
  refusals: readonly Refused[],
): Record<ConsentPurpose, ConsentState> {
  const states = {} as Record<ConsentPurpose, ConsentState>;
  for (const purpose of purposes) states[purpose] = consentStanding(purpose, consents, refusals).state;
  return states;
}
