import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
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

/** Their schema.org data for the Product, each named by its kind in the page's language. */
export function listingCertificationSeo(certifications: PublicCertification[], locale: Locale) {
  const { t } = createI18n(locale);
  return certificationJsonLd(certifications, (c) => c.kindOther ?? t(`certificates.kind.${c.kind}`));
}
