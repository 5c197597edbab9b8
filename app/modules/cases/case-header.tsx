import { Link, useSearchParams } from "@remix-run/react";
import { PageNotice } from "~/components/page-notice";
import { useTranslation } from "react-i18next";
import type { CaseView } from "./case-read.server";
import { casePath, DONE_NOTICES } from "./case-links";
import { useDay } from "./day-text";

/** The top of every case page: whose case, what the last change did, its stage, who runs it, and the way back to the case. */
export function CaseHeader({ found, title, back = true }: { found: CaseView; title: string; back?: boolean }) {
  const { t } = useTranslation();
  const day = useDay();
  const done = useSearchParams()[0].get("done");
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-3xl">{title}</h1>
      <PageNotice text={done && DONE_NOTICES.includes(done) ? t(`cases.done.${done}`) : null} />
      <p>
        <strong>{t("cases.case.stage")}</strong> {t(`cases.stage.${found.stage}`)}
      </p>
      <p>
        {t("cases.case.worker", { name: found.worker })} · {t("cases.list.opened", { date: day(found.openedOn) })}
        {found.externalEcaseId ? ` · ${t("cases.case.ecase", { number: found.externalEcaseId })}` : null}
      </p>
      {found.noSale ? <p className="field-error">{t("cases.due.noSale")}</p> : null}
      {back ? (
        <p>
          <Link to={casePath(found.id)} className="inline-flex min-h-11 items-center">
            {t("cases.case.back", { name: found.artisan.name })}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
