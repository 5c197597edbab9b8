import { z } from "zod";
import { normalizePhone } from "~/utils/phone";
import type { Delivery } from "./types";

// Messages are locale keys, translated by the form.
const required = { error: "errors.required" };
const optional = z.string().trim().optional();

export const CheckoutSchema = z
  .object({
    name: z.string(required).trim().min(2, "errors.nameTooShort").max(100, "errors.nameTooLong"),
    email: z.string(required).trim().email("errors.invalidEmail"),
    phone: z
      .string(required)
      .trim()
      .refine((value) => normalizePhone(value) !== null, "errors.invalidPhone"),
    deliveryMethod: z.enum(["COURIER", "BRANCH_PICKUP"], required),
    regionId: optional,
    districtId: optional,
    mahallaId: optional,
    street: z.string().trim().max(200, "checkout.errors.streetTooLong").optional(),
    branchId: optional,
    paymentMethod: z.enum(["CARD", "CASH_ON_DELIVERY"], required),
  })
  .superRefine((value, ctx) => {
    // Only the chosen way of delivery needs its fields.
    const needed =
      value.deliveryMethod === "COURIER" ? (["regionId", "districtId", "street"] as const) : (["branchId"] as const);
    for (const field of needed) {
      if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message: "errors.required" });
    }
  });

export type CheckoutValues = z.output<typeof CheckoutSchema>;

/** The delivery placeOrder takes, from validated form values. */
export function deliveryOf(values: CheckoutValues): Delivery {
  if (values.deliveryMethod === "BRANCH_PICKUP") return { method: "BRANCH_PICKUP", branchId: values.branchId! };
  return {
    method: "COURIER",
    regionId: values.regionId!,
    districtId: values.districtId!,
    mahallaId: values.mahallaId || null,
    street: values.street!,
  };
}
