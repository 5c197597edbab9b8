import type { Prisma } from "~/generated/prisma/client";
import { audit } from "~/utils/audit.server";
import { unseal } from "~/utils/sensitive.server";

type Tx = Prisma.TransactionClient;

export type ArtisanContact = {
  phone: string | null;
  /** Null when the artisan has no standing ADDRESS_TO_COURIER consent: the courier phones for it. */
  address: string | null;
  accessNotes: string | null;
};

const FIELDS = ["pickupPhoneEnc", "addressEnc", "accessNotesEnc"] as const;

/**
 * The artisan's pickup phone, and their address and access notes only with a standing consent to
 * give them to a courier. Every read is audited (which fields, for what); the values never are.
 */
export async function readArtisanContact(
  tx: Tx,
  artisanId: string,
  reader: { actorId: string; purpose: "manifest" | "courier" },
): Promise<ArtisanContact> {
  const row = await tx.artisanProfile.findUniqueOrThrow({
    where: { id: artisanId },
    select: {
      pickupPhoneEnc: true,
      addressEnc: true,
      accessNotesEnc: true,
      consents: { where: { purpose: "ADDRESS_TO_COURIER", revokedAt: null }, select: { id: true }, take: 1 },
    },
  });
  const consented = row.consents.length > 0;
  const read = FIELDS.filter((field) => row[field] && (consented || field === "pickupPhoneEnc"));
  const open = (field: (typeof FIELDS)[number]) =>
    read.includes(field) ? unseal({ model: "ArtisanProfile", field, id: artisanId }, row[field]!) : null;
  if (read.length > 0) {
    await audit(tx, {
      actorId: reader.actorId,
      action: "artisan.address.read",
      entity: "ArtisanProfile",
      entityId: artisanId,
      detail: { purpose: reader.purpose, fields: [...read] },
    });
  }
  return { phone: open("pickupPhoneEnc"), address: open("addressEnc"), accessNotes: open("accessNotesEnc") };
}
