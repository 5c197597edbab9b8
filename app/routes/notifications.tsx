import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { inbox, markAllRead } from "~/modules/notifications/inbox.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.page.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { notices: await inbox(getDb(), user.id, requestLocale(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await markAllRead(getDb(), user.id);
  return redirect("/notifications?read=all");
}

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { notices } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const unread = notices.filter((n) => n.unread).length;
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("notifications.page.title")}</h1>
      {params.get("read") === "all" ? (
        <p role="status" className="card p-4">
          {t("notifications.page.allRead")}
        </p>
      ) : null}
      {unread > 0 ? (
        <Form method="post">
          <button type="submit" className="btn btn-secondary">
            {t("notifications.page.markAllRead")}
          </button>
        </Form>
      ) : null}
      {notices.length === 0 ? <p>{t("notifications.page.empty")}</p> : null}
      <ul className="flex flex-col gap-3">
        {notices.map((notice) => (
          <li
            key={notice.id}
            className={`card p-4 flex flex-col gap-2 ${notice.unread ? "border-l-8 border-l-[var(--color-brand)]" : ""}`}
          >
            <h2 id={`notice-${notice.id}`} className={`text-lg ${notice.unread ? "font-bold" : "font-normal"}`}>
              {/* Unread is said in words, not only shown by the bar and weight. */}
              {notice.unread ? (
                <span className="mr-2 rounded bg-[var(--color-brand)] px-2 text-white">
                  {t("notifications.page.unread")}
                </span>
              ) : null}{" "}
              {notice.title}
            </h2>
            <p className="text-[var(--color-muted)]">{formatDateTime(notice.createdAt, locale)}</p>
            <p className="whitespace-pre-line">{notice.body}</p>
            {notice.link ? (
              <p>
                <Link to={notice.link.to} aria-describedby={`notice-${notice.id}`}>
                  {notice.link.text}
                </Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
