import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { CertificateFactsList } from "~/modules/certificates/certificate-facts-list";
import { sendBackCertificate, verifyCertificate, type CertificateDecision } from "~/modules/certificates/decide.server";
import { DecisionForms } from "~/modules/certificates/decision-forms";
import { certificateForModerator } from "~/modules/certificates/review.server";
import { SendBackSchema } from "~/modules/certificates/schemas";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import { badRequest, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { BackLink } from "~/modules/certificates/words-form";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "certificates.review.title");

// Another district's certificate is "not found", as if it did not exist.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const moderator = await requirePermission(request, "certificate:verify");
  const locale = requestLocale(request);
  const certificate = await certificateForModerator(
    getDb(),
    moderator.id,
    params.id ?? "",
    locale,
    tashkentNow().today,
  );
  if (!certificate) notFound();
  return { certificate };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const moderator = await requirePermission(request, "certificate:verify");
  const id = params.id ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "verify") return settle("verified", await verifyCertificate(getDb(), moderator, id));
  if (intent !== "sendBack") badRequest();
  const submission = parseWithZod(form, { schema: SendBackSchema });
  if (submission.status !== "success") return data({ reply: submission.reply(), refused: null }, { status: 400 });
  return settle("sentBack", await sendBackCertificate(getDb(), moderator, id, submission.value.reason));
}

/** To the queue with a notice; a refusal (four eyes, decided by someone else first) is said on the page. */
function settle(done: "verified" | "sentBack", result: CertificateDecision) {
  if (result.ok) return redirect(`/moderation/certificates?done=${done}`);
  if (result.reason === "notFound") notFound();
  return data({ reply: undefined, refused: result.reason }, { status: 409 });
}

export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate;

export default function CertificateReviewPage() {
  const { t } = useTranslation();
  const { certificate } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const pending = certificate.status === "PENDING";
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <BackLink to="/moderation/certificates" label={t("certificates.review.back")} />
      <h1 className="text-3xl">{t("certificates.review.heading", { artisan: certificate.artisan })}</h1>
      <PageNotice text={answer?.refused ? t(`certificates.refused.${answer.refused}`) : null} problem />
      {pending && !certificate.mayDecide ? <PageNotice text={t("certificates.refused.fourEyes")} /> : null}
      <section className="card p-4 flex flex-col gap-3">
        <p>{t("certificates.review.district", { district: certificate.district })}</p>
        <CertificateFactsList certificate={certificate} fileHref={`/moderation/certificates/${certificate.id}/file`} />
      </section>
      <section aria-labelledby="listings-title" className="flex flex-col gap-2">
        <h2 id="listings-title" className="text-2xl">
          {t("certificates.review.listings")}
        </h2>
        {certificate.listings.length === 0 ? <p>{t("certificates.studio.coversNone")}</p> : null}
        <ul className="flex flex-col gap-1">
          {certificate.listings.map((l) => (
            <li key={l.id}>
              {l.approved ? (
                <Link to={`/l/${l.slug}`} className="inline-flex min-h-11 items-center">
                  {l.title}
                </Link>
              ) : (
                <span className="inline-flex min-h-11 items-center">{l.title}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      {pending && certificate.mayDecide ? <DecisionForms lastResult={answer?.reply} /> : null}
    </div>
  );
}
