import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate, formatDateTime } from "~/utils/format";
import { formatMoney } from "~/utils/money";
import type { ClaimView } from "./claim-view.server";
import { DeadlineText } from "./deadline-text";

const listClass = "grid grid-cols-1 sm:grid-cols-[auto_1fr] gap-x-4 gap-y-1";

/** The claim as it stands: who did each step and when, the deadlines, the decision and the payment. */
export function ClaimFacts({ claim }: { claim: ClaimView }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const at = (value: string | null) => (value ? formatDateTime(value, locale) : null);
  const rows: [string, React.ReactNode][] = [
    ["artisan", <Link to={`/caseload/artisans/${claim.artisan.id}`}>{claim.artisan.name}</Link>],
    ["programme", claim.programme.name],
    ["status", t(`subsidies.status.${claim.status}`)],
    ["preparedBy", `${claim.preparedBy} · ${at(claim.createdAt)}`],
  ];
  if (claim.countersignedBy) rows.push(["countersignedBy", `${claim.countersignedBy} · ${at(claim.countersignedAt)}`]);
  if (claim.submittedAt) rows.push(["submittedAt", at(claim.submittedAt)]);
  if (claim.decisionDue) rows.push(["decisionDue", <DeadlineText due={claim.decisionDue} />]);
  if (claim.decidedBy) rows.push(["decidedBy", `${claim.decidedBy} · ${at(claim.decidedAt)}`]);
  if (claim.amount && claim.bca)
    rows.push([
      "amount",
      t("subsidies.claim.amountIs", {
        amount: formatMoney(claim.amount, locale),
        multiple: claim.bcaMultiple,
        bca: formatMoney(claim.bca, locale),
      }),
    ]);
  if (claim.reasonCode)
    rows.push(["reason", [t(`subsidies.reason.${claim.reasonCode}`), claim.reason].filter(Boolean).join(". ")]);
  if (claim.paymentDue) rows.push(["paymentDue", <DeadlineText due={claim.paymentDue} />]);
  if (claim.paidOn)
    rows.push([
      "paid",
      t("subsidies.claim.paidIs", {
        day: formatDate(claim.paidOn, locale),
        order: claim.paymentOrderNumber,
        name: claim.paymentRecordedBy,
      }),
    ]);
  return (
    <div className="card p-4 flex flex-col gap-3">
      <dl className={listClass}>
        {rows.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-semibold">{t(`subsidies.claim.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {claim.amount ? null : <p>{t("subsidies.claim.amountLater", { multiple: claim.programme.multiple })}</p>}
    </div>
  );
}

/** Each check of the claim, met or not, and what to do about one that is not. */
export function ClaimChecks({ claim }: { claim: ClaimView }) {
  const { t } = useTranslation();
  if (claim.checks.length === 0) return null;
  return (
    <section aria-labelledby="checks-title" className="card p-4 flex flex-col gap-2">
      <h2 id="checks-title" className="text-xl">
        {t("subsidies.claim.checks")}
      </h2>
      <ul className="flex flex-col gap-2">
        {claim.checks.map((check) => (
          <li key={check.code}>
            <strong>{t(check.met ? "subsidies.check.met" : "subsidies.check.notMet")}</strong>{" "}
            {t(`subsidies.check.${check.code}.name`)}
            {check.met ? null : <span className="block">{t(`subsidies.check.${check.code}.todo`)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
