import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import { passwordProblem } from "~/utils/password.server";

/** The fields a form with a new password never sends back to the page. */
export const NEW_PASSWORD_HIDDEN = ["password", "confirmPassword"];

type Replying = {
  value: { password: string };
  reply: (options: { fieldErrors: Record<string, string[]>; hideFields: string[] }) => SubmissionResult<string[]>;
};

/**
 * The rule the schema cannot check in the browser (sign-up, reset, welcome): a new password that is
 * one of the common ones is refused, with the form's answer; null when the password is fine.
 */
export function commonPasswordAnswer(submission: Replying) {
  if (passwordProblem(submission.value.password) !== "tooCommon") return null;
  return data(
    submission.reply({ fieldErrors: { password: ["errors.passwordTooCommon"] }, hideFields: NEW_PASSWORD_HIDDEN }),
    { status: 400 },
  );
}
