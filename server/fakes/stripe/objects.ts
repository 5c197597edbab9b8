import { randomBytes } from "node:crypto";

// The subset of Stripe's objects that the app reads, in Stripe's documented shapes.

export const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;

export type Line = { name: string; unitAmount: number; quantity: number };

export type Session = {
  id: string;
  object: "checkout.session";
  amount_subtotal: number;
  amount_total: number;
  cancel_url: string | null;
  client_reference_id: string | null;
  created: number;
  currency: string;
  customer_details: { email: string | null } | null;
  customer_email: string | null;
  expires_at: number;
  livemode: false;
  locale: string | null;
  metadata: Record<string, string>;
  mode: "payment";
  payment_intent: string | null;
  payment_status: "paid" | "unpaid";
  status: "open" | "complete" | "expired";
  success_url: string;
  url: string | null;
};

export type Refund = {
  id: string;
  object: "refund";
  amount: number;
  charge: string;
  created: number;
  currency: string;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: string | null;
  status: "succeeded";
};

export type Charge = {
  id: string;
  object: "charge";
  amount: number;
  amount_refunded: number;
  created: number;
  currency: string;
  payment_intent: string;
  refunded: boolean;
  // No `refunds` list: charges have left it out since API version 2022-11-15.
};

export type StripeEvent = {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  data: { object: Session | Charge };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
};

export function stripeError(status: number, type: string, message: string, extra: Record<string, string> = {}) {
  return { status, body: { error: { type, message, ...extra } } };
}
