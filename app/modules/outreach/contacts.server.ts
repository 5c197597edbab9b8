import type { Prisma } from "~/generated/prisma/client";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { cyrillicToLatin, searchKey } from "~/utils/i18n/transliterate";
import { normalizePhone } from "~/utils/phone";
import { inStaffDistricts } from "~/utils/staff-districts.server";
import type { Outcome } from "~/utils/result";
import { servedPlace, type WorkerDistrict } from "./districts.server";
import type { ContactInput } from "./schemas";

/** Contacts of the districts a worker serves: every query of this module goes through it (another district's → 404). */
export const inWorkerDistricts = (workerId: string): Prisma.OutreachContactWhereInput => inStaffDistricts(workerId);

/**
 * Writes down a person named for a visit. The name is kept in Latin letters (a name typed on a
 * Cyrillic page is transliterated), so it shows in each page's script and is found from either.
 */
export async function addOutreachContact(
  db: Db,
  worker: { id: string },
  districts: readonly WorkerDistrict[],
  input: ContactInput,
  writtenIn: Locale,
): Promise<Outcome<"placeNotServed", { id: string }>> {
  const mahallaId = input.mahallaId || undefined;
  if (!servedPlace(districts, input.districtId, mahallaId)) return { ok: false, reason: "placeNotServed" };
  const name = cyrillicToLatin(input.name);
  return db.$transaction(async (tx) => {
    const contact = await tx.outreachContact.create({
      data: {
        districtId: input.districtId,
        mahallaId: mahallaId ?? null,
        name,
        nameKey: searchKey(name),
        phone: input.phone ? normalizePhone(input.phone) : null,
        source: input.source,
        sourceNote: input.sourceNote || null,
        writtenIn,
        workRecommended: input.workRecommended === "unknown" ? null : input.workRecommended === "yes",
        createdById: worker.id,
      },
      select: { id: true },
    });
    await audit(tx, { actorId: worker.id, action: "outreach.add", entity: "OutreachContact", entityId: contact.id });
    return { ok: true as const, id: contact.id };
  });
}
