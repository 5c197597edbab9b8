import { requireUser, type CurrentUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { can, type Permission } from "~/utils/permissions";
import { mayActFor } from "./may-act-for.server";

/**
 * Who works in a studio: the artisan themself, or a helper / social worker acting for them
 * (assisted mode). Module functions take this instead of a user id, so every write can record
 * both names: `actorId` did it, `onBehalfOf` (the artisan's user id) is whom it was done for.
 */
export type StudioActor = {
  artisanId: string;
  artisanUserId: string;
  actorId: string;
  onBehalfOf: string | null;
};

export type StudioPermission = Extract<Permission, "listing:manage-own" | "order:fulfil-own" | "earnings:read-own">;

/** The studio the request works in, or a 403/404 response: no studio of one's own, no valid switch. */
export async function requireStudio(request: Request, permission: StudioPermission): Promise<StudioActor> {
  const user = await requireUser(request);
  return studioActorOf(user, permission);
}

export async function studioActorOf(user: CurrentUser, permission: StudioPermission): Promise<StudioActor> {
  const db = getDb();
  if (user.actingForArtisanId) {
    if (!(await mayActFor(db, user, user.actingForArtisanId))) forbidden();
    const artisan = await db.artisanProfile.findUniqueOrThrow({
      where: { id: user.actingForArtisanId },
      select: { userId: true },
    });
    return {
      artisanId: user.actingForArtisanId,
      artisanUserId: artisan.userId,
      actorId: user.id,
      onBehalfOf: artisan.userId,
    };
  }
  if (!can(user.roles, permission)) forbidden();
  const own = await db.artisanProfile.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (!own) notFound();
  return { artisanId: own.id, artisanUserId: user.id, actorId: user.id, onBehalfOf: null };
}

/** The audit fields of a studio act: both names when someone acted for the artisan. */
export const auditNames = (actor: StudioActor) => ({ actorId: actor.actorId, onBehalfOf: actor.onBehalfOf });
