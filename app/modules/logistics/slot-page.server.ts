import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import { badRequest, notFound } from "~/utils/http.server";
import { localized } from "~/utils/i18n/localized";
import type { Locale } from "~/utils/i18n/locales";
import { closeDay, reopenDay, upcomingClosedDays } from "./closed-days.server";
import { addSlots, changeCapacity, removeSlot, slotWeek } from "./pickup-slots.server";
import { AddSlotSchema, CapacitySchema, ClosedDaySchema } from "./slot-schemas";

type Admin = { id: string };
export const SLOT_DONE = ["added", "removed", "capacity", "closed", "reopened"] as const;
type Done = (typeof SLOT_DONE)[number];

/** Every region with its districts, names in the reader's language, for the district chooser. */
async function regionsWithDistricts(db: Db, locale: Locale) {
  const regions = await db.region.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true,
      nameUz: true,
      nameRu: true,
      nameEn: true,
      districts: { orderBy: { code: "asc" }, select: { id: true, nameUz: true, nameRu: true, nameEn: true } },
    },
  });
  return regions.map((region) => ({
    id: region.id,
    name: localized(region, "name", locale),
    districts: region.districts.map((d) => ({ id: d.id, name: localized(d, "name", locale) })),
  }));
}

/** The page for ?district=<id>: the chooser alone until a district is chosen; an unknown id is not found. */
export async function slotPage(db: Db, url: URL, locale: Locale) {
  const regions = await regionsWithDistricts(db, locale);
  const districtId = url.searchParams.get("district") ?? "";
  const done = SLOT_DONE.find((value) => value === url.searchParams.get("done")) ?? null;
  if (!districtId) return { regions, district: null, week: [], closedDays: [], done: null };
  const district = regions
    .flatMap((r) => r.districts.map((d) => ({ ...d, region: r.name })))
    .find((d) => d.id === districtId);
  if (!district) notFound();
  const { today } = tashkentNow();
  const [week, closedDays] = await Promise.all([slotWeek(db, districtId), upcomingClosedDays(db, districtId, today)]);
  return { regions, district, week, closedDays, done };
}

const back = (districtId: string, done: Done) =>
  redirect(`/admin/pickup-slots?district=${encodeURIComponent(districtId)}&done=${done}`);

/**
 * The page's forms, told apart by `intent`: every change is saved and audited in the module, then
 * the page again (a redirect), or the form with its message and what was typed.
 */
export async function slotAction(db: Db, admin: Admin, request: Request) {
  const form = await request.formData();
  const intent = form.get("intent");
  const districtId = String(form.get("districtId") ?? "");
  const { today } = tashkentNow();
  if (intent === "addSlot") {
    const submission = parseWithZod(form, { schema: AddSlotSchema });
    if (submission.status !== "success")
      return data({ intent: "addSlot" as const, reply: submission.reply(), overlap: [] as number[] }, { status: 400 });
    const result = await addSlots(db, admin, districtId, submission.value);
    if (result.ok) return back(districtId, "added");
    if (result.reason === "notFound") notFound();
    const reply = submission.reply({ formErrors: ["slots.errors.overlap"] });
    return data({ intent: "addSlot" as const, reply, overlap: result.weekdays }, { status: 409 });
  }
  if (intent === "removeSlot") {
    const result = await removeSlot(db, admin, districtId, String(form.get("slotId") ?? ""));
    if (!result.ok) notFound();
    return back(districtId, "removed");
  }
  if (intent === "capacity") {
    const parsed = CapacitySchema.safeParse(Object.fromEntries(form));
    const slotId = String(form.get("slotId") ?? "");
    if (!parsed.success)
      return data({ intent: "capacity" as const, slotId, typed: String(form.get("capacity") ?? "") }, { status: 400 });
    const result = await changeCapacity(db, admin, districtId, parsed.data, today);
    if (!result.ok) notFound();
    return back(districtId, "capacity");
  }
  if (intent === "closeDay") {
    const submission = parseWithZod(form, { schema: ClosedDaySchema });
    if (submission.status !== "success")
      return data({ intent: "closeDay" as const, reply: submission.reply(), bookings: 0 }, { status: 400 });
    const result = await closeDay(db, admin, districtId, submission.value, today);
    if (result.ok) return back(districtId, "closed");
    if (result.reason === "notFound") notFound();
    const reply = submission.reply({ fieldErrors: { date: [`slots.errors.${result.reason}`] } });
    const bookings = result.reason === "booked" ? result.bookings : 0;
    return data({ intent: "closeDay" as const, reply, bookings }, { status: result.reason === "booked" ? 409 : 400 });
  }
  if (intent === "reopenDay") {
    const result = await reopenDay(db, admin, districtId, String(form.get("id") ?? ""));
    if (!result.ok) notFound();
    return back(districtId, "reopened");
  }
  badRequest();
}
