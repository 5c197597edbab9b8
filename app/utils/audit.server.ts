import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";

type Tx = Pick<Db, "auditLog">;

export type AuditEntry = {
  actorId: string | null;
  /** The artisan a helper or social worker acted for, in assisted mode. */
  onBehalfOf?: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  /** Never personal data itself: ids, field names and outcomes only. */
  detail?: Prisma.InputJsonValue;
};

/** Appends to the audit log (the table refuses UPDATE and DELETE). Pass the transaction client when inside one. */
export async function audit(db: Tx, entry: AuditEntry) {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      onBehalfOf: entry.onBehalfOf ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      detail: entry.detail,
    },
  });
}
