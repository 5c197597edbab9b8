import { Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

// The outcome of the last cart write arrives in the URL (?cart=…&count=…) after the redirect, so the
// confirmation shows without JavaScript and survives a reload.
const NOTICES = [
  "added",
  "capped",
  "soldOut",
  "unavailableNow",
  "updated",
  "quantityCapped",
  "removed",
  "invalid",
  "own",
] as const;
type Notice = (typeof NOTICES)[number];

export function CartNotice({ max }: { max: number }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const notice = params.get("cart") as Notice | null;
  if (!notice || !NOTICES.includes(notice)) return null;
  const count = Number(params.get("count") ?? 0);
  const inCart = notice === "added" || notice === "capped";
  return (
    <div role="status" className="card p-3 flex flex-wrap items-center gap-x-4 gap-y-2">
      <p>{t(notice === "invalid" ? "cart.quantityInvalid" : `cart.${notice}`, { count, max })}</p>
      {inCart ? (
        <Link to="/cart" className="min-h-11 flex items-center">
          {t("cart.viewCart")}
        </Link>
      ) : null}
    </div>
  );
}
