import type { BadgeStatus } from "~/generated/prisma/enums";
import { isoOrNull } from "~/utils/format";

/** What the artisan's page reads of each badge (newest request first); decisionReason already in the reader's script. */
export type BadgeRow = {
  status: BadgeStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  validUntil: Date | null;
  reasonCode: string | null;
  decisionReason: string | null;
  lapsedAt: Date | null;
  revokedAt: Date | null;
};

type Reason = { reasonCode: string | null; reason: string | null };

/** Where the badge stands, in the words of studioAccount.badge.state.<kind>. Dates are ISO strings. */
export type BadgeState =
  | { kind: "none" }
  | { kind: "pending"; since: string }
  | ({ kind: "sentBack"; on: string | null } & Reason)
  | { kind: "granted" | "endingSoon"; validUntil: string | null; shown: boolean }
  | { kind: "ended"; on: string | null }
  | ({ kind: "revoked"; on: string | null } & Reason);

export type BadgeEvent = { kind: "requested" | "granted" | "sentBack" | "lapsed" | "revoked"; on: string } & Partial<
  Reason & { validUntil: string | null }
>;

export const ENDING_SOON_DAYS = 30;
const DAY = 86_400_000;
const reasonOf = (row: BadgeRow): Reason => ({ reasonCode: row.reasonCode, reason: row.decisionReason });

/**
 * The badge's state on `today` (Tashkent's date as UTC midnight): a granted badge still valid
 * leads (ending soon within 30 days; shown publicly only with the standing consent), else the
 * newest request decides — waiting, sent back, ended (lapsed, or past its date before the daily
 * job marks it), or taken away.
 */
export function badgeState(badges: BadgeRow[], publicConsent: boolean, today: Date): BadgeState {
  const valid = (row: BadgeRow) => row.validUntil === null || row.validUntil >= today;
  const current = badges.find((row) => row.status === "GRANTED" && valid(row));
  if (current) {
    const soon =
      current.validUntil !== null && current.validUntil.getTime() - today.getTime() <= ENDING_SOON_DAYS * DAY;
    return { kind: soon ? "endingSoon" : "granted", validUntil: isoOrNull(current.validUntil), shown: publicConsent };
  }
  const latest = badges[0];
  switch (latest?.status) {
    case undefined:
      return { kind: "none" };
    case "PENDING":
      return { kind: "pending", since: latest.requestedAt.toISOString() };
    case "REJECTED":
      return { kind: "sentBack", on: isoOrNull(latest.decidedAt), ...reasonOf(latest) };
    case "REVOKED":
      return { kind: "revoked", on: isoOrNull(latest.revokedAt), ...reasonOf(latest) };
    case "GRANTED":
    case "LAPSED":
      return { kind: "ended", on: isoOrNull(latest.validUntil ?? latest.lapsedAt) };
  }
}

/** Every dated step of every badge, newest first: asked for, granted (until when), sent back, ended, taken away. */
export function badgeHistory(badges: BadgeRow[]): BadgeEvent[] {
  const events: BadgeEvent[] = badges.flatMap((row) => {
    const steps: BadgeEvent[] = [{ kind: "requested", on: row.requestedAt.toISOString() }];
    if (row.decidedAt && row.status === "REJECTED")
      steps.push({ kind: "sentBack", on: row.decidedAt.toISOString(), ...reasonOf(row) });
    else if (row.decidedAt && row.status !== "PENDING")
      steps.push({ kind: "granted", on: row.decidedAt.toISOString(), validUntil: isoOrNull(row.validUntil) });
    const lapsed = row.lapsedAt ?? (row.status === "LAPSED" ? row.validUntil : null);
    if (lapsed) steps.push({ kind: "lapsed", on: lapsed.toISOString() });
    if (row.revokedAt) steps.push({ kind: "revoked", on: row.revokedAt.toISOString(), ...reasonOf(row) });
    return steps;
  });
  return events.sort((a, b) => b.on.localeCompare(a.on));
}
