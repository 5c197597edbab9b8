import type { SubmissionResult } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import { notFound } from "~/utils/http.server";
import type { ProgrammeChange } from "./programmes.server";

type Submitted = {
  reply: (options: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }) => SubmissionResult<string[]>;
};

/**
 * To the list when it went through; a missing programme is not found; a refusal goes back into
 * the form (HTTP 400) with what was typed: a taken code at the code, a locked change at the top.
 */
export function programmeReply(submission: Submitted, result: ProgrammeChange, done: "created" | "saved") {
  if (result.ok) return redirect(`/admin/programmes?done=${done}`);
  if (result.reason === "notFound") notFound();
  const reply =
    result.reason === "codeTaken"
      ? submission.reply({ fieldErrors: { code: ["admin.errors.codeTaken"] } })
      : submission.reply({ formErrors: ["admin.errors.lockedByClaims"] });
  return data({ reply }, { status: 400 });
}
