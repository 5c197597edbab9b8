import type { ConsentPurpose } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { consentStanding, type ConsentState } from "./consent-state";
import { CONSENT_PURPOSES, purposeSlug } from "./purposes";

export type ConsentRow = {
  purpose: ConsentPurpose;
  slug: string;
  state: ConsentState;
  /** When it was agreed, refused or withdrawn (ISO), whichever the state says. */
  on: string | null;
  /** For a standing consent, when it was given (also shown after a withdrawal). */
  givenOn: string | null;
  /** The social worker before whom it was given or refused. */
  witness: string | null;
  secondWitness: string | null;
};

const person = { select: { name: true } } as const;

/**
 * Every purpose, in the order the home visit asks them, with where it stands now (consentStanding),
 * when, and before whom.
 */
export async function artisanConsents(db: Db, artisanId: string, locale: Locale): Promise<ConsentRow[]> {
  const [consents, refusals] = await Promise.all([
    db.consent.findMany({
      where: { artisanId },
      select: {
        purpose: true,
        givenAt: true,
        revokedAt: true,
        secondWitnessName: true,
        witness: person,
        recordedBy: person,
      },
    }),
    db.consentRefusal.findMany({
      where: { artisanId },
      select: { purpose: true, refusedAt: true, secondWitnessName: true, recordedById: true },
    }),
  ]);
  const recorders = await db.user.findMany({
    where: { id: { in: refusals.map((r) => r.recordedById) } },
    select: { id: true, name: true },
  });
  const nameOf = (name: string | null | undefined) => (name ? uzbekText(name, locale) : null);
  return CONSENT_PURPOSES.map((purpose) => {
    const row = { purpose, slug: purposeSlug(purpose) };
    const standing = consentStanding(purpose, consents, refusals);
    if (standing.state === "given" || standing.state === "withdrawn") {
      const { consent } = standing;
      return {
        ...row,
        state: standing.state,
        on: (consent.revokedAt ?? consent.givenAt).toISOString(),
        givenOn: consent.givenAt.toISOString(),
        witness: nameOf(consent.witness?.name ?? consent.recordedBy.name),
        secondWitness: nameOf(consent.secondWitnessName),
      };
    }
    if (standing.state === "refused") {
      const { refusal } = standing;
      return {
        ...row,
        state: standing.state,
        on: refusal.refusedAt.toISOString(),
        givenOn: null,
        witness: nameOf(recorders.find((u) => u.id === refusal.recordedById)?.name),
        secondWitness: nameOf(refusal.secondWitnessName),
      };
    }
    return { ...row, state: standing.state, on: null, givenOn: null, witness: null, secondWitness: null };
  });
}
