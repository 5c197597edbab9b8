import { useTranslation } from "react-i18next";
import type { BadgeStatus } from "~/generated/prisma/enums";
import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";

type Row = {
  id: string;
  status: BadgeStatus;
  requestedAt: string;
  decidedAt: string | null;
  validUntil: string | null;
  reasonCode: string | null;
  decisionReason: string | null;
};

/** The artisan's badge requests and decisions, newest first, for staff. */
export function BadgeHistory({ badges }: { badges: Row[] }) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language as Locale);
  if (badges.length === 0) return <p>{t("onboarding.badge.none")}</p>;
  return (
    <ul className="flex flex-col gap-2" aria-label={t("onboarding.badge.history")}>
      {badges.map((b) => (
        <li key={b.id}>
          {t(`onboarding.badgeStatus.${b.status}`)}
          {" · "}
          {t("onboarding.badge.requestedOn", { date: date(b.requestedAt) })}
          {b.decidedAt ? ` · ${t("onboarding.badge.decidedOn", { date: date(b.decidedAt) })}` : null}
          {b.validUntil && b.status === "GRANTED"
            ? ` · ${t("onboarding.badge.validUntil", { date: date(b.validUntil) })}`
            : null}
          {b.reasonCode ? ` · ${t(`badges.reason.${b.reasonCode}`)}` : null}
          {b.decisionReason ? `: ${b.decisionReason}` : null}
        </li>
      ))}
    </ul>
  );
}
