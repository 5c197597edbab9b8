import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CaseListRow } from "./case-list.server";
import { casePath } from "./case-links";
import { useDay } from "./day-text";

/** What is due on one case: reviews whose day has come, referrals with no answer in time, no sale in two months. */
export function DueItems({ row }: { row: CaseListRow }) {
  const { t } = useTranslation();
  const day = useDay();
  const items = [
    ...row.reviewsDue.map((r) => ({
      key: `r${r.number}`,
      text: t("cases.due.review", { number: r.number, date: day(r.dueOn) }),
    })),
    ...row.referralsOverdue.map((r) => ({ key: r.id, text: t("cases.due.referral", { date: day(r.dueOn) }) })),
    ...(row.noSale ? [{ key: "noSale", text: t("cases.due.noSale") }] : []),
  ];
  if (items.length === 0) return null;
  return (
    <>
      <p>{t("cases.due.title")}</p>
      <ul className="list-disc ps-6">
        {items.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ul>
    </>
  );
}

/** The worker's cases (the branch head's: the district's, with each case worker's name). */
export function CaseList({ cases }: { cases: CaseListRow[] }) {
  const { t } = useTranslation();
  const day = useDay();
  if (cases.length === 0) return <p>{t("cases.list.empty")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {cases.map((row) => (
        <li key={row.id} className="card p-4 flex flex-col gap-1">
          <h3 className="text-lg">
            <Link to={casePath(row.id)} className="inline-flex min-h-11 items-center">
              {row.name}
            </Link>
          </h3>
          <p className="font-semibold">{t(`cases.stage.${row.stage}`)}</p>
          <p>{t("cases.list.opened", { date: day(row.openedOn) })}</p>
          {row.worker ? <p>{t("cases.list.worker", { name: row.worker })}</p> : null}
          <DueItems row={row} />
        </li>
      ))}
    </ul>
  );
}

/** On the caseload: the worker's own cases with something due, and the way to all cases. */
export function CasesDueSection({ cases }: { cases: CaseListRow[] | null }) {
  const { t } = useTranslation();
  if (!cases || cases.length === 0) return null;
  return (
    <section aria-labelledby="cases-due-title" className="flex flex-col gap-3">
      <h2 id="cases-due-title" className="text-2xl">
        {t("cases.caseload.title")}
      </h2>
      <CaseList cases={cases} />
      <p>
        <Link to="/cases" className="inline-flex min-h-11 items-center">
          {t("cases.caseload.all")}
        </Link>
      </p>
    </section>
  );
}
