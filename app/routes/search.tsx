import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

// Search lives in the catalog now; old links and bookmarks keep working, with their words.
export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).search;
  return redirect(`/catalog${search}`, 301);
}
