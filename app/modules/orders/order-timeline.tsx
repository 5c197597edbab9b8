import { useTranslation } from "react-i18next";
import { readyStepText } from "~/modules/fulfilment/ready-note";
import { formatDateTime } from "~/utils/format";
import type { BuyerOrder } from "./queries.server";
import { usePageLocale } from "./use-locale";

type Step = BuyerOrder["subOrders"][number]["timeline"][number];

/** Each status the part went through, oldest first; the current one is said in words, not only colour. */
export function OrderTimeline({ steps, label }: { steps: Step[]; label: string }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  return (
    <ol aria-label={label} className="flex flex-col gap-1 border-s-2 border-[var(--color-line)] ps-4">
      {steps.map((step, index) => {
        const current = index === steps.length - 1;
        return (
          <li key={`${step.status}-${String(step.at)}`} aria-current={current ? "step" : undefined} className={current ? "font-semibold" : undefined}>
            {(step.status === "READY" && readyStepText(step.note, t, locale)) || t(`orders.subOrderStatus.${step.status}`)} — <time dateTime={new Date(step.at).toISOString()}>{formatDateTime(step.at, locale)}</time>
            {current ? ` (${t("orders.current")})` : null}
          </li>
        );
      })}
    </ol>
  );
}
