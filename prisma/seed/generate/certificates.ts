import type { PrivateFileStorage } from "~/modules/media/storage.server";
import type { Tx } from "~/utils/db.server";
import { addDays } from "~/utils/days";
import { MODERATOR_EMAIL } from "../content/demo-accounts";

// Demo product certificates (issue 13): a verified hallmark on a ring of an artisan the demo
// moderator serves, a pending one waiting in that moderator's queue, a verified one ending within
// 30 days (the reminder's case), and an open "which certificate do I need?" request.

/** The demo scan, in private storage under a fixed key (written again on every seed: same bytes). */
export const DEMO_CERTIFICATE_FILE = "certificates/demo-certificate.pdf";

// A one-page PDF saying what it is; small and readable in any viewer.
const DEMO_PDF = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj",
    "4 0 obj << /Length 62 >> stream",
    "BT /F1 24 Tf 72 760 Td (Hunarmand demo certificate) Tj ET",
    "endstream endobj",
    "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
    "",
  ].join("\n"),
);

/** Call before the seed's transaction (files are written outside it, like the pictures). */
export async function storeCertificateDemoFile(storage: PrivateFileStorage): Promise<string> {
  await storage.putPrivate(DEMO_CERTIFICATE_FILE, DEMO_PDF, "application/pdf");
  return DEMO_CERTIFICATE_FILE;
}

/**
 * The demo rows, inside the seed's transaction after listings and staff are written: returns how
 * many certificates it wrote (0 when the demo moderator serves no artisan with approved listings).
 */
export async function writeCertificatesDemo(
  tx: Tx,
  options: { today: Date; fileKey: string },
): Promise<{ count: number }> {
  const { today, fileKey } = options;
  const moderator = await tx.user.findUnique({ where: { email: MODERATOR_EMAIL }, select: { id: true } });
  if (!moderator) return { count: 0 };
  const listings = await tx.listing.findMany({
    where: { status: "APPROVED", artisan: { district: { staff: { some: { userId: moderator.id } } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, titleUz: true, artisanId: true, artisan: { select: { userId: true } } },
  });
  const ring = listings.find((l) => /(^|\s)uzuk/i.test(l.titleUz)) ?? listings[0];
  if (!ring) return { count: 0 };
  const others = listings.filter((l) => l.artisanId === ring.artisanId && l.id !== ring.id);
  const base = { artisanId: ring.artisanId, fileKey, fileType: "application/pdf", recordedById: ring.artisan.userId };
  const decided = { status: "VERIFIED" as const, decidedById: moderator.id, decidedAt: addDays(today, -20) };
  const rows = [
    {
      ...base,
      ...decided,
      kind: "HALLMARK" as const,
      issuer: "Oʻzbekiston Respublikasi Proba palatasi",
      number: "PP-2026-00417",
      issuedOn: addDays(today, -40),
      expiresOn: addDays(today, 325),
      listingIds: [ring.id],
    },
    {
      ...base,
      kind: "CONFORMITY" as const,
      issuer: "Oʻzstandart agentligi",
      number: "UZ.SMT.01.2026.1188",
      issuedOn: addDays(today, -10),
      expiresOn: addDays(today, 720),
      listingIds: others.slice(0, 1).map((l) => l.id),
    },
    {
      ...base,
      ...decided,
      kind: "ORIGIN" as const,
      issuer: "Oʻzbekiston Savdo-sanoat palatasi",
      number: "CT-2025-7731",
      issuedOn: addDays(today, -340),
      expiresOn: addDays(today, 21),
      listingIds: others.slice(1, 2).map((l) => l.id),
    },
  ];
  for (const { listingIds, ...data } of rows) {
    await tx.productCertificate.create({
      data: { ...data, listings: { create: listingIds.map((listingId) => ({ listingId })) } },
    });
  }
  const asked = others[2] ?? ring;
  await tx.certificationHelpRequest.create({
    data: {
      listingId: asked.id,
      artisanId: ring.artisanId,
      askedById: ring.artisan.userId,
      question: `«${asked.titleUz}»ni sotish uchun qanday sertifikat kerak? Uni qanday olsam boʻladi?`,
    },
  });
  return { count: rows.length };
}
