import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const LINKS = [
  { to: "/studio/consents", label: "studioAccount.consents.title" },
  { to: "/studio/badge", label: "studioAccount.badge.title" },
  { to: "/studio/data-reads", label: "studioAccount.dataReads.title" },
  { to: "/studio/checklists", label: "studioAccount.checklists.title" },
  { to: "/studio/case", label: "cases.studio.title" },
  { to: "/studio/subsidy", label: "subsidies.mine.title" },
] as const;

/** The studio's way to the artisan's own account pages: consents, badge, who read their data, checklists, their case and subsidy. */
export function MyDataLinks() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-data" className="flex flex-col gap-2">
      <h2 id="my-data" className="text-xl">
        {t("studioAccount.section")}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {LINKS.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="btn btn-quiet">
              {t(link.label)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
