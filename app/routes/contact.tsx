import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ContactCard } from "~/modules/pages/contact-card";
import { pageContent } from "~/modules/pages/content.server";
import { StaticPage, staticPageLinks, staticPageMeta } from "~/modules/pages/static-page";
import { requestLocale } from "~/modules/shell/locale.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => staticPageMeta(matches, data, "contact");
export const links = staticPageLinks;
export const loader = ({ request }: LoaderFunctionArgs) => pageContent(requestLocale(request), "contact");

export default function ContactPage() {
  const content = useLoaderData<typeof loader>();
  const { operator, association } = content.contacts;
  return (
    <StaticPage
      content={content}
      extras={{
        operator: <ContactCard contact={operator} ui={content.ui} />,
        association: <ContactCard contact={association} ui={content.ui} />,
      }}
    />
  );
}
