import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { createDraft } from "~/modules/listings/drafts.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";

// "New listing" on /studio posts here: a draft is made at once, so leaving mid-way loses nothing.
export async function loader() {
  return redirect("/studio");
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "listing:manage-own");
  const id = await createDraft(getDb(), user.id);
  if (!id) throw new Response(null, { status: 404 });
  return redirect(`/studio/listings/${id}/photos`);
}
