import type { LoaderFunctionArgs } from "@remix-run/node";
import { certificateFile } from "~/modules/certificates/file-access.server";
import { getStorage } from "~/modules/media/storage-instance.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";

// The certificate's scan, for a moderator of the artisan's district (another district's: not found).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const moderator = await requirePermission(request, "certificate:verify");
  const file = await certificateFile(getDb(), getStorage(), { moderatorId: moderator.id }, params.id ?? "");
  return file ?? notFound();
}
