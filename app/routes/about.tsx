import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageContent } from "~/modules/pages/content.server";
import { StaticPage, staticPageLinks, staticPageMeta } from "~/modules/pages/static-page";
import { requestLocale } from "~/modules/shell/locale.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => staticPageMeta(matches, data, "about");
export const links = staticPageLinks;
export const loader = ({ request }: LoaderFunctionArgs) => pageContent(requestLocale(request), "about");

export default function AboutPage() {
  return <StaticPage content={useLoaderData<typeof loader>()} />;
}
