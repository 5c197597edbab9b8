import { z } from "zod";
import { normalizePhone, parseIdentifier } from "~/utils/phone";
import { normalizeWelcomeCode } from "./welcome-code";

// Messages are locale keys: the form component translates them, so no text lives here.
const required = { error: "errors.required" };

const identifier = z
  .string(required)
  .trim()
  .refine((value) => parseIdentifier(value) !== null, "errors.invalidIdentifier");

const newPassword = z.string(required).min(10, "errors.passwordTooShort").max(128, "errors.passwordTooLong");

const confirmed = <T extends { password: string; confirmPassword: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "errors.passwordsDiffer" });
  }
};

export const LoginSchema = z.object({
  identifier,
  password: z.string(required),
  redirectTo: z.string().optional(),
});

export const SignupSchema = z
  .object({
    name: z.string(required).trim().min(2, "errors.nameTooShort").max(100, "errors.nameTooLong"),
    identifier,
    password: newPassword,
    confirmPassword: z.string(required),
    // Honeypot: people never see it (visually hidden, aria-hidden); bots fill it in.
    website: z.string().optional(),
  })
  .superRefine(confirmed);

export const ForgotPasswordSchema = z.object({
  email: z.string(required).trim().email("errors.invalidEmail"),
});

export const ResetPasswordSchema = z
  .object({ password: newPassword, confirmPassword: z.string(required) })
  .superRefine(confirmed);

/** /welcome: the phone number and the code of a welcome sheet or text, then the new password twice. */
export const WelcomeCodeSchema = z
  .object({
    phone: z
      .string(required)
      .trim()
      .refine((value) => normalizePhone(value) !== null, "errors.invalidPhone"),
    code: z
      .string(required)
      .trim()
      .refine((value) => normalizeWelcomeCode(value) !== null, "welcome.errors.codeInvalid"),
    password: newPassword,
    confirmPassword: z.string(required),
  })
  .superRefine(confirmed);

export const TotpSchema = z.object({
  code: z
    .string(required)
    .transform((value) => value.replace(/\s/g, ""))
    .refine((value) => /^\d{6}$/.test(value), "errors.invalidCode"),
  redirectTo: z.string().optional(),
});
