import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CertificateFacts } from "./certificate-facts";
import { CertificateFactsList } from "./certificate-facts-list";
import type { ListingOption } from "./listing-boxes";

type StudioCertificate = CertificateFacts & { listings: ListingOption[] };

/** The studio's certificates, each with its facts, the listings it covers, and why it came back. */
export function StudioCertificateList({ certificates }: { certificates: StudioCertificate[] }) {
  const { t } = useTranslation();
  if (certificates.length === 0) return <p>{t("certificates.studio.empty")}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {certificates.map((c) => (
        <li key={c.id} className="card p-4 flex flex-col gap-2">
          <CertificateFactsList certificate={c} />
          {c.status === "RETURNED" && c.returnReason ? (
            <p role="note">
              <strong>{t("certificates.studio.returnReason")}</strong> {c.returnReason}
            </p>
          ) : null}
          <p>
            {c.listings.length > 0
              ? t("certificates.studio.covers", { titles: c.listings.map((l) => l.title).join(", ") })
              : t("certificates.studio.coversNone")}
          </p>
          <p>
            <Link to={`/studio/certificates/${c.id}`} className="inline-flex min-h-11 items-center">
              {t(c.status === "RETURNED" ? "certificates.studio.correct" : "certificates.studio.open")}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

type Help = {
  id: string;
  status: "OPEN" | "ANSWERED" | "DONE";
  question: string;
  answer: string | null;
  listing: string;
};

/** "Ask for help with certification" per listing, and the association's answers to what was asked. */
export function HelpAnswers({ help, listings }: { help: Help[]; listings: ListingOption[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="help-title" className="flex flex-col gap-3">
      <h2 id="help-title" className="text-2xl">
        {t("certificates.help.title")}
      </h2>
      <p>{t("certificates.help.intro")}</p>
      {listings.length > 0 ? (
        <ul className="flex flex-col gap-1">
          {listings.map((l) => (
            <li key={l.id}>
              <Link to={`/studio/certificates/help/${l.id}`} className="inline-flex min-h-11 items-center">
                {t("certificates.help.askFor", { title: l.title })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {help.length > 0 ? (
        <ul className="flex flex-col gap-3">
          {help.map((h) => (
            <li key={h.id} className="card p-4 flex flex-col gap-1">
              <p className="font-semibold">{h.listing}</p>
              <p>
                {t("certificates.help.yourQuestion")} {h.question}
              </p>
              <p>{h.answer ? `${t("certificates.help.answer")} ${h.answer}` : t("certificates.help.waiting")}</p>
              <p className="text-[var(--color-muted)]">{t(`certificates.helpStatus.${h.status}`)}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
