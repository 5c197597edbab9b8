// Studio actors for tests: the artisan in their own studio, or someone acting for them.
import type { StudioActor } from "./studio-actor.server";

type Artisan = { id: string; userId: string };

export const ownStudio = (artisan: Artisan): StudioActor => ({
  artisanId: artisan.id,
  artisanUserId: artisan.userId,
  actorId: artisan.userId,
  onBehalfOf: null,
});

export const actingFor = (artisan: Artisan, actorId: string): StudioActor => ({
  artisanId: artisan.id,
  artisanUserId: artisan.userId,
  actorId,
  onBehalfOf: artisan.userId,
});
