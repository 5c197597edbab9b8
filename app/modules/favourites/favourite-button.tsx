import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * A toggle button (aria-pressed) posting to /favourites. A guest's press is answered with the
 * login page, which brings them back here.
 */
export function FavouriteButton({
  listingId,
  pressed,
  returnTo,
}: {
  listingId: string;
  pressed: boolean;
  returnTo: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" action="/favourites">
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className="btn btn-secondary" aria-pressed={pressed}>
        <span aria-hidden="true">{pressed ? "♥" : "♡"}</span> {t("favourites.button")}
      </button>
    </Form>
  );
}

/** The confirmation after a toggle (?favourite=saved|unsaved), shown without JavaScript. */
export function FavouriteNotice({ state }: { state: string | null }) {
  const { t } = useTranslation();
  if (state !== "saved" && state !== "unsaved") return null;
  return (
    <p role="status" className="card p-3">
      {t(`favourites.${state}`)}
    </p>
  );
}
