import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate } from "~/utils/format";
import { PartItems } from "./part-items";
import type { InboxGroup, InboxPart } from "./queries.server";

/** One group of the inbox ("New — to accept", …) as a headed list of parts, each linking to its page. */
export function InboxSection({ group, parts }: { group: InboxGroup; parts: InboxPart[] }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const headingId = `group-${group}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-2xl">
        {t(`fulfilment.groups.${group}`)} ({parts.length})
      </h2>
      {parts.length === 0 ? <p>{t("fulfilment.groupEmpty")}</p> : null}
      <ul className="flex flex-col gap-3">
        {parts.map((part) => (
          <li key={part.id} className="card p-4 flex flex-col gap-2">
            <h3 className="text-xl">
              <Link to={`/studio/orders/${part.id}`} className="inline-flex min-h-11 items-center underline">
                {t("fulfilment.orderNumber", { number: part.number })}
              </Link>
            </h3>
            <p>
              {t("fulfilment.statusLabel")}: <strong>{t(`fulfilment.status.${part.status}`)}</strong> ·{" "}
              <time dateTime={new Date(part.placedAt).toISOString()}>{formatDate(part.placedAt, locale)}</time>
            </p>
            <PartItems part={part} />
          </li>
        ))}
      </ul>
    </section>
  );
}
