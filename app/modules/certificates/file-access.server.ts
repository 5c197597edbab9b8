import type { PrivateFileStorage } from "~/modules/media/storage.server";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";

type Who = { artisanId: string } | { moderatorId: string };

/**
 * A certificate's file for someone allowed to see it — the artisan's studio (the artisan or whoever
 * acts for them), or a moderator of the artisan's district — or null: the route answers 404.
 * Sent with Cache-Control private, no-store, so no shared cache or browser history keeps it.
 */
export async function certificateFile(db: Db, storage: PrivateFileStorage, who: Who, id: string) {
  const row = await db.productCertificate.findFirst({
    where: {
      id,
      ...("artisanId" in who ? { artisanId: who.artisanId } : { artisan: artisanInStaffDistricts(who.moderatorId) }),
    },
    select: { fileKey: true, fileType: true },
  });
  const bytes = row ? await storage.getPrivate(row.fileKey) : null;
  if (!row || !bytes) return null;
  const ending = row.fileType === "application/pdf" ? "pdf" : row.fileType === "image/png" ? "png" : "jpg";
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": row.fileType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `inline; filename="certificate.${ending}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
