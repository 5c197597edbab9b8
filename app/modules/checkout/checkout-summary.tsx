import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { CartAttention } from "~/modules/cart/cart-attention";
import type { CartSummary } from "~/modules/cart/summary.server";

/** What the order will hold: each artisan's lines (at the quantity that can be bought now) and the total. */
export function CheckoutSummary({ summary }: { summary: CartSummary }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="checkout-summary" className="card p-4 flex flex-col gap-3">
      <h2 id="checkout-summary" className="text-2xl">
        {t("checkout.summaryTitle")}
      </h2>
      <CartAttention summary={summary} />
      {summary.groups.map((group) => (
        <div key={group.artisanId} className="flex flex-col gap-1">
          <h3 className="text-lg">{t("cart.groupTitle", { name: group.artisanName })}</h3>
          <ul className="flex flex-col gap-1">
            {group.lines.map((line) => (
              <li key={line.listingId}>
                <Link to={`/l/${line.slug}`}>{line.title}</Link> × {line.payableQuantity} —{" "}
                <Price minor={line.lineTotal.minor} />
              </li>
            ))}
          </ul>
          <p>
            {t("cart.subtotal")}: <Price minor={group.subtotal.minor} />
          </p>
        </div>
      ))}
      <p className="text-xl">
        {t("cart.total")}: <Price minor={summary.total.minor} />
      </p>
      <p>
        <Link to="/cart">{t("checkout.editCart")}</Link>
      </p>
    </section>
  );
}
