// Test data for the certificate tests: a district's moderator, an artisan with a listing, and a
// small PDF and PNG; plus a studio actor, as the studio routes make one.
import sharp from "sharp";
import type { StudioActor } from "~/modules/assisted/studio-actor.server";
import type { Db } from "~/utils/db.server";
import type { CertificateInput } from "./schemas";

export const PDF = {
  bytes: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
  name: "proba.pdf",
  type: "application/pdf",
};

export async function png() {
  const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } })
    .withMetadata({ exif: { IFD0: { Artist: "Home GPS" } } })
    .png()
    .toBuffer();
  return { bytes, name: "proba.png", type: "image/png" };
}

export async function makeModerator(db: Db, districtId: string, roles: ("MODERATOR" | "ADMIN")[] = ["MODERATOR"]) {
  const user = await db.user.create({
    data: { name: "Moderator", email: `m${Math.random().toString(36).slice(2)}@example.uz`, passwordHash: "x", roles },
  });
  await db.staffDistrict.create({ data: { userId: user.id, districtId } });
  return user;
}

export const studioOf = (artisan: { id: string; userId: string }): StudioActor => ({
  artisanId: artisan.id,
  artisanUserId: artisan.userId,
  actorId: artisan.userId,
  onBehalfOf: null,
});

export const hallmark = (over: Partial<CertificateInput> = {}): CertificateInput => ({
  kind: "HALLMARK",
  issuer: "Oʻzbekiston proba palatasi",
  number: "PR-2026-0117",
  issuedOn: "2026-01-10",
  expiresOn: "2027-01-10",
  ...over,
});
