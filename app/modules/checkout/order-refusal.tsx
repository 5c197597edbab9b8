import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { OtherPieces } from "./other-pieces.server";
import type { PlaceOrderRefusal } from "./types";

/**
 * Why the order was not placed, said at the top of the form; for a piece that sold out, also the
 * other pieces its artisan has on sale now, so the buyer has somewhere to go next.
 */
export function OrderRefusal({ refusal, others }: { refusal: PlaceOrderRefusal; others: OtherPieces[] }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="alert" className="card border-[var(--color-danger)] p-4 field-error">
        <p>{t(refusal.message, refusal)}</p>
        {refusal.reason === "soldOut" && refusal.rest ? <p>{t("orders.errors.orderTheRest")}</p> : null}
      </div>
      {others.map((artisan) => (
        <section
          key={artisan.handle}
          aria-labelledby={`others-${artisan.handle}`}
          className="card p-4 flex flex-col gap-2"
        >
          <h2 id={`others-${artisan.handle}`} className="text-xl">
            {t(artisan.pieces.length > 0 ? "checkout.otherPieces" : "checkout.noOtherPieces", { name: artisan.name })}
          </h2>
          {artisan.pieces.length > 0 ? (
            <ul className="list-disc ps-6">
              {artisan.pieces.map((piece) => (
                <li key={piece.slug}>
                  <Link to={`/l/${piece.slug}`}>{piece.title}</Link>
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link to={`/a/${artisan.handle}`}>{t("catalog.seeArtisan", { name: artisan.name })}</Link>
          </p>
        </section>
      ))}
    </>
  );
}
