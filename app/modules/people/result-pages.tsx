import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Props = { page: number; pages: number; q: string; role: string | null };

/**
 * Earlier and later pages of the results. A search's words are personal data and never go in a
 * URL, so the pages of a search are posted again (the words in a hidden field); the pages of the
 * whole list are plain links with the role and the page number.
 */
export function ResultPages({ page, pages, q, role }: Props) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const status = <p>{t("people.list.pageOf", { page, pages })}</p>;
  const targets = [
    { to: page - 1, label: t("people.list.previous"), show: page > 1 },
    { to: page + 1, label: t("people.list.next"), show: page < pages },
  ].filter((target) => target.show);
  if (q) {
    return (
      <nav aria-label={t("people.list.pages")} className="flex flex-col gap-2">
        {status}
        <Form method="post" className="flex flex-wrap gap-3">
          <input type="hidden" name="q" value={q} />
          {role ? <input type="hidden" name="role" value={role} /> : null}
          {targets.map((target) => (
            <button key={target.to} type="submit" name="page" value={target.to} className="btn btn-secondary">
              {target.label}
            </button>
          ))}
        </Form>
      </nav>
    );
  }
  const href = (to: number) => `?${new URLSearchParams({ ...(role ? { role } : {}), page: String(to) })}`;
  return (
    <nav aria-label={t("people.list.pages")} className="flex flex-col gap-2">
      {status}
      <div className="flex flex-wrap gap-3">
        {targets.map((target) => (
          <Link key={target.to} to={href(target.to)} className="btn btn-secondary">
            {target.label}
          </Link>
        ))}
      </div>
    </nav>
  );
}
