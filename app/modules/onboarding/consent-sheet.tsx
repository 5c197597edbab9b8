import { htmlLang } from "~/utils/i18n/locales";
import type { consentSheet } from "./consent-sheet.server";

type Sheet = NonNullable<Awaited<ReturnType<typeof consentSheet>>>;

/** One A4 sheet the artisan keeps: in their language, each purpose with their answer and lines to sign. */
export function ConsentSheet({ sheet }: { sheet: Sheet }) {
  return (
    <article
      lang={htmlLang(sheet.lang)}
      className="consent-sheet card p-6 flex flex-col gap-4"
      aria-labelledby="sheet-title"
    >
      <h1 id="sheet-title" className="text-3xl">
        {sheet.title}
      </h1>
      {sheet.purposes.map((p) => (
        <section key={p.purpose} className="consent-purpose flex flex-col gap-1" aria-labelledby={`sheet-${p.purpose}`}>
          <h2 id={`sheet-${p.purpose}`} className="text-xl">
            {p.texts.name}
          </h2>
          <p>{p.texts.what}</p>
          <p>{p.texts.means}</p>
          <p>
            <strong>{p.answer}</strong>
          </p>
        </section>
      ))}
      <p>{sheet.canWithdraw}</p>
      {sheet.signLines.map((label) => (
        <p key={label} className="consent-sign">
          {label}: <span aria-hidden="true">______________________</span>
        </p>
      ))}
    </article>
  );
}
