import type { PaymentProvider } from "~/modules/payments/provider";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import { fromMinor, toMinorBigInt } from "~/utils/money";
import { paymentsOwingRefund } from "./queries.server";
import { recordProviderRefund } from "./refunds.server";

/** Card payments the app owes back (see paymentsOwingRefund), with what is still to return. */
export async function listOwedRefunds(db: Db) {
  const owed = await paymentsOwingRefund(db);
  return owed.map((payment) => ({
    paymentId: payment.id,
    orderNumber: payment.order.number,
    paid: fromMinor(payment.amountMinor),
    owed: fromMinor(payment.owedMinor),
  }));
}

export type RefundOwedResult = Outcome<"notOwed" | "providerFailed">;

/**
 * A staff member returns a buyer's money: the provider refunds what is still owed, and the refund
 * is recorded at once up to what is due (the provider's webhook then adds nothing).
 * Only payments still on the owed list qualify, so a second click refunds nothing.
 */
export async function refundOwedPayment(
  db: Db,
  provider: PaymentProvider,
  { paymentId, actorId }: { paymentId: string; actorId: string },
): Promise<RefundOwedResult> {
  const payment = (await listOwedRefunds(db)).find((p) => p.paymentId === paymentId);
  const row = payment && (await db.payment.findUnique({ where: { id: paymentId }, select: { providerRef: true } }));
  if (!payment || !row?.providerRef || payment.owed.minor <= 0) return { ok: false, reason: "notOwed" };
  let refundRef: string;
  try {
    ({ refundRef } = await provider.refund({
      providerRef: row.providerRef,
      amount: payment.owed,
      reason: "requested_by_customer",
    }));
  } catch (error) {
    await audit(db, {
      actorId,
      action: "payment.refund_failed",
      entity: "Payment",
      entityId: paymentId,
      detail: { error: (error as Error).message },
    });
    return { ok: false, reason: "providerFailed" };
  }
  await db.$transaction(async (tx) => {
    await recordProviderRefund(
      tx,
      paymentId,
      { refundRef, amountMinor: toMinorBigInt(payment.owed), reason: "owed_refund" },
      new Date(),
    );
    await audit(tx, {
      actorId,
      action: "payment.refunded_by_staff",
      entity: "Payment",
      entityId: paymentId,
      detail: { refundRef },
    });
  });
  return { ok: true };
}
