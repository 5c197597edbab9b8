import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { certificateText, type CertificateText } from "./certificate-facts";

/** What a buyer sees of a certificate: its kind, issuer, number and days. Never the file. */
export type PublicCertification = CertificateText;

/** The verified certificates of an approved listing that have not ended by `today` (Tashkent's date). */
export async function listingCertifications(
  db: Db,
  slug: string,
  locale: Locale,
  today: Date,
): Promise<PublicCertification[]> {
  const rows = await db.productCertificate.findMany({
    where: {
      status: "VERIFIED",
      OR: [{ expiresOn: null }, { expiresOn: { gte: today } }],
      listings: { some: { listing: { slug, status: "APPROVED" } } },
    },
    orderBy: [{ kind: "asc" }, { id: "asc" }],
    select: { kind: true, kindOther: true, issuer: true, number: true, issuedOn: true, expiresOn: true },
  });
  return rows.map((row) => certificateText(row, locale));
}

/**
 * schema.org `hasCertification` of a Product: one Certification each, named by its kind in the
 * page's language, issued by an Organization, with its number and validity (validFrom, expires).
 */
export function certificationJsonLd(
  certifications: PublicCertification[],
  kindName: (c: PublicCertification) => string,
) {
  if (certifications.length === 0) return {};
  return {
    hasCertification: certifications.map((c) => ({
      "@type": "Certification",
      name: kindName(c),
      issuedBy: { "@type": "Organization", name: c.issuer },
      certificationIdentification: c.number,
      certificationStatus: "https://schema.org/CertificationActive",
      validFrom: c.issuedOn,
      ...(c.expiresOn ? { expires: c.expiresOn } : {}),
    })),
  };
}

/** The catalog's "certified" filter in SQL: a verified certificate linked to the listing, not ended by Tashkent's today. */
export const hasValidCertificate = Prisma.sql`EXISTS (SELECT 1 FROM "ListingCertificate" lc
  JOIN "ProductCertificate" pc ON pc.id = lc."certificateId"
  WHERE lc."listingId" = l.id AND pc.status = 'VERIFIED'
    AND (pc."expiresOn" IS NULL OR pc."expiresOn" >= (now() AT TIME ZONE 'Asia/Tashkent')::date))`;
