import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Role } from "~/generated/prisma/enums";
import { can, type Permission } from "~/utils/permissions";

// The account page's way to each person's own pages: shown by permission, never by role name.
const LINKS: { to: string; label: string; permission: Permission }[] = [
  { to: "/orders", label: "orders.link", permission: "order:place" },
  { to: "/account/reviews", label: "reviews.accountLink", permission: "review:write" },
  { to: "/studio", label: "studio.link", permission: "listing:manage-own" },
  { to: "/studio/reviews", label: "reviews.studioLink", permission: "listing:manage-own" },
  { to: "/studio/orders", label: "fulfilment.studioLink", permission: "order:fulfil-own" },
  { to: "/studio/earnings", label: "earnings.link", permission: "earnings:read-own" },
  { to: "/payouts", label: "payouts.link", permission: "payout:record" },
  { to: "/admin/refunds", label: "refunds.title", permission: "refund:issue" },
  { to: "/admin/programmes", label: "admin.programmes.link", permission: "config:manage" },
  { to: "/admin/bca", label: "admin.bca.link", permission: "config:manage" },
  { to: "/admin/holidays", label: "admin.holidays.link", permission: "config:manage" },
  { to: "/moderation", label: "moderation.title", permission: "listing:moderate" },
  { to: "/caseload", label: "caseload.link", permission: "artisan:onboard" },
  { to: "/cases", label: "cases.link", permission: "case:manage" },
  { to: "/subsidies", label: "subsidies.link", permission: "subsidy:prepare" },
  { to: "/badges", label: "badges.link", permission: "badge:decide" },
  { to: "/assist", label: "assisted.link", permission: "assisted:act" },
  { to: "/dispatch", label: "logistics.dispatchLink", permission: "pickup:dispatch" },
  { to: "/courier", label: "logistics.courierLink", permission: "pickup:carry" },
];

/** Notifications (with the unread count) for everyone, then what the person's roles allow. */
export function AccountLinks({ roles, unread }: { roles: readonly Role[]; unread: number }) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-wrap gap-2">
      <li>
        <Link to="/notifications" className="btn btn-quiet">
          {unread > 0 ? t("notifications.page.linkUnread", { count: unread }) : t("notifications.page.link")}
        </Link>
      </li>
      {LINKS.filter((link) => can(roles, link.permission)).map((link) => (
        <li key={link.to}>
          <Link to={link.to} className="btn btn-quiet">
            {t(link.label)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
