import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListingGrid } from "~/modules/catalog/listing-card";
import { favouriteAction } from "~/modules/favourites/favourite-action.server";
import { FavouriteNotice } from "~/modules/favourites/favourite-button";
import { favouriteCards } from "~/modules/favourites/favourites.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "favourites.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { cards: await favouriteCards(getDb(), user.id, requestLocale(request)) };
}

export const action = ({ request }: ActionFunctionArgs) => favouriteAction(getDb(), request);

export default function FavouritesPage() {
  const { t } = useTranslation();
  const { cards } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">{t("favourites.title")}</h1>
      <FavouriteNotice state={params.get("favourite")} />
      {cards.length > 0 ? <ListingGrid cards={cards} level={2} /> : <p>{t("favourites.empty")}</p>}
    </div>
  );
}
