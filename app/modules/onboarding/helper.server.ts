import { accountsWithPassword, issueWelcome } from "~/modules/accounts/welcome.server";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { audit } from "~/utils/audit.server";
import { isUniqueViolation, type Db, type Tx } from "~/utils/db.server";
import { cyrillicToLatin } from "~/utils/i18n/transliterate";
import { hashPassword } from "~/utils/password.server";
import { normalizePhone } from "~/utils/phone";
import type { Outcome } from "~/utils/result";
import { newToken } from "~/utils/tokens.server";
import type { HelperInput } from "./helper-schemas";

// The helper step of a home visit: a family member (or legal representative) the artisan names gets
// an account (their phone is their login) and may act for the artisan at /assist, but only while
// the artisan's ASSISTED_MODE consent stands (mayActFor). Only artisans of the worker's districts.

type Added = { welcomed: boolean };

/**
 * Writes down a helper, in one transaction: the account with that phone (made if there is none,
 * else given the HELPER role), the link to the artisan (made, or restored if it was removed), and
 * — if the helper has not chosen a password yet — a welcome text to set one. Each change audited.
 */
export async function addHelper(
  db: Db,
  worker: { id: string },
  artisanId: string,
  input: HelperInput,
  appUrl: string,
): Promise<Outcome<"notFound" | "ownPhone", Added>> {
  const phone = normalizePhone(input.phone)!;
  // A password nobody knows, for an account made here: it is usable only after the welcome.
  const unknownPassword = await hashPassword(newToken());
  const attempt = () =>
    db.$transaction((tx) => addHelperIn(tx, worker, artisanId, { ...input, phone }, { appUrl, unknownPassword }));
  try {
    return await attempt();
  } catch (error) {
    // Someone else made the same account or link at the same moment: once more finds theirs.
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
}

async function addHelperIn(
  tx: Tx,
  worker: { id: string },
  artisanId: string,
  input: HelperInput,
  options: { appUrl: string; unknownPassword: string },
): Promise<Outcome<"notFound" | "ownPhone", Added>> {
  const artisan = await tx.artisanProfile.findFirst({
    where: { id: artisanId, ...artisanInStaffDistricts(worker.id) },
    select: { id: true, userId: true, user: { select: { locale: true } } },
  });
  if (!artisan) return { ok: false, reason: "notFound" };
  const existing = await tx.user.findUnique({ where: { phone: input.phone }, select: { id: true, roles: true } });
  if (existing?.id === artisan.userId) return { ok: false, reason: "ownPhone" };

  let helperId: string;
  if (!existing) {
    const created = await tx.user.create({
      data: {
        name: cyrillicToLatin(input.name),
        phone: input.phone,
        passwordHash: options.unknownPassword,
        roles: ["HELPER", "BUYER"],
        // The family's language is the best guess for the helper's texts; they can change it.
        locale: artisan.user.locale,
      },
      select: { id: true },
    });
    helperId = created.id;
    await audit(tx, {
      actorId: worker.id,
      action: "account.created_as_helper",
      entity: "User",
      entityId: helperId,
      detail: { roles: ["HELPER", "BUYER"] },
    });
  } else {
    helperId = existing.id;
    if (!existing.roles.includes("HELPER")) {
      await tx.user.update({ where: { id: helperId }, data: { roles: { push: "HELPER" } } });
      await audit(tx, {
        actorId: worker.id,
        action: "user.role_added",
        entity: "User",
        entityId: helperId,
        detail: { role: "HELPER" },
      });
    }
  }

  const before = await tx.artisanHelper.findUnique({
    where: { artisanId_helperId: { artisanId: artisan.id, helperId } },
    select: { id: true, revokedAt: true },
  });
  const link = before
    ? await tx.artisanHelper.update({
        where: { id: before.id },
        data: { revokedAt: null, relationship: input.relationship },
        select: { id: true },
      })
    : await tx.artisanHelper.create({
        data: { artisanId: artisan.id, helperId, relationship: input.relationship },
        select: { id: true },
      });
  const welcomed = !(await accountsWithPassword(tx, [helperId])).has(helperId);
  if (welcomed) await issueWelcome(tx, { userId: helperId, issuedById: worker.id, via: "sms", appUrl: options.appUrl });
  await audit(tx, {
    actorId: worker.id,
    action: before ? (before.revokedAt ? "helper.restore" : "helper.update") : "helper.add",
    entity: "ArtisanHelper",
    entityId: link.id,
    detail: { artisanId: artisan.id, relationship: input.relationship, newAccount: !existing },
  });
  return { ok: true, welcomed };
}

/** Removes a helper from the artisan (revokedAt): from the next request on, they cannot act for them. */
export async function removeHelper(
  db: Db,
  worker: { id: string },
  artisanId: string,
  helperLinkId: string,
): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    const removed = await tx.artisanHelper.updateMany({
      where: { id: helperLinkId, artisanId, revokedAt: null, artisan: artisanInStaffDistricts(worker.id) },
      data: { revokedAt: new Date() },
    });
    if (removed.count === 0) return { ok: false as const, reason: "notFound" as const };
    await audit(tx, {
      actorId: worker.id,
      action: "helper.remove",
      entity: "ArtisanHelper",
      entityId: helperLinkId,
      detail: { artisanId },
    });
    return { ok: true as const };
  });
}
