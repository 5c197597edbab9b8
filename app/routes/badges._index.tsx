import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { BadgeQueueSection } from "~/modules/badges/queue-list";
import { GRANTED_SHOWN } from "~/modules/badges/limits";
import { badgeQueue } from "~/modules/badges/queue.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "badges.title");

const DONE = ["granted", "sentBack", "revoked"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const moderator = await requirePermission(request, "badge:decide");
  const done = new URL(request.url).searchParams.get("done");
  return {
    ...(await badgeQueue(getDb(), moderator.id, requestLocale(request))),
    done: DONE.find((outcome) => outcome === done) ?? null,
  };
}

export default function BadgeQueuePage() {
  const { t } = useTranslation();
  const { pending, granted, done } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl">{t("badges.title")}</h1>
        <p>{t("badges.intro")}</p>
      </div>
      <PageNotice text={done ? t(`badges.done.${done}`) : null} />
      <BadgeQueueSection
        id="pending-title"
        title={t("badges.pendingTitle")}
        empty={t("badges.pendingEmpty")}
        entries={pending}
      />
      <BadgeQueueSection
        id="granted-title"
        title={t("badges.grantedTitle")}
        intro={granted.length >= GRANTED_SHOWN ? t("badges.grantedIntro", { count: GRANTED_SHOWN }) : undefined}
        empty={t("badges.grantedEmpty")}
        entries={granted}
        granted
      />
    </div>
  );
}
