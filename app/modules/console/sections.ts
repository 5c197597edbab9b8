import type { Permission } from "~/utils/permissions";

export type ConsolePage = { to: string; key: string; permission: Permission };

/**
 * The administrators' console, in the groups an administrator thinks in. Each page is shown by its
 * permission; the labels and one-line descriptions are console.pages.<key>.{link,about}.
 */
export const CONSOLE_SECTIONS: { key: string; pages: ConsolePage[] }[] = [
  {
    key: "people",
    pages: [
      { to: "/admin/people", key: "people", permission: "user:manage" },
      { to: "/admin/audit", key: "audit", permission: "audit:read" },
    ],
  },
  {
    key: "marketplace",
    pages: [
      { to: "/admin/commission", key: "commission", permission: "config:manage" },
      { to: "/admin/crafts", key: "crafts", permission: "config:manage" },
      { to: "/admin/branches", key: "branches", permission: "config:manage" },
      { to: "/admin/pickup-slots", key: "pickupSlots", permission: "config:manage" },
      { to: "/admin/refunds", key: "refunds", permission: "refund:issue" },
      { to: "/moderation/certification-help", key: "certificationHelp", permission: "certification:advise" },
    ],
  },
  {
    key: "subsidies",
    pages: [
      { to: "/admin/programmes", key: "programmes", permission: "config:manage" },
      { to: "/admin/bca", key: "bca", permission: "config:manage" },
      { to: "/admin/holidays", key: "holidays", permission: "config:manage" },
    ],
  },
  {
    key: "results",
    pages: [{ to: "/reports", key: "reports", permission: "report:read" }],
  },
];

export const CONSOLE_PAGES = CONSOLE_SECTIONS.flatMap((section) => section.pages);
