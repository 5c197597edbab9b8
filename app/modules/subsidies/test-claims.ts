// Test data for the claim tests: an artisan who qualifies (evidence, the self-employed steps, the
// subsidy consent), a programme with its documents, and a BCA history.
import { makeBadgeRequest } from "~/modules/badges/test-badges";
import type { Db } from "~/utils/db.server";

let n = 0;

export async function makeProgramme(db: Db, overrides: { multiple?: string; code?: string } = {}) {
  return db.subsidyProgramme.create({
    data: {
      code: overrides.code ?? `SE-${Date.now().toString(36)}-${n++}`,
      nameUz: "Bir martalik subsidiya",
      nameRu: "Единовременная субсидия",
      nameEn: "One-time subsidy",
      bcaMultiple: overrides.multiple ?? "1.50",
      startsOn: new Date("2026-01-01"),
      documents: {
        create: [
          { position: 1, nameUz: "Pasport", nameRu: "Паспорт", nameEn: "Passport" },
          { position: 2, nameUz: "Bank kartasi", nameRu: "Банковская карта", nameEn: "Bank card" },
        ],
      },
    },
    include: { documents: true },
  });
}

/** An artisan of the district who meets every check: evidence that counts, registered, card, consent. */
export async function makeQualifiedArtisan(db: Db, districtId: string, worker: { id: string }) {
  const made = await makeBadgeRequest(db, { districtId, worker });
  const artisanId = made.artisan.id;
  await db.checklistStep.createMany({
    data: [
      { artisanId, step: "SE_REGISTERED", status: "DONE", helpedById: worker.id },
      { artisanId, step: "SE_BANK_CARD", status: "DONE", helpedById: worker.id },
    ],
  });
  await db.consent.create({
    data: { artisanId, purpose: "SUBSIDY_APPLICATION", recordedById: worker.id, witnessId: worker.id },
  });
  return made;
}
