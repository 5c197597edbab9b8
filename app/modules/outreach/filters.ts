import { OUTREACH_STAGES, type OutreachStage } from "./stage";

export type CaseloadQuery = { q: string; districtId: string; stage: OutreachStage | "" };

type Values = { get(name: string): FormDataEntryValue | null };

/**
 * The caseload's filters from its form; anything unknown is dropped. They come in a POST, not the
 * URL: a name or phone searched for must not end up in addresses, histories or server logs.
 */
export function caseloadQuery(form: Values, districtIds: readonly string[]): CaseloadQuery {
  const text = (name: string) => String(form.get(name) ?? "");
  const q = text("q").trim().slice(0, 100);
  const districtId = text("district");
  const stage = text("stage");
  return {
    q,
    districtId: districtIds.includes(districtId) ? districtId : "",
    stage: (OUTREACH_STAGES as readonly string[]).includes(stage) ? (stage as OutreachStage) : "",
  };
}
