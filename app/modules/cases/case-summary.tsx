import { useTranslation } from "react-i18next";
import type { CaseView } from "./case-read.server";
import { NoteList, ReferralList, ReviewList } from "./case-lists";
import { useDay } from "./day-text";
import { AssessmentView, PlanView } from "./plan-view";

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="case-part flex flex-col gap-2">
      <h2 className="text-xl">{title}</h2>
      {children}
    </section>
  );
}

/** The whole case on A4 paper for the file: each part whole on a page where it fits, a line to sign. */
export function CaseSummary({ found }: { found: CaseView }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <article className="case-summary card p-6 flex flex-col gap-4" aria-labelledby="summary-title">
      <h1 id="summary-title" className="text-3xl">
        {t("cases.summary.heading", { name: found.artisan.name })}
      </h1>
      <p>
        {t(`cases.stage.${found.stage}`)} · {t("cases.case.worker", { name: found.worker })} ·{" "}
        {t("cases.list.opened", { date: day(found.openedOn) })}
        {found.externalEcaseId ? ` · ${t("cases.case.ecase", { number: found.externalEcaseId })}` : null}
      </p>
      {found.closureReason && found.closedOn ? (
        <p>
          {t("cases.close.closed", { date: day(found.closedOn), reason: t(`cases.closure.${found.closureReason}`) })}
          {found.closureNote ? ` ${found.closureNote}` : null}
        </p>
      ) : null}
      <Part title={t("cases.assessment.title")}>
        {found.assessment ? <AssessmentView assessment={found.assessment} /> : <p>{t("cases.assessment.none")}</p>}
      </Part>
      <Part title={t("cases.plan.title")}>
        {found.plans.length === 0 ? <p>{t("cases.plan.none")}</p> : null}
        {found.plans.map((plan) => (
          <PlanView key={plan.version} plan={plan} />
        ))}
      </Part>
      <Part title={t("cases.referral.title")}>
        <ReferralList referrals={found.referrals} />
      </Part>
      <Part title={t("cases.review.title")}>
        <ReviewList caseId={found.id} reviews={found.reviews} links={false} />
      </Part>
      <Part title={t("cases.note.title")}>
        <NoteList notes={found.notes} />
      </Part>
      <p className="case-sign">
        {t("cases.summary.signWorker")}: <span aria-hidden="true">______________________</span>
      </p>
    </article>
  );
}
