import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatMonth } from "~/utils/format";
import { usePageLocale } from "~/modules/orders/use-locale";
import type { CaseView } from "./case-read.server";
import { casePath } from "./case-links";
import { useDay } from "./day-text";
import { FactsList } from "./facts-list";

/** Referrals, newest first: where to, when sent, the answer or when it is due (overdue marked). */
export function ReferralList({ referrals }: { referrals: CaseView["referrals"] }) {
  const { t } = useTranslation();
  const day = useDay();
  if (referrals.length === 0) return <p>{t("cases.referral.none")}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {referrals.map((r) => (
        <li key={r.id} id={`referral-${r.id}`} className="card p-3 flex flex-col gap-1">
          <p className="font-semibold">
            {t(`cases.referralKind.${r.kind}`)}: {r.organisation}
          </p>
          <p>{t("cases.referral.sent", { date: day(r.sentOn) })}</p>
          <p>
            <strong>{t(`cases.referralStatus.${r.status}`)}</strong>
            {r.respondedOn ? ` · ${day(r.respondedOn)}` : ` · ${t("cases.referral.due", { date: day(r.answerDueOn) })}`}
          </p>
          {r.overdue ? <p className="field-error">{t("cases.referral.overdue")}</p> : null}
          {r.response ? <p className="whitespace-pre-line">{r.response}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** The six monthly reviews: due day, done or not, and (when done) the note, satisfaction and facts. */
export function ReviewList({
  caseId,
  reviews,
  links,
}: {
  caseId: string;
  reviews: CaseView["reviews"];
  links: boolean;
}) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <ol className="flex flex-col gap-2">
      {reviews.map((r) => (
        <li key={r.number} className="card p-3 flex flex-col gap-1">
          <p className="font-semibold">{t("cases.review.item", { number: r.number })}</p>
          <p>
            {r.doneOn
              ? t("cases.review.doneOn", { date: day(r.doneOn) })
              : t("cases.review.dueOn", { date: day(r.dueOn) })}
            {r.due ? ` · ${t("cases.review.dueNow")}` : null}
          </p>
          {r.satisfaction ? <p>{t(`cases.satisfaction.${r.satisfaction}`)}</p> : null}
          {r.note ? <p className="whitespace-pre-line">{r.note}</p> : null}
          {r.facts ? (
            <FactsList facts={r.facts} title={t("cases.review.facts", { month: formatMonth(r.month, t) })} />
          ) : null}
          {links && r.open ? (
            <Link to={casePath(caseId, `reviews/${r.number}`)} className="btn btn-secondary self-start">
              {t("cases.review.open")}
            </Link>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Case notes, newest first, with who wrote them and when. */
export function NoteList({ notes }: { notes: CaseView["notes"] }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  if (notes.length === 0) return <p>{t("cases.note.none")}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {notes.map((n) => (
        <li key={n.id} className="card p-3 flex flex-col gap-1">
          <p className="text-sm">{t("cases.note.by", { name: n.author, date: formatDateTime(n.at, locale) })}</p>
          <p className="whitespace-pre-line">{n.body}</p>
        </li>
      ))}
    </ul>
  );
}
