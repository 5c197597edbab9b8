import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ManifestSheet } from "~/modules/logistics/manifest-sheet";
import { manifestSheet } from "~/modules/logistics/manifest-sheet.server";
import { moveStop } from "~/modules/logistics/reorder.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { PageNotice } from "~/components/page-notice";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "logistics.manifest.title");

// Contacts are read (and audited) for each view; the page is never cached.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "pickup:dispatch");
  const sheet = await manifestSheet(getDb(), {
    dispatcherId: user.id,
    manifestId: params.id ?? "",
    locale: requestLocale(request),
  });
  if (!sheet) notFound();
  return { sheet, built: new URL(request.url).searchParams.has("built") };
}

/** A stop moved up or down; back to the sheet (without the "saved" note). */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "pickup:dispatch");
  const form = await request.formData();
  const direction = form.get("direction") === "up" ? "up" : "down";
  const moved = await moveStop(getDb(), {
    dispatcherId: user.id,
    manifestId: params.id ?? "",
    pickupId: String(form.get("pickupId") ?? ""),
    direction,
  });
  if (!moved) notFound();
  return redirect(`/dispatch/manifests/${params.id}`);
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function ManifestPage() {
  const { t } = useTranslation();
  const { sheet, built } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-4">
      <p className="no-print">
        <Link to={sheet.dispatchPage}>{t("logistics.manifest.back")}</Link>
      </p>
      <PageNotice text={built ? t("logistics.dispatch.result.built") : null} className="no-print" />
      <p className="no-print">{t("logistics.manifest.printHint")}</p>
      <ManifestSheet sheet={sheet} />
    </div>
  );
}
