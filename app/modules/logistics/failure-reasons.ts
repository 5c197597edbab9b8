import { z } from "zod";

/** Why a courier could not pick up; each has a text at logistics.failure.<reason>. */
export const FAILURE_REASONS = ["nobodyHome", "notReady", "noAnswer", "wrongAddress", "other"] as const;

export type FailureReason = (typeof FAILURE_REASONS)[number];

/** "Other" needs words: the artisan and the dispatcher must know what went wrong. */
export const FailureSchema = z
  .object({
    pickupId: z.string().min(1),
    reason: z.enum(FAILURE_REASONS, { error: "logistics.errors.reasonRequired" }),
    detail: z.string().trim().max(300, "logistics.errors.detailTooLong").optional(),
  })
  .refine((value) => value.reason !== "other" || Boolean(value.detail), {
    message: "logistics.errors.detailRequired",
    path: ["detail"],
  });

/** Kept on the Pickup and the timeline as "<reason>" or "<reason>: <the courier's words>". */
export function failureNote(reason: FailureReason, detail?: string): string {
  return detail ? `${reason}: ${detail}` : reason;
}

/** The reason key and the courier's words back from a stored note. */
export function readFailureNote(note: string): { reason: FailureReason; detail: string } {
  const [head, ...rest] = note.split(": ");
  const reason = FAILURE_REASONS.find((r) => r === head) ?? "other";
  return { reason, detail: reason === head ? rest.join(": ") : note };
}
