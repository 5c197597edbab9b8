import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import type { CertificateFacts } from "./certificate-facts";

/**
 * A certificate's facts in plain words: kind, number, issuer, dates, where it stands; and a link
 * to its file (a plain link: the file route checks who asks) where the page may show it.
 */
export function CertificateFactsList({ certificate, fileHref }: { certificate: CertificateFacts; fileHref?: string }) {
  const { t, i18n } = useTranslation();
  const date = (day: string) => formatDate(day, i18n.language as Locale);
  return (
    <>
      <dl className="grid grid-cols-1 sm:grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("certificates.facts.kind")}</dt>
        <dd>{certificateKindName(certificate, t)}</dd>
        <dt className="font-semibold">{t("certificates.facts.number")}</dt>
        <dd className="break-all">{certificate.number}</dd>
        <dt className="font-semibold">{t("certificates.facts.issuer")}</dt>
        <dd>{certificate.issuer}</dd>
        <dt className="font-semibold">{t("certificates.facts.issuedOn")}</dt>
        <dd>{date(certificate.issuedOn)}</dd>
        <dt className="font-semibold">{t("certificates.facts.expiresOn")}</dt>
        <dd>
          {certificate.expiresOn ? date(certificate.expiresOn) : t("certificates.facts.noEnd")}
          {certificate.validity === "expiresSoon" || certificate.validity === "expired" ? (
            <strong className="block">{t(`certificates.validity.${certificate.validity}`)}</strong>
          ) : null}
        </dd>
        <dt className="font-semibold">{t("certificates.facts.status")}</dt>
        <dd>{t(`certificates.status.${certificate.status}`)}</dd>
      </dl>
      {fileHref ? (
        <p>
          <a href={fileHref} className="inline-flex min-h-11 items-center">
            {t("certificates.one.file")}
          </a>
        </p>
      ) : null}
    </>
  );
}

export function certificateKindName(c: Pick<CertificateFacts, "kind" | "kindOther">, t: (key: string) => string) {
  return c.kind === "OTHER" && c.kindOther ? c.kindOther : t(`certificates.kind.${c.kind}`);
}
