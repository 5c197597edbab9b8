import { useTranslation } from "react-i18next";
import { formatDateTime, type DateInput } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";

type Sheet = { name: string; phone: string; code: string; expiresAt: DateInput; page: string; qrSvg: string };

/**
 * The A4 sheet left with the artisan at a home visit: their login, the code in large type, a QR
 * code of the link (the link itself is never printed as text), until when it works, three steps.
 */
export function WelcomeSheet({ sheet }: { sheet: Sheet }) {
  const { t, i18n } = useTranslation();
  const until = formatDateTime(sheet.expiresAt, i18n.language as Locale);
  return (
    <article aria-labelledby="sheet-title" className="welcome-sheet card flex flex-col gap-5 p-6">
      <h1 id="sheet-title" className="text-3xl">
        {t("welcome.sheet.title", { name: sheet.name })}
      </h1>
      <p className="text-lg">{t("welcome.sheet.intro")}</p>
      <div className="flex flex-wrap items-center gap-6">
        <dl className="flex flex-col gap-1">
          <dt className="font-semibold">{t("welcome.sheet.login")}</dt>
          <dd className="text-2xl mb-3">{sheet.phone}</dd>
          <dt className="font-semibold">{t("welcome.sheet.code")}</dt>
          <dd className="welcome-code font-mono font-bold text-4xl sm:text-5xl tracking-wider">{sheet.code}</dd>
        </dl>
        {/* uqr's SVG of the link: squares only, made on the server from our own link. */}
        <div
          role="img"
          aria-label={t("welcome.sheet.qr")}
          className="welcome-qr w-48 max-w-full shrink-0 [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
          dangerouslySetInnerHTML={{ __html: sheet.qrSvg }}
        />
      </div>
      <p className="text-lg font-semibold">{t("welcome.sheet.validUntil", { until })}</p>
      <section aria-labelledby="sheet-steps" className="flex flex-col gap-2">
        <h2 id="sheet-steps" className="text-2xl">
          {t("welcome.sheet.stepsTitle")}
        </h2>
        <ol className="list-decimal ps-6 flex flex-col gap-2 text-lg">
          <li>{t("welcome.sheet.step1", { page: sheet.page })}</li>
          <li>{t("welcome.sheet.step2")}</li>
          <li>{t("welcome.sheet.step3")}</li>
        </ol>
      </section>
      <p>{t("welcome.sheet.keep")}</p>
    </article>
  );
}
