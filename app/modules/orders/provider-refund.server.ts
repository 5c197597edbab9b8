import type { PaymentProvider } from "~/modules/payments/provider";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { fromMinor } from "~/utils/money";
import { recordProviderRefund } from "./refunds.server";

export type Refundable = { id: string; providerRef: string };

/**
 * Returns money to the buyer's card: the provider refunds `amountMinor`, and the refund is
 * recorded at once. If the provider fails, nothing is recorded and the money stays owed:
 * paymentsOwingRefund() lists it for staff (/admin/refunds) to retry.
 */
export async function refundOrOwe(
  db: Db,
  provider: PaymentProvider,
  payment: Refundable,
  amountMinor: bigint,
  reason: string,
  now: Date,
) {
  try {
    const { refundRef } = await provider.refund({
      providerRef: payment.providerRef,
      amount: fromMinor(amountMinor),
      reason: "requested_by_customer",
    });
    await db.$transaction((tx) => recordProviderRefund(tx, payment.id, { refundRef, amountMinor, reason }, now));
    return "recorded" as const;
  } catch (error) {
    await audit(db, {
      actorId: null,
      action: "payment.refund_owed",
      entity: "Payment",
      entityId: payment.id,
      detail: { error: String(error) },
    });
    return "owed" as const;
  }
}
