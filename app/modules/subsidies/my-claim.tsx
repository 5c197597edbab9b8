import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate } from "~/utils/format";
import { formatMoney } from "~/utils/money";
import type { MyClaim } from "./studio-claims.server";

/** One of the artisan's claims in plain words: where it is and what happens next. */
export function MyClaimCard({ claim }: { claim: MyClaim }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const values = {
    day: claim.decisionDue ? formatDate(claim.decisionDue.day, locale) : "",
    amount: claim.amount ? formatMoney(claim.amount, locale) : "",
    paymentDay: claim.paymentDueOn ? formatDate(claim.paymentDueOn, locale) : "",
    paidDay: claim.paidOn ? formatDate(claim.paidOn, locale) : "",
    reason: claim.reasonCode
      ? [t(`subsidies.reason.${claim.reasonCode}`), claim.reason].filter(Boolean).join(". ")
      : "",
  };
  const decided = ["APPROVED", "REJECTED", "PAID"].includes(claim.status);
  return (
    <li className="card p-4 flex flex-col gap-2">
      <h2 className="text-xl">{claim.programme}</h2>
      <p>
        <strong>{t(`subsidies.mine.status.${claim.status}`)}</strong>
      </p>
      <p>{t(`subsidies.mine.next.${claim.status}`, values)}</p>
      {decided ? (
        <Link to={`/studio/subsidy/letter/${claim.id}`} className="btn btn-secondary self-start">
          {t("subsidies.letter.open")}
        </Link>
      ) : null}
    </li>
  );
}
