import { sendStaffWelcome } from "~/modules/accounts/welcome.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { cyrillicToLatin } from "~/utils/i18n/transliterate";
import { hashPassword } from "~/utils/password.server";
import { normalizePhone } from "~/utils/phone";
import type { Outcome } from "~/utils/result";
import { newToken } from "~/utils/tokens.server";
import { allDistrictsExist } from "./districts.server";
import { DISTRICT_ROLES, type CreateStaffInput } from "./schemas";

export type CreateRefusal = "emailTaken" | "phoneTaken" | "badDistrict";

/**
 * A staff account made by an administrator: nobody knows its password (a hash of a random token)
 * until the person chooses one from the welcome link, sent by email or else by SMS. The account,
 * its districts, the welcome and the audit are one transaction.
 */
export async function createStaffAccount(
  db: Db,
  admin: { id: string },
  input: CreateStaffInput,
  appUrl: string,
): Promise<Outcome<CreateRefusal, { userId: string; via: "email" | "sms" }>> {
  const phone = input.phone ? normalizePhone(input.phone) : null;
  const email = input.email ?? null;
  const districtIds = DISTRICT_ROLES.includes(input.role) ? [...new Set(input.districtIds)] : [];
  if (!(await allDistrictsExist(db, districtIds))) return { ok: false, reason: "badDistrict" };
  const taken = await takenContact(db, email, phone);
  if (taken) return { ok: false, reason: taken };
  const unusable = await hashPassword(newToken());
  const social = input.role === "SOCIAL_WORKER";
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: cyrillicToLatin(input.name),
          email,
          phone,
          passwordHash: unusable,
          roles: [input.role],
          socialWorkerLevel: social ? input.level : null,
          occupationCode: social ? input.occupationCode : null,
          locale: input.locale,
          staffDistricts: { create: districtIds.map((districtId) => ({ districtId })) },
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: admin.id,
        action: "people.staff_created",
        entity: "User",
        entityId: user.id,
        detail: { role: input.role, level: social ? (input.level ?? null) : null, districtIds },
      });
      const { via } = await sendStaffWelcome(tx, { userId: user.id, issuedById: admin.id, appUrl });
      return { ok: true as const, userId: user.id, via };
    });
  } catch (error) {
    // Taken by someone else between the check and the write: the same answer as the check's.
    const again = await takenContact(db, email, phone);
    if (again) return { ok: false, reason: again };
    throw error;
  }
}

async function takenContact(db: Db, email: string | null, phone: string | null) {
  if (email && (await db.user.findUnique({ where: { email }, select: { id: true } }))) return "emailTaken" as const;
  if (phone && (await db.user.findUnique({ where: { phone }, select: { id: true } }))) return "phoneTaken" as const;
  return null;
}
