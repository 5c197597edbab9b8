import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import type { CartLineError } from "./cart-action.server";
import { CartAttention } from "./cart-attention";
import { CartLine } from "./cart-line";
import type { CartSummary } from "./summary.server";

/** The cart page's content: one section per artisan (one sub-order each at checkout), then the total. */
export function CartView({ summary, error }: { summary: CartSummary; error: CartLineError | null }) {
  const { t } = useTranslation();
  if (summary.groups.length === 0) {
    return (
      <p>
        {t("cart.empty")} <Link to="/">{t("cart.browse")}</Link>
      </p>
    );
  }
  return (
    <>
      <CartAttention summary={summary} />
      <p>{t("cart.groupNote")}</p>
      {summary.groups.map((group) => (
        <section key={group.artisanId} aria-labelledby={`artisan-${group.artisanId}`} className="flex flex-col gap-3">
          <h2 id={`artisan-${group.artisanId}`} className="text-2xl">
            {t("cart.groupTitle", { name: group.artisanName })}
          </h2>
          <ul className="flex flex-col gap-3">
            {group.lines.map((line) => (
              <CartLine key={line.listingId} line={line} error={error?.listingId === line.listingId ? error : null} />
            ))}
          </ul>
          <p>
            {t("cart.subtotal")}: <Price minor={group.subtotal.minor} />
          </p>
        </section>
      ))}
      <section aria-labelledby="cart-total" className="card p-4 flex flex-col gap-2">
        <h2 id="cart-total" className="text-2xl">
          {t("cart.total")}: <Price minor={summary.total.minor} />
        </h2>
        <p className="text-[var(--color-muted)]">{t("cart.totalNote")}</p>
        <p>
          <Link to="/checkout" className="btn btn-primary">
            {t("cart.checkout")}
          </Link>
        </p>
      </section>
    </>
  );
}
