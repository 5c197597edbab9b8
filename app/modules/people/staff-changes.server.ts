import { sendStaffWelcome } from "~/modules/accounts/welcome.server";
import type { SocialWorkerLevel } from "~/generated/prisma/enums";
import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import { allDistrictsExist } from "./districts.server";
import { DISTRICT_ROLES, STAFF_ROLES } from "./schemas";

// What an administrator changes on a staff account. Buyers, artisans and helpers are not edited
// here (only deactivated, see status.server.ts): those changes refuse with "notFound".

type Admin = { id: string };

/** The staff member, row locked for the change; null when there is no such staff account. */
async function lockedStaff(tx: Tx, id: string) {
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE "id" = ${id} FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, roles: true, disabledAt: true } });
  return user && user.roles.some((role) => (STAFF_ROLES as readonly string[]).includes(role)) ? user : null;
}

const record = (tx: Tx, admin: Admin, userId: string, action: string, detail?: Record<string, unknown>) =>
  audit(tx, { actorId: admin.id, action, entity: "User", entityId: userId, detail: detail as never });

/** The districts as chosen now: those left out are removed, the new ones added. */
export async function changeDistricts(
  db: Db,
  admin: Admin,
  userId: string,
  districtIds: string[],
): Promise<Outcome<"notFound" | "badDistrict">> {
  const ids = [...new Set(districtIds)];
  if (!(await allDistrictsExist(db, ids))) return { ok: false, reason: "badDistrict" };
  return db.$transaction(async (tx) => {
    const user = await lockedStaff(tx, userId);
    if (!user || !user.roles.some((role) => (DISTRICT_ROLES as readonly string[]).includes(role)))
      return { ok: false as const, reason: "notFound" as const };
    await tx.staffDistrict.deleteMany({ where: { userId } });
    await tx.staffDistrict.createMany({ data: ids.map((districtId) => ({ userId, districtId })) });
    await record(tx, admin, userId, "people.districts_changed", { districtIds: ids });
    return { ok: true as const };
  });
}

/** A social worker's level and occupation code. */
export async function changeLevel(
  db: Db,
  admin: Admin,
  userId: string,
  input: { level: SocialWorkerLevel; occupationCode: string },
): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    const user = await lockedStaff(tx, userId);
    if (!user?.roles.includes("SOCIAL_WORKER")) return { ok: false as const, reason: "notFound" as const };
    await tx.user.update({
      where: { id: userId },
      data: { socialWorkerLevel: input.level, occupationCode: input.occupationCode },
    });
    await record(tx, admin, userId, "people.level_changed", { level: input.level });
    return { ok: true as const };
  });
}

/** A new welcome link (the earlier ones stop working); not for a deactivated account. */
export async function resendWelcome(
  db: Db,
  admin: Admin,
  userId: string,
  appUrl: string,
): Promise<Outcome<"notFound" | "deactivated", { via: "email" | "sms" }>> {
  return db.$transaction(async (tx) => {
    const user = await lockedStaff(tx, userId);
    if (!user) return { ok: false as const, reason: "notFound" as const };
    if (user.disabledAt) return { ok: false as const, reason: "deactivated" as const };
    const { via } = await sendStaffWelcome(tx, { userId, issuedById: admin.id, appUrl });
    return { ok: true as const, via };
  });
}

/**
 * Two-factor from the start: the secret is forgotten, so the next login enrols a new authenticator
 * (a lost phone); the person's sessions end now, so nobody stays signed in with the old one.
 */
export async function resetTwoFactor(db: Db, admin: Admin, userId: string): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    const user = await lockedStaff(tx, userId);
    if (!user) return { ok: false as const, reason: "notFound" as const };
    await tx.user.update({
      where: { id: userId },
      data: { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null },
    });
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await record(tx, admin, userId, "people.two_factor_reset", { sessionsEnded: count });
    return { ok: true as const };
  });
}
