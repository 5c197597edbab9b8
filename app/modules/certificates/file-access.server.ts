import type { PrivateFileStorage } from "~/modules/media/storage.server";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";

/** The reader: the artisan's studio (who acts, for whom) or a moderator. */
type Who = { artisanId: string; actorId: string; onBehalfOf: string | null } | { moderatorId: string };

/**
 * A certificate's file for someone allowed to see it — the artisan's studio (the artisan or whoever
 * acts for them), or a moderator of the artisan's district — or null: the route answers 404.
 * Sent with Cache-Control private, no-store, so no shared cache or browser history keeps it. Each
 * opening is in the audit log: the scan may show the artisan's name and more than was attested.
 */
export async function certificateFile(db: Db, storage: PrivateFileStorage, who: Who, id: string) {
  const row = await db.productCertificate.findFirst({
    where: {
      id,
      ...("artisanId" in who ? { artisanId: who.artisanId } : { artisan: artisanInStaffDistricts(who.moderatorId) }),
    },
    select: { fileKey: true, fileType: true, artisanId: true },
  });
  const bytes = row ? await storage.getPrivate(row.fileKey) : null;
  if (!row || !bytes) return null;
  await audit(db, {
    actorId: "moderatorId" in who ? who.moderatorId : who.actorId,
    onBehalfOf: "moderatorId" in who ? null : who.onBehalfOf,
    action: "certificate.file.read",
    entity: "ProductCertificate",
    entityId: id,
    detail: { artisanId: row.artisanId },
  });
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
