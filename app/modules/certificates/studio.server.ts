import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { certificateText, validityOn, type CertificateFacts } from "./certificate-facts";

export const factsSelect = {
  id: true,
  kind: true,
  kindOther: true,
  issuer: true,
  number: true,
  issuedOn: true,
  expiresOn: true,
  status: true,
  returnReason: true,
  fileType: true,
} as const;

type FactsRow = Parameters<typeof certificateText>[0] & {
  id: string;
  status: CertificateFacts["status"];
  returnReason: string | null;
  fileType: string;
};

/** A row as the page shows it: typed Uzbek text in the reader's script, days as "YYYY-MM-DD". */
export function toFacts(row: FactsRow, locale: Locale, today: Date): CertificateFacts {
  return {
    ...certificateText(row, locale),
    id: row.id,
    status: row.status,
    validity: validityOn(row.expiresOn, today),
    returnReason: row.returnReason && uzbekText(row.returnReason, locale),
    fileType: row.fileType,
  };
}

const titleSelect = { id: true, titleUz: true, titleRu: true, titleEn: true } as const;

/** The studio's certificates (newest first) with the listings each covers, its own listings, and its help requests. */
export async function studioCertificates(db: Db, artisanId: string, locale: Locale, today: Date) {
  const [certificates, listings, help] = await Promise.all([
    db.productCertificate.findMany({
      where: { artisanId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { ...factsSelect, listings: { select: { listing: { select: titleSelect } } } },
    }),
    ownListings(db, artisanId, locale),
    db.certificationHelpRequest.findMany({
      where: { artisanId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true, status: true, question: true, answer: true, listing: { select: titleSelect } },
    }),
  ]);
  return {
    certificates: certificates.map((c) => ({
      ...toFacts(c, locale, today),
      listings: c.listings.map((l) => ({ id: l.listing.id, title: localized(l.listing, "title", locale) })),
    })),
    listings,
    help: help.map((h) => ({
      id: h.id,
      status: h.status,
      question: uzbekText(h.question, locale),
      answer: h.answer && uzbekText(h.answer, locale),
      listing: localized(h.listing, "title", locale),
    })),
  };
}

/** The artisan's listings that are not archived, for the link checkboxes and "ask for help". */
export async function ownListings(db: Db, artisanId: string, locale: Locale) {
  const rows = await db.listing.findMany({
    where: { artisanId, status: { not: "ARCHIVED" } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: titleSelect,
  });
  return rows.map((l) => ({ id: l.id, title: localized(l, "title", locale) || l.id }));
}

/** One of the studio's certificates with the ids of its listings, or null (another artisan's: not found). */
export async function studioCertificate(db: Db, artisanId: string, id: string, locale: Locale, today: Date) {
  const row = await db.productCertificate.findFirst({
    where: { id, artisanId },
    select: { ...factsSelect, listings: { select: { listingId: true } } },
  });
  if (!row) return null;
  return { ...toFacts(row, locale, today), listingIds: row.listings.map((l) => l.listingId) };
}
