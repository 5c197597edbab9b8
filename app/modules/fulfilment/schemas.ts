import { z } from "zod";
import { DECLINE_REASONS } from "./decline-reasons";

/** A decline names a common reason; "other" needs the artisan's words, because the buyer is told why. */
export const DeclineSchema = z
  .object({
    reason: z.enum(DECLINE_REASONS, { error: "fulfilment.errors.reasonRequired" }),
    reasonText: z.string().trim().max(500, "fulfilment.errors.textTooLong").optional(),
  })
  .refine((value) => value.reason !== "other" || Boolean(value.reasonText), {
    message: "fulfilment.errors.textRequired",
    path: ["reasonText"],
  });

/** One radio group for both answers: "window:<id>" (the courier comes) or "branch:<id>" (the artisan brings it). */
export const ReadySchema = z.object({
  choice: z
    .string({ error: "fulfilment.errors.choiceRequired" })
    .regex(/^(window|branch):[\w-]+$/, "fulfilment.errors.choiceRequired"),
});

export function toReadyChoice(choice: string) {
  const [kind, id] = choice.split(":") as ["window" | "branch", string];
  return kind === "window" ? { kind, windowId: id } : { kind, branchId: id };
}

/** What ?done= may say after a step (anything else is ignored). */
export const DONE_NOTICES = ["accepted", "declined-none", "declined-recorded", "declined-owed", "ready"] as const;
