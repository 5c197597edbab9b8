import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { PageNotice } from "~/components/page-notice";
import { showCertificate } from "~/modules/badges/certificate.server";
import { grantBadge, revokeBadge, sendBackBadge, type BadgeDecision } from "~/modules/badges/decide.server";
import { CertificatePanel, GrantForm, ReasonForm } from "~/modules/badges/decision-forms";
import { badgeForModerator } from "~/modules/badges/request.server";
import { GrantSchema, RevokeSchema, SendBackSchema } from "~/modules/badges/reasons";
import { BadgeHistory, GrantBlockers, RequestFacts } from "~/modules/badges/request-facts";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { badRequest, notFound } from "~/utils/http.server";
import { contentTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? contentTitle(matches, data.badge.artisan) : [];

// Another district's badge is "not found", as if it did not exist.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const moderator = await requirePermission(request, "badge:decide");
  const badge = await badgeForModerator(getDb(), moderator.id, params.id ?? "", requestLocale(request));
  if (!badge) notFound();
  return { badge };
}

const DONE = { grant: "granted", sendBack: "sentBack", revoke: "revoked" } as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const moderator = await requirePermission(request, "badge:decide");
  const id = params.id ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "show") {
    // The group and number travel only in this answer (no redirect, no URL).
    const shown = await showCertificate(getDb(), moderator, id);
    if (shown.ok) return { intent, certificate: shown.details };
    if (shown.reason === "notFound") notFound();
    return data({ intent, refused: shown.reason }, { status: 409 });
  }
  const db = getDb();
  if (intent === "grant") return decided(intent, form, GrantSchema, () => grantBadge(db, moderator, id));
  if (intent === "sendBack")
    return decided(intent, form, SendBackSchema, (value) => sendBackBadge(db, moderator, id, value));
  if (intent === "revoke") return decided(intent, form, RevokeSchema, (value) => revokeBadge(db, moderator, id, value));
  badRequest();
}

type Intent = keyof typeof DONE;

/** The form checked (its errors back to it), then the decision. */
async function decided<T extends Record<string, unknown>>(
  intent: Intent,
  form: FormData,
  schema: z.ZodType<T>,
  decide: (value: T) => Promise<BadgeDecision>,
) {
  const submission = parseWithZod(form, { schema });
  if (submission.status !== "success") return data({ intent, reply: submission.reply() }, { status: 400 });
  return settle(intent, await decide(submission.value));
}

/**
 * To the queue with a notice when it went through; another district's badge is not found. A refusal
 * is said at the top of the page, since the page then shows the badge as it now stands (decided by
 * someone else: its forms are gone).
 */
function settle(intent: Intent, result: BadgeDecision) {
  if (result.ok) return redirect(`/badges?done=${DONE[intent]}`);
  if (result.reason === "notFound") notFound();
  return data({ intent, refused: result.reason }, { status: 409 });
}

// A refused decision (409) is usually someone else's decision made first: show the badge as it now stands.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate;

export default function BadgeRequestPage() {
  const { t } = useTranslation();
  const { badge } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const replyTo = (intent: string) => (answer?.intent === intent && "reply" in answer ? answer.reply : undefined);
  const certificate = answer && "certificate" in answer ? answer.certificate : undefined;
  const refused = answer && "refused" in answer ? answer.refused : null;
  const open = badge.status === "PENDING" || badge.status === "GRANTED";
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <p>
        <Link to="/badges" className="inline-flex min-h-11 items-center">
          {t("badges.request.back")}
        </Link>
      </p>
      <h1 className="text-3xl">{t("badges.request.title", { name: badge.artisan })}</h1>
      <PageNotice text={refused ? t(`badges.refused.${refused}`) : null} problem />
      {open && !badge.mayDecide ? <PageNotice text={t("badges.request.fourEyes")} /> : null}
      <RequestFacts badge={badge} />
      {open && badge.mayDecide ? <CertificatePanel details={certificate} /> : null}
      {badge.status === "PENDING" && badge.mayDecide ? (
        <>
          <GrantBlockers badge={badge} />
          {badge.blockers.length === 0 ? <GrantForm lastResult={replyTo("grant")} /> : null}
          <ReasonForm intent="sendBack" lastResult={replyTo("sendBack")} />
        </>
      ) : null}
      {badge.status === "GRANTED" && badge.mayDecide ? (
        <ReasonForm intent="revoke" lastResult={replyTo("revoke")} />
      ) : null}
      <BadgeHistory badge={badge} />
    </div>
  );
}
