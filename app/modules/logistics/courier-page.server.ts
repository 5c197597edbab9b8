import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { Db } from "~/utils/db.server";
import { badRequest, notFound } from "~/utils/http.server";
import { FailureSchema } from "./failure-reasons";
import { markDelivered, markPickedUp, markPickupFailed, type StepResult } from "./steps.server";

export const COURIER_OUTCOMES = ["pickedUp", "failed", "delivered", "changed"] as const;

/** A courier's step on one of their stops of today; another's stop is "not found". */
export async function courierAction(db: Db, courierId: string, request: Request) {
  const form = await request.formData();
  const intent = form.get("intent");
  const pickupId = String(form.get("pickupId") ?? "");
  let result: StepResult;
  if (intent === "failed") {
    const submission = parseWithZod(form, { schema: FailureSchema });
    if (submission.status !== "success") return data(submission.reply(), { status: 400 });
    result = await markPickupFailed(db, { courierId, ...submission.value });
  } else if (intent === "pickedUp" || intent === "delivered") {
    result = await (intent === "pickedUp" ? markPickedUp : markDelivered)(db, { courierId, pickupId });
  } else {
    badRequest();
  }
  if (result === "notFound") notFound();
  return redirect(`/courier?done=${result === "changed" ? "changed" : intent}`);
}
