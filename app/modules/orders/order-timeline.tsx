import { useTranslation } from "react-i18next";
import { readyStepText } from "~/modules/fulfilment/ready-note";
import { failureLine } from "~/modules/logistics/stop-text";
import type { Locale } from "~/utils/i18n/locales";
import type { TFunction } from "~/utils/i18n/translate";
import { formatDateTime } from "~/utils/format";
import type { BuyerOrder } from "./queries.server";
import { usePageLocale } from "./use-locale";

type Step = BuyerOrder["subOrders"][number]["timeline"][number];

/**
 * A step in words. A READY step's note says more: the pickup window or branch chosen, or — written
 * by the courier — why the parcel could not be picked up (it then waits for a new pickup).
 */
export function stepText(step: Step, t: TFunction, locale: Locale): string {
  if (step.status !== "READY" || !step.note) return t(`orders.subOrderStatus.${step.status}`);
  return readyStepText(step.note, t, locale) ?? failureLine(t, step.note);
}

/** Each status the part went through, oldest first; the current one is said in words, not only colour. */
export function OrderTimeline({ steps, label }: { steps: Step[]; label: string }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  return (
    <ol aria-label={label} className="flex flex-col gap-1 border-s-2 border-[var(--color-line)] ps-4">
      {steps.map((step, index) => {
        const current = index === steps.length - 1;
        return (
          <li
            key={`${step.status}-${String(step.at)}`}
            aria-current={current ? "step" : undefined}
            className={current ? "font-semibold" : undefined}
          >
            {stepText(step, t, locale)} —{" "}
            <time dateTime={new Date(step.at).toISOString()}>{formatDateTime(step.at, locale)}</time>
            {current ? ` (${t("orders.current")})` : null}
          </li>
        );
      })}
    </ol>
  );
}
