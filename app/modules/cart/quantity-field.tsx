import { useTranslation } from "react-i18next";
import { mostOf } from "./limits";

type Props = { id: string; stock: number; defaultValue: number | string; error?: string | null };

/** How many to buy: a number input capped at stock (and the cart's limit), with its hint and (translated) error tied to it. */
export function QuantityField({ id, stock, defaultValue, error }: Props) {
  const { t } = useTranslation();
  const most = mostOf(stock);
  return (
    <div className="field">
      <label htmlFor={id}>{t("cart.quantity")}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t("cart.quantityMax", { count: most })}
      </p>
      <input
        id={id}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={most}
        required
        defaultValue={defaultValue}
        className="input w-28"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {t(error, { max: most })}
        </p>
      ) : null}
    </div>
  );
}
