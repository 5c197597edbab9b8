import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { Picture } from "~/modules/media/responsive-picture";
import type { CartLineError } from "./cart-action.server";
import { QuantityField } from "./quantity-field";
import type { CartLine as Line } from "./summary.server";

type Props = { line: Line; error: CartLineError | null };

/** One cart line: picture, title, unit price, quantity form (capped at stock), remove, line total. */
export function CartLine({ line, error }: Props) {
  const { t } = useTranslation();
  const id = `quantity-${line.listingId}`;
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="listingId" value={line.listingId} />
    </>
  );
  const forTitle = <span className="visually-hidden">: {line.title}</span>;
  return (
    <li className="card p-3 grid gap-3 sm:grid-cols-[8rem_1fr]">
      <div className="w-32">{line.image ? <Picture data={line.image} sizes="8rem" /> : null}</div>
      <div className="flex flex-col gap-2">
        <h3 className="text-lg">
          <Link to={`/l/${line.slug}`}>{line.title}</Link>
        </h3>
        <p>
          {t("cart.unitPrice")}: <Price minor={line.unitPrice.minor} />
        </p>
        {line.unavailable ? null : (
          <Form method="post" action="/cart" className="flex flex-wrap items-end gap-2">
            {hidden("update")}
            <QuantityField
              id={id}
              stock={line.stock}
              defaultValue={error ? error.typed : line.quantity}
              error={error?.error}
            />
            <button type="submit" className="btn btn-secondary">
              {t("cart.update")}
              {forTitle}
            </button>
          </Form>
        )}
        <Form method="post" action="/cart">
          {hidden("remove")}
          <button type="submit" className="btn btn-quiet">
            {t("cart.remove")}
            {forTitle}
          </button>
        </Form>
        <p>
          {t("cart.lineTotal")}: <Price minor={line.lineTotal.minor} />
        </p>
      </div>
    </li>
  );
}
