import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { recentEmails, recentSms } from "~/modules/notifications/outbox.server";
import { getDb } from "~/utils/db.server";
import { requireLocalOutbox } from "~/utils/local-mode.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "devMail.title");

// The outboxes as a page, so a password-reset link (by email or SMS) can be followed without a
// mail server or a phone.
export async function loader({ context }: LoaderFunctionArgs) {
  requireLocalOutbox(context);
  const [emails, texts] = await Promise.all([recentEmails(getDb()), recentSms(getDb())]);
  return {
    emails: emails.map((e) => ({
      id: e.id,
      to: e.to,
      subject: e.subject,
      text: e.text,
      at: e.createdAt.toISOString(),
    })),
    texts: texts.map((s) => ({ id: s.id, to: s.to, text: s.text, status: s.status, at: s.createdAt.toISOString() })),
  };
}

export default function DevMailPage() {
  const { t } = useTranslation();
  const { emails, texts } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="mail-title" className="flex flex-col gap-4">
      <h1 id="mail-title" className="text-3xl">
        {t("devMail.title")}
      </h1>
      <p>{t("devMail.intro")}</p>
      <section aria-labelledby="mail-emails" className="flex flex-col gap-4">
        <h2 id="mail-emails" className="text-2xl">
          {t("devMail.emails")}
        </h2>
        {emails.length === 0 ? <p>{t("devMail.empty")}</p> : null}
        <ol className="flex flex-col gap-4">
          {emails.map((email) => (
            <li key={email.id} className="card p-4 flex flex-col gap-2">
              <h3 className="text-xl">{email.subject}</h3>
              <p>
                {t("devMail.to")}: {email.to} · <time dateTime={email.at}>{email.at}</time>
              </p>
              <pre className="whitespace-pre-wrap break-words font-sans">{linkify(email.text)}</pre>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="mail-sms" className="flex flex-col gap-4">
        <h2 id="mail-sms" className="text-2xl">
          {t("devMail.sms")}
        </h2>
        {texts.length === 0 ? <p>{t("devMail.smsEmpty")}</p> : null}
        <ol className="flex flex-col gap-4">
          {texts.map((sms) => (
            <li key={sms.id} className="card p-4 flex flex-col gap-2">
              <p>
                {t("devMail.to")}: {sms.to} · <time dateTime={sms.at}>{sms.at}</time> · {t("devMail.status")}:{" "}
                {t(`devMail.smsStatus.${sms.status}`)}
              </p>
              <pre className="whitespace-pre-wrap break-words font-sans">{linkify(sms.text)}</pre>
            </li>
          ))}
        </ol>
      </section>
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
