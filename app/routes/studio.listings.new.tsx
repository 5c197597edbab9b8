import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { createDraft } from "~/modules/listings/drafts.server";
import { getDb } from "~/utils/db.server";

// "New listing" on /studio posts here: a draft is made at once, so leaving mid-way loses nothing.
export async function loader() {
  return redirect("/studio");
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const id = await createDraft(getDb(), actor);
  return redirect(`/studio/listings/${id}/photos`);
}
