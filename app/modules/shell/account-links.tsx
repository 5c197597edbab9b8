import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Role, SocialWorkerLevel } from "~/generated/prisma/enums";
import { BRANCH_HEAD_LEVEL, can, type Permission } from "~/utils/permissions";

// The account page's way to each person's own pages: shown by permission, never by role name.
// `levels`: a page a social worker may open only at these levels (others hold the permission by role).
const LINKS: { to: string; label: string; permission: Permission; levels?: readonly SocialWorkerLevel[] }[] = [
  { to: "/orders", label: "orders.link", permission: "order:place" },
  { to: "/account/reviews", label: "reviews.accountLink", permission: "review:write" },
  { to: "/studio", label: "studio.link", permission: "listing:manage-own" },
  { to: "/studio/reviews", label: "reviews.studioLink", permission: "listing:manage-own" },
  { to: "/studio/certificates", label: "certificates.studio.title", permission: "listing:manage-own" },
  { to: "/studio/orders", label: "fulfilment.studioLink", permission: "order:fulfil-own" },
  { to: "/studio/earnings", label: "earnings.link", permission: "earnings:read-own" },
  { to: "/payouts", label: "payouts.link", permission: "payout:record" },
  // Every administrators' page is a link away on the console (app/modules/console/sections.ts).
  { to: "/admin", label: "console.title", permission: "config:manage" },
  { to: "/moderation", label: "moderation.title", permission: "listing:moderate" },
  { to: "/reports", label: "reports.link", permission: "report:read", levels: [BRANCH_HEAD_LEVEL] },
  { to: "/caseload", label: "caseload.link", permission: "artisan:onboard" },
  { to: "/cases", label: "cases.link", permission: "case:manage" },
  { to: "/subsidies", label: "subsidies.link", permission: "subsidy:prepare" },
  { to: "/badges", label: "badges.link", permission: "badge:decide" },
  { to: "/assist", label: "assisted.link", permission: "assisted:act" },
  { to: "/dispatch", label: "logistics.dispatchLink", permission: "pickup:dispatch" },
  { to: "/courier", label: "logistics.courierLink", permission: "pickup:carry" },
];

/** Notifications (with the unread count) for everyone, then what the person's roles allow. */
export function AccountLinks(props: { roles: readonly Role[]; level: SocialWorkerLevel | null; unread: number }) {
  const { roles, level, unread } = props;
  const { t } = useTranslation();
  // Shown when a role other than social worker grants it, or the worker's level is one of `levels`.
  const shown = (link: (typeof LINKS)[number]) =>
    can(roles, link.permission) &&
    (!link.levels ||
      can(
        roles.filter((role) => role !== "SOCIAL_WORKER"),
        link.permission,
      ) ||
      (level !== null && link.levels.includes(level)));
  return (
    <ul className="flex flex-wrap gap-2">
      <li>
        <Link to="/notifications" className="btn btn-quiet">
          {unread > 0 ? t("notifications.page.linkUnread", { count: unread }) : t("notifications.page.link")}
        </Link>
      </li>
      {LINKS.filter(shown).map((link) => (
        <li key={link.to}>
          <Link to={link.to} className="btn btn-quiet">
            {t(link.label)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
