import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** In place of "Add to cart" and "Report", on the artisan's own listing: the way to her studio. */
export function OwnWorkNote() {
  const { t } = useTranslation();
  return (
    <p className="card p-4">
      {t("listing.own.note")} <Link to="/studio">{t("listing.own.studioLink")}</Link>
    </p>
  );
}
