import type { BadgeStatus } from "~/generated/prisma/enums";

/** Where an artisan's onboarding stands, in the words the caseload shows (locale keys caseload.artisanStage.*). */
export type OnboardingStage =
  "consents" | "evidence" | "countersign" | "badgeToRequest" | "badgeRequested" | "sentBack" | "verified" | "lapsed";

/** What is due from the social worker (locale keys caseload.due.*), with a date where one applies. */
export type Due = {
  kind: "consents" | "evidence" | "countersign" | "evidenceExpiring" | "sentBack" | "checklistWaiting";
  on?: string;
};

export type ArtisanFacts = {
  consents: number;
  /** The current evidence; `counts` false while a level-A attestation waits for its countersign. */
  evidence: { validUntil: Date | null; counts?: boolean } | null;
  latestBadge: { status: BadgeStatus; validUntil: Date | null } | null;
  /** Checklist steps the worker left waiting (absent: none). */
  checklistWaiting?: number;
};

const DAY = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * From what was recorded: consents first, then the evidence seen at a visit, then the badge
 * (requested, sent back, granted, lapsed). A granted badge lapses with its end date.
 */
export function onboardingStage(facts: ArtisanFacts, today: Date): OnboardingStage {
  if (facts.consents === 0) return "consents";
  const badge = facts.latestBadge;
  if (badge?.status === "LAPSED") return "lapsed";
  if (badge?.status === "GRANTED") return badge.validUntil && badge.validUntil < today ? "lapsed" : "verified";
  if (!facts.evidence) return "evidence";
  if (facts.evidence.counts === false) return "countersign";
  if (badge?.status === "PENDING") return "badgeRequested";
  if (badge?.status === "REJECTED") return "sentBack";
  return "badgeToRequest";
}

/** What the worker should do next for this artisan: missing consents or evidence, evidence ending within 30 days, a badge sent back. */
export function dueFor(facts: ArtisanFacts, today: Date): Due[] {
  const due: Due[] = [];
  if (facts.consents === 0) due.push({ kind: "consents" });
  const ends = facts.evidence?.validUntil;
  if (!facts.evidence) due.push({ kind: "evidence" });
  else if (facts.evidence.counts === false) due.push({ kind: "countersign" });
  else if (ends && ends >= today && ends.getTime() - today.getTime() <= 30 * DAY)
    due.push({ kind: "evidenceExpiring", on: day(ends) });
  if (facts.latestBadge?.status === "REJECTED") due.push({ kind: "sentBack" });
  if (facts.checklistWaiting) due.push({ kind: "checklistWaiting" });
  return due;
}
