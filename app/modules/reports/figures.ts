import type { Shown } from "./small-numbers";

// The figures of the dashboard, in the order shown, grouped as the page groups them. Each key has
// a name and a definition in the reports locale files (reports.figure.<key>, reports.means.<key>).

export type FigureKind = "count" | "money" | "days" | "percent";
export type Figure = { key: FigureKey; kind: FigureKind; value: Shown };

export const FIGURE_GROUPS = {
  people: ["outreach", "visited", "onboarded", "verified", "active", "earning"],
  sales: [
    "income",
    "orders",
    "orderValue",
    "homeShare",
    "homePickups",
    "branchPickups",
    "failedPickups",
    "medianApprovalDays",
  ],
  subsidies: ["claimsSubmitted", "claimsDecided", "claimsDecidedInTime", "claimsApproved", "claimsPaid", "paidAmount"],
  cases: ["casesOpen", "reviewsDue", "reviewsOnTime", "referralsSent", "referralsAnswered"],
} as const;

export type FigureGroup = keyof typeof FIGURE_GROUPS;
export type FigureKey = (typeof FIGURE_GROUPS)[FigureGroup][number];

/** The columns of every breakdown table; by craft only the artisan counts are kept. */
export const BREAKDOWN_COLUMNS = ["onboarded", "verified", "active", "earning", "orders", "income"] as const;
export type BreakdownColumn = (typeof BREAKDOWN_COLUMNS)[number];
export const COLUMN_KIND: Record<BreakdownColumn, FigureKind> = {
  onboarded: "count",
  verified: "count",
  active: "count",
  earning: "count",
  orders: "count",
  income: "money",
};

export type BreakdownRow = { key: string; label: string; cells: Record<BreakdownColumn, Shown> };
export type Breakdown = { by: "region" | "district" | "gender" | "craft"; rows: BreakdownRow[] };
