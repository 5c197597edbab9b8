import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import { usePageLocale } from "~/modules/orders/use-locale";
import type { Deadline } from "./deadline";

/** "by 07.12.2026 (2 days left)", or marked overdue in words (never by colour alone). */
export function DeadlineText({ due }: { due: Deadline }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const day = formatDate(due.day, locale);
  if (due.overdue)
    return (
      <strong className="text-[var(--color-danger)]">
        {t("subsidies.due.overdue", { day, count: -due.daysLeft })}
      </strong>
    );
  return (
    <span>{t(due.daysLeft === 0 ? "subsidies.due.today" : "subsidies.due.left", { day, count: due.daysLeft })}</span>
  );
}
