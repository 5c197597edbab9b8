import { audit } from "~/utils/audit.server";
import { requirePermission, type CurrentUser } from "~/utils/auth.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { forbidden } from "~/utils/http.server";
import { uzbekText } from "~/utils/i18n/localized";
import type { Outcome } from "~/utils/result";
import { mayActFor } from "./may-act-for.server";

type Person = Pick<CurrentUser, "id" | "roles" | "sessionId" | "actingForArtisanId">;

/** Helpers and social workers only; a courier never, whatever other roles the account has. */
export async function requireAssistant(request: Request): Promise<CurrentUser> {
  const user = await requirePermission(request, "assisted:act");
  if (user.roles.includes("COURIER")) forbidden();
  return user;
}

const artisanOf = (db: Db, artisanId: string) =>
  db.artisanProfile.findUnique({ where: { id: artisanId }, select: { userId: true, displayName: true } });

/**
 * "Act for <artisan>": the session remembers whom the person acts for, and every studio request
 * checks it again (mayActFor). Refused without a standing consent and a helper link or assignment;
 * the refusal is audited too (without onBehalfOf: nothing was done for the artisan).
 */
export async function startActing(
  db: Db,
  person: Person,
  artisanId: string,
): Promise<Outcome<"notAllowed", { name: string }>> {
  const artisan = await artisanOf(db, artisanId);
  if (!artisan || !(await mayActFor(db, person, artisanId))) {
    await audit(db, {
      actorId: person.id,
      action: "assisted.refused",
      entity: "ArtisanProfile",
      entityId: artisan ? artisanId : null,
    });
    return { ok: false, reason: "notAllowed" };
  }
  const previous =
    person.actingForArtisanId && person.actingForArtisanId !== artisanId
      ? await artisanOf(db, person.actingForArtisanId)
      : null;
  await db.$transaction(async (tx) => {
    if (previous) {
      await audit(tx, {
        actorId: person.id,
        onBehalfOf: previous.userId,
        action: "assisted.stopped",
        entity: "ArtisanProfile",
        entityId: person.actingForArtisanId,
      });
    }
    await tx.session.update({ where: { id: person.sessionId }, data: { actingForArtisanId: artisanId } });
    await audit(tx, {
      actorId: person.id,
      onBehalfOf: artisan.userId,
      action: "assisted.started",
      entity: "ArtisanProfile",
      entityId: artisanId,
    });
  });
  return { ok: true, name: artisan.displayName };
}

/** "Stop acting for <artisan>": back to the person's own account. Always allowed, also after a revoked consent. */
export async function stopActing(db: Db, person: Person, reason?: "notAllowed"): Promise<void> {
  const artisanId = person.actingForArtisanId;
  if (!artisanId) return;
  const artisan = await artisanOf(db, artisanId);
  await db.$transaction(async (tx) => {
    // Conditional: two tabs stopping at once record one stop.
    const { count } = await tx.session.updateMany({
      where: { id: person.sessionId, actingForArtisanId: artisanId },
      data: { actingForArtisanId: null },
    });
    if (count === 0) return;
    await audit(tx, {
      actorId: person.id,
      onBehalfOf: artisan?.userId ?? null,
      action: "assisted.stopped",
      entity: "ArtisanProfile",
      entityId: artisanId,
      ...(reason && { detail: { reason } }),
    });
  });
}

/**
 * Whom the banner says the person acts for, checked on every page: when the consent or the link
 * has gone, the switch ends here (recorded), so no page claims an act the studio would refuse.
 */
export async function actingFor(db: Db, person: Person | null, locale: Locale): Promise<{ name: string } | null> {
  if (!person?.actingForArtisanId) return null;
  const artisan = await artisanOf(db, person.actingForArtisanId);
  if (artisan && (await mayActFor(db, person, person.actingForArtisanId)))
    return { name: uzbekText(artisan.displayName, locale) };
  await stopActing(db, person, "notAllowed");
  return null;
}
