import { htmlLang } from "~/utils/i18n/locales";
import type { DecisionLetter } from "./letter.server";

/** The decision letter on one A4 sheet, in the artisan's language (marked with lang for screen readers). */
export function DecisionLetterSheet({ letter }: { letter: DecisionLetter }) {
  return (
    <article
      lang={htmlLang(letter.lang)}
      className="consent-sheet card p-6 flex flex-col gap-4"
      aria-labelledby="letter-title"
    >
      <p>{letter.heading}</p>
      <h1 id="letter-title" className="text-3xl">
        {letter.title}
      </h1>
      <p>{letter.to}</p>
      <p>{letter.decision}</p>
      {letter.paid ? <p>{letter.paid}</p> : null}
      <p>{letter.review}</p>
      <p className="consent-sign">
        {letter.signature} <span aria-hidden="true">______________________</span>
      </p>
    </article>
  );
}
