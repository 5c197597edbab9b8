import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { certificateFile } from "~/modules/certificates/file-access.server";
import { getStorage } from "~/modules/media/storage-instance.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";

// The certificate's scan, for the artisan's studio only (the artisan or whoever acts for them).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const file = await certificateFile(getDb(), getStorage(), actor, params.id ?? "");
  return file ?? notFound();
}
