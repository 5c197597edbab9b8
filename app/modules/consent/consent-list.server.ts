import type { ConsentPurpose } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { CONSENT_PURPOSES, purposeSlug } from "./purposes";

export type ConsentState = "given" | "refused" | "withdrawn" | "notAsked";

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
 * Every purpose, in the order the home visit asks them, with where it stands now: a standing
 * consent; else the newer of the last withdrawal and the last refusal; else not asked yet.
 */
export async function artisanConsents(db: Db, artisanId: string, locale: Locale): Promise<ConsentRow[]> {
  const [consents, refusals] = await Promise.all([
    db.consent.findMany({
      where: { artisanId },
      orderBy: { givenAt: "desc" },
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
      orderBy: { refusedAt: "desc" },
      select: { purpose: true, refusedAt: true, secondWitnessName: true, recordedById: true },
    }),
  ]);
  const recorders = await db.user.findMany({
    where: { id: { in: refusals.map((r) => r.recordedById) } },
    select: { id: true, name: true },
  });
  const nameOf = (name: string | null | undefined) => (name ? uzbekText(name, locale) : null);
  return CONSENT_PURPOSES.map((purpose) => {
    const slug = purposeSlug(purpose);
    const standing = consents.find((c) => c.purpose === purpose && c.revokedAt === null);
    const withdrawn = consents.find((c) => c.purpose === purpose && c.revokedAt !== null);
    const refused = refusals.find((r) => r.purpose === purpose);
    const given = standing ?? (withdrawn && (!refused || withdrawn.revokedAt! > refused.refusedAt) ? withdrawn : null);
    if (given) {
      return {
        purpose,
        slug,
        state: standing ? "given" : "withdrawn",
        on: (given.revokedAt ?? given.givenAt).toISOString(),
        givenOn: given.givenAt.toISOString(),
        witness: nameOf(given.witness?.name ?? given.recordedBy.name),
        secondWitness: nameOf(given.secondWitnessName),
      };
    }
    if (refused) {
      return {
        purpose,
        slug,
        state: "refused",
        on: refused.refusedAt.toISOString(),
        givenOn: null,
        witness: nameOf(recorders.find((u) => u.id === refused.recordedById)?.name),
        secondWitness: nameOf(refused.secondWitnessName),
      };
    }
    return { purpose, slug, state: "notAsked", on: null, givenOn: null, witness: null, secondWitness: null };
  });
}
