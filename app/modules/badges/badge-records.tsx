import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate } from "~/utils/format";
import type { BadgeRecord } from "./records.server";

type Props = {
  /** Newest first (badgeRecords); `current` marks the request the moderator is deciding. */
  records: (BadgeRecord & { current?: boolean })[];
  /** Where the status words are: the moderator reads badges.status, the social worker onboarding.badgeStatus. */
  statusKey?: "badges.status" | "onboarding.badgeStatus";
  /** Names the list where no heading does. */
  label?: string;
};

/**
 * Every badge of one artisan, for staff: its status, when it was asked for and decided, until
 * when it holds, when it was taken away or ended, and why.
 */
export function BadgeRecords({ records, statusKey = "badges.status", label }: Props) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const date = (value: string) => formatDate(value, locale);
  return (
    <ol className="flex flex-col gap-2" aria-label={label}>
      {records.map((entry) => (
        <li key={entry.id} className="card p-3 flex flex-col gap-1">
          <p className="font-semibold">
            {t(`${statusKey}.${entry.status}`)}
            {entry.current ? ` · ${t("badges.history.current")}` : null}
          </p>
          <p>{t("badges.history.asked", { date: date(entry.requestedAt) })}</p>
          {entry.decidedAt ? <p>{t("badges.history.decided", { date: date(entry.decidedAt) })}</p> : null}
          {entry.validUntil ? <p>{t("badges.validUntil", { date: date(entry.validUntil) })}</p> : null}
          {entry.revokedAt ? <p>{t("badges.history.revoked", { date: date(entry.revokedAt) })}</p> : null}
          {entry.lapsedAt ? <p>{t("badges.history.lapsed", { date: date(entry.lapsedAt) })}</p> : null}
          {entry.reasonCode ? (
            <p>{t("badges.history.reason", { reason: t(`badges.reason.${entry.reasonCode}`) })}</p>
          ) : null}
          {entry.decisionReason ? <p>{entry.decisionReason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
