/** Where a person named for outreach stands, in the words the caseload shows (locale keys caseload.stage.*). */
export type OutreachStage = "named" | "visitPlanned" | "thinking" | "declined" | "onboarding";

export const OUTREACH_STAGES: readonly OutreachStage[] = [
  "named",
  "visitPlanned",
  "thinking",
  "declined",
  "onboarding",
];

type VisitFacts = { plannedOn: Date; doneOn: Date | null; outcome: "AGREED" | "THINKING" | "DECLINED" | null };

/**
 * From the person's visits (any order): agreed or linked to an artisan → onboarding; the last
 * visit done decides otherwise, unless a later one is planned. A person who declined stays
 * declined until a new visit is planned.
 */
export function outreachStage(contact: { artisanId: string | null; visits: readonly VisitFacts[] }): OutreachStage {
  if (contact.artisanId) return "onboarding";
  const byDate = [...contact.visits].sort((a, b) => a.plannedOn.getTime() - b.plannedOn.getTime());
  const last = byDate.at(-1);
  if (!last) return "named";
  if (!last.doneOn) return "visitPlanned";
  if (last.outcome === "AGREED") return "onboarding";
  return last.outcome === "DECLINED" ? "declined" : "thinking";
}

/** The visit planned and not yet recorded, if any (at most one is open at a time). */
export function openVisit<V extends VisitFacts>(visits: readonly V[]): V | undefined {
  return visits.find((visit) => !visit.doneOn);
}
