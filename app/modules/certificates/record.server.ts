import { auditNames, type StudioActor } from "~/modules/assisted/studio-actor.server";
import type { PrivateFileStorage } from "~/modules/media/storage.server";
import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import { certificateFileKey, checkCertificateFile, type FileRefusal, type Upload } from "./certificate-file.server";
import type { CertificateInput } from "./schemas";

export type RecordResult = Outcome<FileRefusal | "notFound" | "notReturned", { id: string }>;

const asDay = (value: string) => new Date(`${value}T00:00:00Z`);

function fields(input: CertificateInput) {
  return {
    kind: input.kind,
    kindOther: input.kind === "OTHER" ? (input.kindOther ?? null) : null,
    issuer: input.issuer,
    number: input.number,
    issuedOn: asDay(input.issuedOn),
    expiresOn: input.expiresOn ? asDay(input.expiresOn) : null,
  };
}

/** The file checked and written to private storage first: the row then names a file that exists. */
async function storeFile(storage: PrivateFileStorage, upload: Upload | null) {
  const checked = await checkCertificateFile(upload);
  if (!checked.ok) return checked;
  const fileKey = certificateFileKey(checked.file.ending);
  await storage.putPrivate(fileKey, checked.file.bytes, checked.file.type);
  return { ok: true as const, fileKey, fileType: checked.file.type };
}

/**
 * A new certificate of the studio's artisan, waiting for a moderator of their district, linked to
 * the listings ticked (all the artisan's own, or nothing is written: not found).
 */
export async function recordCertificate(
  db: Db,
  storage: PrivateFileStorage,
  actor: StudioActor,
  input: CertificateInput,
  upload: Upload | null,
  listingIds: string[] = [],
): Promise<RecordResult> {
  const wanted = [...new Set(listingIds)];
  if ((await db.listing.count({ where: { id: { in: wanted }, artisanId: actor.artisanId } })) !== wanted.length)
    return { ok: false, reason: "notFound" };
  const file = await storeFile(storage, upload);
  if (!file.ok) return file;
  return db.$transaction(async (tx) => {
    const row = await tx.productCertificate.create({
      data: {
        ...fields(input),
        artisanId: actor.artisanId,
        fileKey: file.fileKey,
        fileType: file.fileType,
        recordedById: actor.actorId,
      },
      select: { id: true },
    });
    await tx.listingCertificate.createMany({ data: wanted.map((listingId) => ({ listingId, certificateId: row.id })) });
    await audit(tx, {
      ...auditNames(actor),
      action: "certificate.record",
      entity: "ProductCertificate",
      entityId: row.id,
      detail: { kind: input.kind, listingIds: wanted },
    });
    return { ok: true, id: row.id };
  });
}

/**
 * A sent-back certificate corrected (and its file replaced when a new one is given), then waiting
 * again: back to PENDING, the old decision cleared. The one who corrects it becomes its recorder,
 * so four eyes holds for the new version too.
 */
export async function correctCertificate(
  db: Db,
  storage: PrivateFileStorage,
  actor: StudioActor,
  certificateId: string,
  input: CertificateInput,
  upload: Upload | null,
): Promise<RecordResult> {
  const own = await db.productCertificate.findFirst({
    where: { id: certificateId, artisanId: actor.artisanId },
    select: { status: true },
  });
  if (!own) return { ok: false, reason: "notFound" };
  if (own.status !== "RETURNED") return { ok: false, reason: "notReturned" };
  const file = upload && upload.bytes.length > 0 ? await storeFile(storage, upload) : null;
  if (file && !file.ok) return file;
  return db.$transaction(async (tx) => {
    const { count } = await tx.productCertificate.updateMany({
      where: { id: certificateId, artisanId: actor.artisanId, status: "RETURNED" },
      data: {
        ...fields(input),
        ...(file ? { fileKey: file.fileKey, fileType: file.fileType } : {}),
        status: "PENDING",
        recordedById: actor.actorId,
        decidedById: null,
        decidedAt: null,
        returnReason: null,
      },
    });
    if (count === 0) return { ok: false, reason: "notReturned" } as const;
    await audit(tx, {
      ...auditNames(actor),
      action: "certificate.resubmit",
      entity: "ProductCertificate",
      entityId: certificateId,
      detail: { newFile: Boolean(file) },
    });
    return { ok: true, id: certificateId } as const;
  });
}

/**
 * Which of the artisan's own listings the certificate covers: exactly the ones given. A listing
 * or certificate that is not this artisan's is "not found", and nothing changes.
 */
export async function linkListings(
  db: Db,
  actor: StudioActor,
  certificateId: string,
  listingIds: string[],
): Promise<Outcome<"notFound">> {
  const wanted = [...new Set(listingIds)];
  return db.$transaction(async (tx: Tx) => {
    const certificate = await tx.productCertificate.findFirst({
      where: { id: certificateId, artisanId: actor.artisanId },
      select: { id: true },
    });
    const owned = await tx.listing.count({ where: { id: { in: wanted }, artisanId: actor.artisanId } });
    if (!certificate || owned !== wanted.length) return { ok: false, reason: "notFound" } as const;
    await tx.listingCertificate.deleteMany({ where: { certificateId, listingId: { notIn: wanted } } });
    await tx.listingCertificate.createMany({
      data: wanted.map((listingId) => ({ listingId, certificateId })),
      skipDuplicates: true,
    });
    await audit(tx, {
      ...auditNames(actor),
      action: "certificate.link",
      entity: "ProductCertificate",
      entityId: certificateId,
      detail: { listingIds: wanted },
    });
    return { ok: true } as const;
  });
}
