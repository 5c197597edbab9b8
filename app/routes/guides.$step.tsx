import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PrintButton } from "~/modules/fulfilment/print-button";
import { GuideSheet, OtherGuides } from "~/modules/guides/guide-sheet";
import printSheet from "~/modules/guides/guide-print.css?url";
import { guideFromSlug } from "~/modules/guides/guides";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

// Public, no sign-in: a social worker prints it at the branch, a family member opens it at home.
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? pageTitle(matches, `guides.${data.step}.title`) : [];

/** A print stylesheet of its own: one A4 sheet, big type, ink on paper. */
export const links: LinksFunction = () => [{ rel: "stylesheet", href: printSheet, media: "print" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const step = guideFromSlug(params.step);
  if (!step) notFound();
  return { step };
}

export default function GuidePage() {
  const { step } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl flex flex-col gap-8">
      <PrintButton />
      <GuideSheet step={step} />
      <OtherGuides step={step} />
    </div>
  );
}
