import type { Prisma } from "~/generated/prisma/client";

/**
 * A row's detail JSON as "name: value" lines to read: a list of plain values joined with commas,
 * anything deeper as compact JSON. Writers put ids, codes and outcomes there, not personal data
 * (audit.server.ts); it is shown only on this admin page, never put in an address.
 */
export function detailLines(detail: Prisma.JsonValue | null): { name: string; value: string }[] {
  if (detail === null || detail === undefined) return [];
  if (typeof detail !== "object" || Array.isArray(detail)) return [{ name: "", value: text(detail) }];
  return Object.entries(detail).map(([name, value]) => ({ name, value: text(value ?? null) }));
}

function text(value: Prisma.JsonValue): string {
  if (value === null) return "—";
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return value.join(", ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
