import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { moderationQueue } from "~/modules/moderation/queue.server";
import { QueueSection } from "~/modules/moderation/queue-list";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "moderation.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "listing:moderate");
  return moderationQueue(getDb(), user.id, requestLocale(request));
}

export default function ModerationQueuePage() {
  const { t } = useTranslation();
  const { pending, reported } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl">{t("moderation.title")}</h1>
        <p>{t("moderation.intro")}</p>
        <p className="flex flex-wrap gap-2">
          <Link to="/moderation/certificates" className="btn btn-quiet">
            {t("certificates.queue.link")}
          </Link>
          <Link to="/moderation/certification-help" className="btn btn-quiet">
            {t("certificates.helpQueue.link")}
          </Link>
        </p>
      </div>
      <QueueSection
        id="pending-title"
        title={t("moderation.pendingTitle")}
        empty={t("moderation.pendingEmpty")}
        entries={pending}
      />
      <QueueSection
        id="reported-title"
        title={t("moderation.reportedTitle")}
        empty={t("moderation.reportedEmpty")}
        entries={reported}
      />
    </div>
  );
}
