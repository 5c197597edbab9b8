import { redirect } from "@remix-run/node";
import { z } from "zod";
import { getUser } from "~/utils/auth.server";
import type { Db } from "~/utils/db.server";
import { safeRedirect } from "~/utils/redirect.server";
import { toggleFavourite } from "./favourites.server";

const FavouriteForm = z.object({ listingId: z.string().min(1).max(40), returnTo: z.string().optional() });

/** Toggles a favourite and redirects back with the outcome; a guest goes to login first. */
export async function favouriteAction(db: Db, request: Request): Promise<never> {
  const form = Object.fromEntries(await request.formData());
  const parsed = FavouriteForm.safeParse(form);
  const returnTo = safeRedirect(parsed.success ? parsed.data.returnTo : null, "/favourites");
  const user = await getUser(request);
  if (!user) throw redirect(`/login?redirectTo=${encodeURIComponent(returnTo)}`);
  if (!parsed.success) throw redirect(returnTo);
  const state = await toggleFavourite(db, user.id, parsed.data.listingId);
  throw redirect(
    state === null ? returnTo : safeRedirect(returnTo, "/favourites", { favourite: state ? "saved" : "unsaved" }),
  );
}
