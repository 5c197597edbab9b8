import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { QueueEntry } from "./queue.server";

/** One section of the queue; each entry says its title, maker, age and open reports in words. */
export function QueueSection({
  id,
  title,
  empty,
  entries,
}: {
  id: string;
  title: string;
  empty: string;
  entries: QueueEntry[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {entries.map((entry) => (
            <li key={entry.id} className="card flex flex-col gap-1 p-4">
              <Link
                to={`/moderation/listings/${entry.id}`}
                className="text-lg font-semibold min-h-11 inline-flex items-center"
              >
                {entry.title}
              </Link>
              <p>{t("moderation.madeBy", { name: entry.artisan, district: entry.district })}</p>
              <p className="text-[var(--color-muted)]">
                {entry.status === "PENDING"
                  ? entry.waitingDays > 0
                    ? t("moderation.waitingDays", { count: entry.waitingDays })
                    : t("moderation.waitingToday")
                  : t(`moderation.status.${entry.status}`)}
                {entry.openReports > 0 ? ` · ${t("moderation.openReports", { count: entry.openReports })}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
