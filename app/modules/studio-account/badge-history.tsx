import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { BadgeReason } from "./badge-reason";
import type { BadgeEvent } from "./badge-status";

/** Every dated step of the badge, newest first. */
export function BadgeHistory({ events }: { events: BadgeEvent[] }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (
    <section aria-labelledby="badge-history" className="flex flex-col gap-2">
      <h2 id="badge-history" className="text-xl">
        {t("studioAccount.badge.history")}
      </h2>
      {events.length === 0 ? <p>{t("studioAccount.badge.historyEmpty")}</p> : null}
      <ol className="flex flex-col gap-2">
        {events.map((event, i) => (
          <li key={i} className="card p-3 flex flex-col gap-1">
            <p>
              <time dateTime={event.on} className="font-semibold">
                {formatDate(event.on, locale)}
              </time>
              {": "}
              {event.kind === "granted" && event.validUntil
                ? t("studioAccount.badge.event.grantedUntil", { date: formatDate(event.validUntil, locale) })
                : t(`studioAccount.badge.event.${event.kind}`)}
            </p>
            <BadgeReason reasonCode={event.reasonCode} reason={event.reason} />
          </li>
        ))}
      </ol>
    </section>
  );
}
