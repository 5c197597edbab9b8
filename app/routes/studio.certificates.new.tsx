import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { CertificateForm } from "~/modules/certificates/certificate-form";
import { recordCertificate } from "~/modules/certificates/record.server";
import { CertificateSchema } from "~/modules/certificates/schemas";
import { ownListings } from "~/modules/certificates/studio.server";
import { checkedListings, readCertificatePost } from "~/modules/certificates/upload.server";
import { getStorage } from "~/modules/media/storage-instance.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { BackLink } from "~/modules/certificates/words-form";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "certificates.new.title");

// ?listing=<id>: that listing is ticked already (coming from a listing).
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const listings = await ownListings(getDb(), actor.artisanId, requestLocale(request));
  const asked = new URL(request.url).searchParams.get("listing");
  return { listings, checked: listings.some((l) => l.id === asked) ? [asked!] : [] };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const post = await readCertificatePost(request);
  if (!post.ok) return data({ reply: undefined, fileProblem: post.reason, checked: [] }, { status: 413 });
  const checked = checkedListings(post.form);
  const submission = parseWithZod(post.form, { schema: CertificateSchema });
  if (submission.status !== "success")
    return data({ reply: submission.reply(), fileProblem: null, checked }, { status: 400 });
  const result = await recordCertificate(getDb(), getStorage(), actor, submission.value, post.upload, checked);
  if (result.ok) return redirect("/studio/certificates?done=recorded");
  if (result.reason === "notFound" || result.reason === "notReturned") notFound();
  return data({ reply: submission.reply(), fileProblem: result.reason, checked }, { status: 400 });
}

export default function NewCertificatePage() {
  const { t } = useTranslation();
  const { listings, checked } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <BackLink to="/studio/certificates" label={t("certificates.back")} />
      <h1 className="text-3xl">{t("certificates.new.title")}</h1>
      <p>{t("certificates.new.intro")}</p>
      <CertificateForm
        lastResult={answer?.reply}
        fileProblem={answer?.fileProblem ?? null}
        listings={listings}
        checked={answer?.checked ?? checked}
        submitLabel={t("certificates.new.submit")}
      />
    </div>
  );
}
