import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * The foot of an artisan's two account pages (their sign-in; their helpers): the way to the
 * other one, and back to the caseload.
 */
export function AccountPagesNav({ artisanId, other }: { artisanId: string; other: "account" | "helper" }) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-col gap-1">
      <li>
        <Link to={`/caseload/artisans/${artisanId}/${other}`} className="inline-flex min-h-11 items-center">
          {t(other === "helper" ? "welcome.account.helpersLink" : "welcome.helper.accountLink")}
        </Link>
      </li>
      <li>
        <Link to="/caseload" className="inline-flex min-h-11 items-center">
          {t("welcome.account.back")}
        </Link>
      </li>
    </ul>
  );
}
