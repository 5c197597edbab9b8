import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { recentEmails } from "~/modules/notifications/outbox.server";
import { getDb } from "~/utils/db.server";
import { requireLocalOutbox } from "~/utils/local-mode.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "devMail.title");

// The outbox as a page, so a password-reset link can be followed without a mail server.
export async function loader({ context }: LoaderFunctionArgs) {
  requireLocalOutbox(context);
  const emails = await recentEmails(getDb());
  return {
    emails: emails.map((e) => ({
      id: e.id,
      to: e.to,
      subject: e.subject,
      text: e.text,
      at: e.createdAt.toISOString(),
    })),
  };
}

export default function DevMailPage() {
  const { t } = useTranslation();
  const { emails } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="mail-title" className="flex flex-col gap-4">
      <h1 id="mail-title" className="text-3xl">
        {t("devMail.title")}
      </h1>
      <p>{t("devMail.intro")}</p>
      {emails.length === 0 ? <p>{t("devMail.empty")}</p> : null}
      <ol className="flex flex-col gap-4">
        {emails.map((email) => (
          <li key={email.id} className="card p-4 flex flex-col gap-2">
            <h2 className="text-xl">{email.subject}</h2>
            <p>
              {t("devMail.to")}: {email.to} · <time dateTime={email.at}>{email.at}</time>
            </p>
            <pre className="whitespace-pre-wrap break-words font-sans">{linkify(email.text)}</pre>
          </li>
        ))}
      </ol>
    </section>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
