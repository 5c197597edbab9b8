import { z } from "zod";
import { dayField } from "~/modules/outreach/schemas";
import { wholeNumber } from "~/utils/number-fields";
import { parseDay } from "./pickup-day";

/** "09:30": a clock time in Tashkent, as PickupSlot and PickupWindow keep it. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string({ error: "slots.errors.timeRequired" }).trim().regex(TIME, "slots.errors.time");

const capacity = wholeNumber(1, 100, "slots.errors.capacity");

/** A new window on one or more weekdays (1 Monday … 7 Sunday): start before end, 1–100 homes. */
export const AddSlotSchema = z
  .object({
    weekday: z
      .array(z.enum(["1", "2", "3", "4", "5", "6", "7"], { error: "slots.errors.weekdays" }), {
        error: "slots.errors.weekdays",
      })
      .min(1, "slots.errors.weekdays"),
    startsAt: time,
    endsAt: time,
    capacity,
  })
  // Only once both are times: a mistyped start is its own message, not also "end before start".
  .refine((slot) => !TIME.test(slot.startsAt) || !TIME.test(slot.endsAt) || slot.startsAt < slot.endsAt, {
    path: ["endsAt"],
    message: "slots.errors.order",
  });
export type AddSlotInput = z.infer<typeof AddSlotSchema>;

export const CapacitySchema = z.object({ slotId: z.string().min(1), capacity });

/** A day without pickups: today or later (checked against Tashkent's today), with the reason. */
export const ClosedDaySchema = z.object({
  // A real day: "2099-02-30" passes the shape, and JavaScript would read it as 2 March.
  date: dayField.refine((value) => parseDay(value) !== null, "caseload.errors.dateInvalid"),
  reason: z
    .string({ error: "slots.errors.reasonRequired" })
    .trim()
    .min(1, "slots.errors.reasonRequired")
    .max(200, "slots.errors.reasonTooLong"),
});
export type ClosedDayInput = z.infer<typeof ClosedDaySchema>;
