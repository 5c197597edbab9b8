import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { archiveListing } from "~/modules/listings/drafts.server";
import { ListingRow } from "~/modules/listings/listing-row";
import { usePriceSavedText } from "~/modules/listings/price-stock-form";
import { priceStockAction } from "~/modules/listings/price-stock.server";
import { studioListings } from "~/modules/listings/queries.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { MyDataLinks } from "~/modules/studio-account/my-data-links";
import { getDb } from "~/utils/db.server";
import { badRequest, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { PageNotice } from "~/components/page-notice";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "studio.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  return { listings: await studioListings(getDb(), actor.artisanId, requestLocale(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const form = await request.formData();
  if (form.get("intent") === "price-stock") return priceStockAction(getDb(), actor, form);
  if (form.get("intent") !== "archive") badRequest();
  const result = await archiveListing(getDb(), actor, String(form.get("listingId") ?? ""));
  if (!result.ok) notFound();
  return redirect("/studio?archived=1");
}

export default function StudioPage() {
  const { t } = useTranslation();
  const { listings } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() ?? null;
  const [params] = useSearchParams();
  const saved = usePriceSavedText(listings.find((l) => l.id === params.get("priced")));
  const notice = params.get("submitted") ? t("studio.submitted") : params.get("archived") ? t("studio.archived") : null;
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("studio.title")}</h1>
      <PageNotice text={saved ?? notice} />
      <div className="flex flex-wrap gap-2">
        <Form method="post" action="/studio/listings/new">
          <button type="submit" className="btn btn-primary">
            {t("studio.newListing")}
          </button>
        </Form>
        <Link to="/studio/reviews" className="btn btn-quiet">
          {t("reviews.studioLink")}
        </Link>
        <Link to="/studio/done-for-me" className="btn btn-quiet">
          {t("assisted.doneForMe.link")}
        </Link>
        <Link to="/studio/orders" className="btn btn-quiet">
          {t("fulfilment.studioLink")}
        </Link>
      </div>
      {listings.length === 0 ? <p>{t("studio.empty")}</p> : null}
      <ul className="flex flex-col gap-4">
        {listings.map((listing) => (
          <ListingRow key={listing.id} listing={listing} answer={answer?.listingId === listing.id ? answer : null} />
        ))}
      </ul>
      <MyDataLinks />
    </div>
  );
}
