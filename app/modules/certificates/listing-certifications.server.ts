import type { Db } from "~/utils/db.server";
import { formatDate, tashkentNow } from "~/utils/format";
import { createI18n } from "~/utils/i18n/i18n.server";
import type { Locale } from "~/utils/i18n/locales";
import {
  certificationJsonLd,
  listingCertifications as certificationsOn,
  type PublicCertification,
} from "./public.server";

/** The listing page's certificates: verified and not ended on Tashkent's today. */
export const listingCertifications = (db: Db, slug: string, locale: Locale, now = new Date()) =>
  certificationsOn(db, slug, locale, tashkentNow(now).today);

const kindName = (c: PublicCertification, t: ReturnType<typeof createI18n>["t"]) =>
  c.kindOther ?? t(`certificates.kind.${c.kind}`);

/** Their schema.org data for the Product, each named by its kind in the page's language. */
export function listingCertificationSeo(certifications: PublicCertification[], locale: Locale) {
  if (certifications.length === 0) return {}; // most listings: no translator to make
  const { t } = createI18n(locale);
  return certificationJsonLd(certifications, (c) => kindName(c, t));
}

export type CertifiedNote = { certified: string; issuedBy: string };

/**
 * "Certified: hallmark, valid until 01.03.2027" and who issued it, in the page's language. Worded
 * here rather than in the browser: the listing page's JavaScript stays within its 85 KB budget.
 */
export function certifiedNotes(certifications: PublicCertification[], locale: Locale): CertifiedNote[] {
  if (certifications.length === 0) return [];
  const { t } = createI18n(locale);
  return certifications.map((c) => {
    const kind = kindName(c, t);
    return {
      certified: c.expiresOn
        ? t("certificates.listing.certifiedUntil", { kind, date: formatDate(c.expiresOn, locale) })
        : t("certificates.listing.certified", { kind }),
      issuedBy: t("certificates.listing.issuedBy", { issuer: c.issuer }),
    };
  });
}
