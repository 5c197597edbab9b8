import type { LoaderFunctionArgs } from "@remix-run/node";
import { chosenPlaces } from "~/modules/checkout/places.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";

// With JavaScript, the checkout form fetches the districts of a region (and mahallas of a district) here.
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const chosen = { regionId: params.get("regionId") || undefined, districtId: params.get("districtId") || undefined };
  return chosenPlaces(getDb(), chosen, requestLocale(request));
}
