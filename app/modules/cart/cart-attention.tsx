import { useTranslation } from "react-i18next";
import { isLocale } from "~/utils/i18n/locales";
import { formatMoney } from "~/utils/money";
import type { CartSummary } from "./summary.server";

/** Tells the buyer plainly what changed since they added things: price, stock, or off sale. */
export function CartAttention({ summary }: { summary: CartSummary }) {
  const { t, i18n } = useTranslation();
  if (!summary.needsAttention) return null;
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const lines = summary.groups.flatMap((g) => g.lines);
  return (
    <div role="status" className="card p-4 flex flex-col gap-2 border-[var(--color-accent)]">
      <p className="font-semibold">{t("cart.attention")}</p>
      <ul className="list-disc ps-6">
        {lines.map((line) => {
          const messages = line.unavailable
            ? [t(line.soldOut ? "cart.soldOutLine" : "cart.unavailable", { title: line.title })]
            : [
                line.priceChanged
                  ? t("cart.priceChanged", {
                      title: line.title,
                      before: formatMoney(line.priceAtAdd, locale),
                      now: formatMoney(line.unitPrice, locale),
                    })
                  : null,
                line.stockShort ? t("cart.stockShort", { title: line.title, count: line.stock }) : null,
              ];
          return messages.filter(Boolean).map((message) => <li key={`${line.listingId}-${message}`}>{message}</li>);
        })}
      </ul>
    </div>
  );
}
