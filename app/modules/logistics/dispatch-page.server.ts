import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { Db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import type { Locale } from "~/utils/i18n/locales";
import { buildManifest } from "./build-manifest.server";
import { dispatchDay, dispatcherDistricts } from "./dispatch.server";
import { BuildSchema } from "./dispatch-schema";
import { dayKey, parseDay, tashkentToday } from "./pickup-day";
import { handOverAtBranch } from "./steps.server";

const OUTCOMES = ["handedOver", "changed"] as const;

/** The dispatch page for the district and day in the address (the first district and today by default). */
export async function dispatchPage(db: Db, dispatcherId: string, url: URL, locale: Locale) {
  const districts = await dispatcherDistricts(db, dispatcherId, locale);
  const districtId = url.searchParams.get("district") ?? districts[0]?.id ?? "";
  const day = parseDay(url.searchParams.get("day")) ?? tashkentToday();
  const done = OUTCOMES.find((outcome) => outcome === url.searchParams.get("done")) ?? null;
  if (!districtId) return { districts, districtId, day: dayKey(day), done, view: null };
  const view = await dispatchDay(db, { dispatcherId, districtId, day, locale });
  if (!view) notFound();
  return { districts, districtId, day: dayKey(day), done, view };
}

/** "Build manifest" (on to the new sheet) and "Handed to the buyer" (back to the same district and day). */
export async function dispatchAction(db: Db, dispatcherId: string, request: Request) {
  const form = await request.formData();
  const back = (outcome: (typeof OUTCOMES)[number]) => {
    const url = new URL(request.url);
    url.searchParams.set("done", outcome);
    return redirect(`${url.pathname}${url.search}`);
  };
  if (form.get("intent") === "handOver") {
    const result = await handOverAtBranch(db, {
      dispatcherId,
      districtId: String(form.get("districtId") ?? ""),
      subOrderId: String(form.get("subOrderId") ?? ""),
    });
    if (result === "notFound") notFound();
    return back(result === "done" ? "handedOver" : "changed");
  }
  const submission = parseWithZod(form, { schema: BuildSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const day = parseDay(submission.value.day);
  if (!day) notFound();
  const result = await buildManifest(db, {
    dispatcherId,
    ...submission.value,
    day,
    pickupIds: submission.value.pickupId,
  });
  // Straight to the sheet to print; the courier sees the stops on their page already.
  if (result.ok) return redirect(`/dispatch/manifests/${result.manifestId}?built=1`);
  if (result.reason === "notFound") notFound();
  const reply =
    result.reason === "courier"
      ? submission.reply({ fieldErrors: { courierId: ["logistics.errors.courierNotServing"] } })
      : result.reason === "noPickups"
        ? submission.reply({ fieldErrors: { pickupId: ["logistics.errors.noPickups"] } })
        : submission.reply({ formErrors: ["logistics.errors.changed"] });
  return data(reply, { status: result.reason === "changed" ? 409 : 400 });
}
