import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type TypedResponse } from "@remix-run/node";
import { passwordProblem } from "~/utils/password.server";
import { ResetPasswordSchema } from "./schemas";

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

/**
 * The action of a page opened from a password link (a reset e-mail; a welcome text or sheet): the
 * new password twice, a common one refused, then `spend` uses the link up and says where to go next.
 * `spend` answers null for a link unknown, spent or expired, which the form tells as `invalidKey`.
 */
export async function newPasswordFromLink(
  request: Request,
  invalidKey: string,
  spend: (password: string) => Promise<TypedResponse<never> | null>,
) {
  const submission = parseWithZod(await request.formData(), { schema: ResetPasswordSchema });
  const hideFields = NEW_PASSWORD_HIDDEN;
  if (submission.status !== "success") return data(submission.reply({ hideFields }), { status: 400 });
  const common = commonPasswordAnswer(submission);
  if (common) return common;
  const next = await spend(submission.value.password);
  return next ?? data(submission.reply({ formErrors: [invalidKey], hideFields }), { status: 400 });
}
