import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const PAGES = [
  { to: "/admin/programmes", label: "admin.programmes.link" },
  { to: "/admin/bca", label: "admin.bca.link" },
  { to: "/admin/holidays", label: "admin.holidays.link" },
] as const;

/** The admin's subsidy settings, each page a link away from the others. */
export function ConfigNav({ current }: { current: (typeof PAGES)[number]["to"] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("admin.nav")}>
      <ul className="flex flex-wrap gap-2">
        {PAGES.map((page) => (
          <li key={page.to}>
            <Link
              to={page.to}
              className={page.to === current ? "btn btn-secondary" : "btn btn-quiet"}
              aria-current={page.to === current ? "page" : undefined}
            >
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
