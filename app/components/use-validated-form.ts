import { useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

/**
 * Conform with our defaults: the server's answer (lastResult) fills the form after a post without
 * JavaScript; with JavaScript, a field is checked when left and re-checked on every keystroke once
 * it shows an error, so a fixed error disappears before the person reaches the button (otherwise
 * the message vanishing on blur shifts the button away from a click).
 */
export function useValidatedForm<Schema extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(
  id: string,
  schema: Schema,
  lastResult: SubmissionResult<string[]> | null | undefined,
  /** What the form starts with (a person's details already known), before anything is posted. */
  defaultValue?: Partial<Record<keyof z.input<Schema>, string | string[]>>,
) {
  return useForm<z.input<Schema>, z.output<Schema>>({
    id,
    lastResult,
    defaultValue: defaultValue as never,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}
