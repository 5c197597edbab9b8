import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import type { BadgeQueueEntry } from "./queue.server";

type Props = {
  id: string;
  title: string;
  intro?: string;
  empty: string;
  entries: BadgeQueueEntry[];
  granted?: boolean;
};

/** One section of the badge queue: each request (or granted badge) a card with who, where and how long or until when. */
export function BadgeQueueSection({ id, title, intro, empty, entries, granted = false }: Props) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language as Locale);
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      {intro && entries.length > 0 ? <p>{intro}</p> : null}
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {entries.map((entry) => (
            <li key={entry.id} className="card flex flex-col gap-1 p-4">
              <Link to={`/badges/${entry.id}`} className="text-lg font-semibold min-h-11 inline-flex items-center">
                {entry.artisan}
              </Link>
              <p>{entry.district}</p>
              <p className="text-[var(--color-muted)]">
                {granted
                  ? [
                      entry.grantedAt ? t("badges.grantedOn", { date: date(entry.grantedAt) }) : null,
                      entry.validUntil ? t("badges.validUntil", { date: date(entry.validUntil) }) : t("badges.noEnd"),
                    ]
                      .filter(Boolean)
                      .join(" · ")
                  : entry.waitingDays > 0
                    ? t("badges.waitingDays", { count: entry.waitingDays })
                    : t("badges.waitingToday")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
