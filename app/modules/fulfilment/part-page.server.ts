import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { StudioActor } from "~/modules/assisted/studio-actor.server";
import { getPaymentProvider } from "~/modules/payments/stripe-provider.server";
import type { Db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { badRequest, notFound } from "~/utils/http.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized } from "~/utils/i18n/localized";
import { branchTexts } from "~/modules/config/offered-branches.server";
import { offeredBranches } from "./branches.server";
import { offeredWindows } from "./pickup-windows.server";
import { studioPart } from "./queries.server";
import { markReady } from "./ready.server";
import { acceptSubOrder, declineSubOrder } from "./respond.server";
import { DeclineSchema, ReadySchema, toReadyChoice } from "./schemas";

/** The part page: the part itself, and while a pickup can still be chosen, the windows and branches. */
export async function partPage(db: Db, actor: StudioActor, subOrderId: string, locale: Locale, now = new Date()) {
  const part = await studioPart(db, actor.artisanId, subOrderId, locale);
  if (!part) notFound();
  const choosing =
    part.status === "ACCEPTED" ||
    (part.status === "READY" && (part.pickup?.status === "REQUESTED" || part.pickup?.status === "FAILED"));
  if (!choosing) return { part, choices: null };
  const [windows, branches] = await Promise.all([
    offeredWindows(db, part.artisan.districtId, now, getEnv().SAME_DAY_PICKUP_UNTIL, part.pickup?.windowId),
    offeredBranches(db, part.artisan.districtId),
  ]);
  return {
    part,
    choices: {
      windows,
      branches: branches.map((b) => ({
        id: b.id,
        name: localized(b, "name", locale),
        ...branchTexts(b, locale),
      })),
    },
  };
}

const REFUSALS = {
  notPlaced: "fulfilment.errors.notPlaced",
  notChangeable: "fulfilment.errors.notChangeable",
  windowFull: "fulfilment.errors.windowFull",
  notOffered: "fulfilment.errors.notOffered",
} as const;

/** intent=accept | decline | ready; a refusal comes back on the form that was sent, keeping what was chosen. */
export async function partPageAction(db: Db, actor: StudioActor, subOrderId: string, form: FormData) {
  const back = (done: string) => redirect(`/studio/orders/${subOrderId}?done=${done}`);
  const intent = form.get("intent");
  if (intent === "accept") {
    const result = await acceptSubOrder(db, actor, subOrderId);
    if (result.ok) return back("accepted");
    if (result.reason === "notFound") notFound();
    return data({ intent, error: REFUSALS[result.reason] }, { status: 409 });
  }
  if (intent === "decline") {
    const submission = parseWithZod(form, { schema: DeclineSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const result = await declineSubOrder(db, getPaymentProvider, actor, {
      subOrderId,
      reason: submission.value.reason,
      reasonText: submission.value.reasonText ?? "",
    });
    if (result.ok) return back(`declined-${result.refund ?? "none"}`);
    if (result.reason === "notFound") notFound();
    return data({ intent, result: submission.reply({ formErrors: [REFUSALS[result.reason]] }) }, { status: 409 });
  }
  if (intent === "ready") {
    const submission = parseWithZod(form, { schema: ReadySchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const result = await markReady(
      db,
      actor,
      subOrderId,
      toReadyChoice(submission.value.choice),
      getEnv().SAME_DAY_PICKUP_UNTIL,
    );
    if (result.ok) return back("ready");
    if (result.reason === "notFound") notFound();
    return data(
      { intent, result: submission.reply({ fieldErrors: { choice: [REFUSALS[result.reason]] } }) },
      { status: 409 },
    );
  }
  badRequest();
}
