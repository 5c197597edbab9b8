import type { Submission } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import { notFound } from "~/utils/http.server";

type Result = { ok: true } | { ok: false; reason: string };

/** Bad input: the form comes back with what was typed and its messages (400). */
export const invalidInput = (submission: Submission<unknown>, intent?: string) =>
  data({ intent, reply: submission.reply() }, { status: 400 });

/**
 * After a module's answer: on to `to`; a case that is not the worker's does not exist (404); any
 * other refusal says why above the form, which keeps what was typed (409).
 */
export function afterChange(result: Result, submission: Submission<unknown>, to: string, intent?: string) {
  if (result.ok) return redirect(to);
  if (result.reason === "notFound") notFound();
  return data({ intent, reply: submission.reply({ formErrors: [`cases.refused.${result.reason}`] }) }, { status: 409 });
}
