import type { ConsentPurpose } from "~/generated/prisma/enums";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { cyrillicToLatin } from "~/utils/i18n/transliterate";
import type { Outcome } from "~/utils/result";
import type { ConsentAnswer } from "./schemas";

/**
 * Records the artisan's answer for one purpose, witnessed by the social worker (and a second
 * person by name). "Agreed" opens a consent unless one stands; "did not agree" keeps a refusal
 * and ends a standing consent of that purpose. Audited; one transaction.
 */
export async function recordConsent(
  db: Db,
  worker: { id: string },
  artisanId: string,
  purpose: ConsentPurpose,
  answer: ConsentAnswer,
  shownIn: Locale,
): Promise<Outcome<"notFound">> {
  const secondWitnessName = answer.secondWitnessName ? cyrillicToLatin(answer.secondWitnessName) : null;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "ArtisanProfile" WHERE "id" = ${artisanId} FOR UPDATE`;
    const artisan = await tx.artisanProfile.findFirst({
      where: { id: artisanId, ...artisanInStaffDistricts(worker.id) },
      select: { consents: { where: { purpose, revokedAt: null }, select: { id: true } } },
    });
    if (!artisan) return { ok: false as const, reason: "notFound" as const };
    const standing = artisan.consents[0];
    if (answer.answer === "given" && !standing) {
      await tx.consent.create({
        data: { artisanId, purpose, witnessId: worker.id, recordedById: worker.id, secondWitnessName, shownIn },
      });
    }
    if (answer.answer === "refused") {
      await tx.consentRefusal.create({
        data: { artisanId, purpose, recordedById: worker.id, secondWitnessName, shownIn },
      });
      if (standing)
        await tx.consent.update({
          where: { id: standing.id },
          data: { revokedAt: new Date(), revokedById: worker.id },
        });
    }
    await audit(tx, {
      actorId: worker.id,
      action: "consent.record",
      entity: "ArtisanProfile",
      entityId: artisanId,
      detail: { purpose, answer: answer.answer },
    });
    return { ok: true as const };
  });
}
