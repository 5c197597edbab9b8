import { parseDay } from "~/modules/logistics/pickup-day";

// What the audit viewer's address may hold: ids, action and entity names, days — never a person's
// name, phone or email (a person is found by a POST form, then named here by their user id).
export type AuditFilters = {
  actor: string | null;
  /** An exact action ("claim.submit"), or a group of them when it ends with a dot ("claim."). */
  action: string | null;
  entity: string | null;
  entityId: string | null;
  /** Tashkent days, "2026-11-22", both included. */
  from: string | null;
  to: string | null;
  /** Keyset: only rows older than this id (the last row of the page before). */
  before: string | null;
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ACTION = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*\.?$/;
const ENTITY = /^[A-Za-z0-9_]{1,60}$/;
const ENTITY_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const ROW_ID = /^[1-9]\d{0,17}$/;

const pick = (params: URLSearchParams, name: string, shape: RegExp) => {
  const value = params.get(name)?.trim() ?? "";
  return shape.test(value) ? value : null;
};
const day = (params: URLSearchParams, name: string) => {
  const value = params.get(name) ?? "";
  return parseDay(value) ? value : null;
};

/** The filters in the address; anything malformed is left out rather than refused (a hand-edited link). */
export function readFilters(url: URL): AuditFilters {
  const params = url.searchParams;
  const action = pick(params, "action", ACTION);
  return {
    actor: pick(params, "actor", ID),
    action: action && action.length <= 80 ? action : null,
    entity: pick(params, "entity", ENTITY),
    entityId: pick(params, "entityId", ENTITY_ID),
    from: day(params, "from"),
    to: day(params, "to"),
    before: pick(params, "before", ROW_ID),
  };
}

/** The address of the viewer with these filters (empty ones left out). */
export function filterQuery(filters: Partial<AuditFilters>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}

/** Only the filters that are set, for the audit row of a read. */
export const usedFilters = (filters: AuditFilters) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== null)) as Record<string, string>;

/** A group of actions ("claim.") rather than one action. */
export const isActionGroup = (action: string) => action.endsWith(".");
