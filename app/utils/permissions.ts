import type { Role, SocialWorkerLevel } from "~/generated/prisma/enums";

/**
 * The one permission table for every role. A route asks for a permission, never for a role;
 * scope (own listings, own districts, assigned artisans) is checked by the module that owns the data.
 */
export const PERMISSIONS = {
  "order:place": ["BUYER"],
  "review:write": ["BUYER"],
  "listing:manage-own": ["ARTISAN"],
  "order:fulfil-own": ["ARTISAN"],
  "earnings:read-own": ["ARTISAN"],
  "assisted:act": ["HELPER", "SOCIAL_WORKER"],
  "artisan:onboard": ["SOCIAL_WORKER"],
  "evidence:attest": ["SOCIAL_WORKER"],
  "evidence:read": ["SOCIAL_WORKER", "MODERATOR"],
  "consent:record": ["SOCIAL_WORKER"],
  "case:manage": ["SOCIAL_WORKER"],
  "subsidy:prepare": ["SOCIAL_WORKER"],
  // State money: decided and paid by a level-F branch head (the module checks the level), never the association.
  "subsidy:decide": ["SOCIAL_WORKER"],
  "listing:moderate": ["MODERATOR"],
  "badge:decide": ["MODERATOR"],
  // Product certificates: verified by a moderator of the artisan's district (never who recorded one).
  "certificate:verify": ["MODERATOR"],
  // "Which certificate does this piece need?": the crafts association answers.
  "certification:advise": ["MODERATOR", "ADMIN"],
  "pickup:dispatch": ["MODERATOR"],
  "payout:record": ["MODERATOR"],
  "refund:issue": ["ADMIN"],
  "pickup:carry": ["COURIER"],
  "config:manage": ["ADMIN"],
  "user:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
  // The M&E dashboard: administrators for the country, moderators and level-F branch heads for
  // their districts (the module checks the level).
  "report:read": ["ADMIN", "MODERATOR", "SOCIAL_WORKER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Roles whose members see other people's personal data: they must pass TOTP at login. */
export const TWO_FACTOR_ROLES: readonly Role[] = ["SOCIAL_WORKER", "MODERATOR", "ADMIN"];

/** Levels whose countersign a level-A worker's attestation or subsidy claim needs (professional standard). */
export const SUPERVISOR_LEVELS: readonly SocialWorkerLevel[] = ["D", "F"];

/** Levels that run cases: intake, needs assessment, the individual plan, monitoring. */
export const CASE_LEVELS: readonly SocialWorkerLevel[] = ["D", "E", "F"];

/** The branch head's level: decides and pays subsidy claims, sees all of the district's cases. */
export const BRANCH_HEAD_LEVEL: SocialWorkerLevel = "F";

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export function needsTwoFactor(roles: readonly Role[]): boolean {
  return roles.some((role) => TWO_FACTOR_ROLES.includes(role));
}
