import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { CertificateFactsList } from "~/modules/certificates/certificate-facts-list";
import { CertificateForm } from "~/modules/certificates/certificate-form";
import { LinkForm } from "~/modules/certificates/listing-boxes";
import { correctCertificate, linkListings } from "~/modules/certificates/record.server";
import { CertificateSchema } from "~/modules/certificates/schemas";
import { ownListings, studioCertificate } from "~/modules/certificates/studio.server";
import { checkedListings, readCertificatePost } from "~/modules/certificates/upload.server";
import { getStorage } from "~/modules/media/storage-instance.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { BackLink } from "~/modules/certificates/words-form";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "certificates.one.title");

// Another artisan's certificate is "not found", as if it did not exist.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const locale = requestLocale(request);
  const certificate = await studioCertificate(getDb(), actor.artisanId, params.id ?? "", locale, tashkentNow().today);
  if (!certificate) notFound();
  return { certificate, listings: await ownListings(getDb(), actor.artisanId, locale) };
}

// Two posts land here: the listings it covers (ticked boxes), and a sent-back certificate corrected (multipart).
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const id = params.id ?? "";
  const post = await readCertificatePost(request);
  if (!post.ok) return data({ reply: undefined, fileProblem: post.reason }, { status: 413 });
  if (post.form.get("intent") === "link") {
    const linked = await linkListings(getDb(), actor, id, checkedListings(post.form));
    return linked.ok ? redirect("/studio/certificates?done=linked") : notFound();
  }
  const submission = parseWithZod(post.form, { schema: CertificateSchema });
  if (submission.status !== "success") return data({ reply: submission.reply(), fileProblem: null }, { status: 400 });
  const result = await correctCertificate(getDb(), getStorage(), actor, id, submission.value, post.upload);
  if (result.ok) return redirect("/studio/certificates?done=resubmitted");
  if (result.reason === "notFound") notFound();
  if (result.reason === "notReturned") return redirect(`/studio/certificates/${id}`);
  return data({ reply: submission.reply(), fileProblem: result.reason }, { status: 400 });
}

export default function StudioCertificatePage() {
  const { t } = useTranslation();
  const { certificate, listings } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { kind, kindOther, issuer, number, issuedOn, expiresOn } = certificate;
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <BackLink to="/studio/certificates" label={t("certificates.back")} />
      <h1 className="text-3xl">{t("certificates.one.title")}</h1>
      <section className="card p-4 flex flex-col gap-3">
        <CertificateFactsList certificate={certificate} fileHref={`/studio/certificates/${certificate.id}/file`} />
      </section>
      {certificate.status === "RETURNED" ? (
        <section aria-labelledby="correct-title" className="flex flex-col gap-3">
          <h2 id="correct-title" className="text-2xl">
            {t("certificates.one.correctTitle")}
          </h2>
          <p role="note">
            <strong>{t("certificates.studio.returnReason")}</strong> {certificate.returnReason}
          </p>
          <CertificateForm
            lastResult={answer?.reply}
            fileProblem={answer?.fileProblem ?? null}
            values={{ kind, kindOther: kindOther ?? "", issuer, number, issuedOn, expiresOn: expiresOn ?? "" }}
            submitLabel={t("certificates.one.resubmit")}
          />
        </section>
      ) : null}
      <LinkForm listings={listings} checked={certificate.listingIds} />
    </div>
  );
}
