import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** A row of links between related pages (an admin's settings), the current one marked for screen readers. */
export function PageNav<To extends string>({
  pages,
  current,
  label,
}: {
  pages: readonly { to: To; label: string }[];
  current: To;
  /** The locale key naming the group. */
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t(label)}>
      <ul className="flex flex-wrap gap-2">
        {pages.map((page) => (
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
