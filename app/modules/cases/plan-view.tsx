import { useTranslation } from "react-i18next";
import type { CaseView } from "./case-read.server";
import { useDay } from "./day-text";

type Plan = CaseView["plans"][number];
type Assessment = NonNullable<CaseView["assessment"]>;

/** The needs assessment as recorded with the person. */
export function AssessmentView({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const day = useDay();
  const rows: [string, string][] = [
    ["cases.assessment.goals", assessment.goals],
    ["cases.assessment.barriers", assessment.barriers],
    ["cases.assessment.accommodations", assessment.accommodations.map((a) => t(`cases.accommodation.${a}`)).join(", ")],
    ["cases.assessment.skills", assessment.skills],
  ];
  return (
    <div className="flex flex-col gap-2">
      <p>{t("cases.assessment.recorded", { date: day(assessment.recordedOn) })}</p>
      <dl className="flex flex-col gap-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="font-semibold">{t(label)}</dt>
            <dd className="whitespace-pre-line">{value || "—"}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** One version of the plan: goals, actions with who and by when, and whether the person agreed to it. */
export function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <div className="flex flex-col gap-2">
      <p className="font-semibold">{t("cases.plan.version", { version: plan.version, date: day(plan.createdOn) })}</p>
      <p className="font-semibold">{t("cases.plan.goals")}</p>
      <ul className="list-disc ps-6">
        {plan.goals.map((goal, i) => (
          <li key={i}>{goal}</li>
        ))}
      </ul>
      <p className="font-semibold">{t("cases.plan.actions")}</p>
      <ol className="list-decimal ps-6 flex flex-col gap-1">
        {plan.actions.map((action, i) => (
          <li key={i}>
            {action.what} — {action.who}, {t("cases.plan.until", { date: day(action.byWhen) })} ·{" "}
            <strong>{t(`cases.actionStatus.${action.status}`)}</strong>
          </li>
        ))}
      </ol>
      <p>
        {plan.acknowledgedOn
          ? t("cases.plan.acknowledged", { date: day(plan.acknowledgedOn), witness: plan.witness ?? "" })
          : t("cases.plan.notAcknowledged")}
      </p>
    </div>
  );
}
