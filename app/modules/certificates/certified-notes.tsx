import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import type { PublicCertification } from "./public.server";

type Shown = Pick<PublicCertification, "kind" | "kindOther" | "issuer" | "expiresOn">;

/** "Certified: hallmark, valid until 01.03.2027" for each verified certificate of a listing. */
export function CertifiedNotes({ certifications }: { certifications: Shown[] }) {
  const { t, i18n } = useTranslation();
  if (certifications.length === 0) return null;
  return (
    <ul className="card p-4 flex flex-col gap-2" aria-label={t("certificates.listing.label")}>
      {certifications.map((c, index) => {
        const kind = c.kindOther ?? t(`certificates.kind.${c.kind}`);
        return (
          <li key={`${c.kind}-${index}`} className="flex flex-col">
            <strong>
              {c.expiresOn
                ? t("certificates.listing.certifiedUntil", {
                    kind,
                    date: formatDate(c.expiresOn, i18n.language as Locale),
                  })
                : t("certificates.listing.certified", { kind })}
            </strong>
            <span className="text-[var(--color-muted)]">
              {t("certificates.listing.issuedBy", { issuer: c.issuer })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
