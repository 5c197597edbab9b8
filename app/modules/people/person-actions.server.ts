import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { Db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { DeactivateSchema, DistrictsSchema, LevelSchema, PlainIntentSchema } from "./schemas";
import { changeDistricts, changeLevel, resendWelcome, resetTwoFactor } from "./staff-changes.server";
import { deactivatePerson, reactivatePerson } from "./status.server";

type Admin = { id: string };
type Result = { ok: true; via?: "email" | "sms" } | { ok: false; reason: string };
/** What the page shows under the form that was sent: its intent, the message key, and what was typed. */
export type PersonActionAnswer = { intent: string; error: string; reason?: string };

const SCHEMAS = {
  districts: DistrictsSchema,
  level: LevelSchema,
  deactivate: DeactivateSchema,
  welcome: PlainIntentSchema,
  resetTwoFactor: PlainIntentSchema,
  reactivate: PlainIntentSchema,
} as const;
const isIntent = (intent: string): intent is keyof typeof SCHEMAS => Object.hasOwn(SCHEMAS, intent);

/**
 * The person page's small forms, each with its own intent. Done → back to the page with what
 * happened (?done=…, no personal data); refused → 400 with the message; an unknown person → 404.
 */
export async function personAction(db: Db, admin: Admin, userId: string, form: FormData, appUrl: string) {
  const intent = String(form.get("intent") ?? "");
  if (!isIntent(intent))
    return data<PersonActionAnswer>({ intent, error: "people.errors.unknownIntent" }, { status: 400 });
  const submission = parseWithZod(form, { schema: SCHEMAS[intent] });
  if (submission.status !== "success") {
    const error = Object.values(submission.error ?? {}).flat()[0] ?? "people.errors.required";
    return data<PersonActionAnswer>({ intent, error, reason: String(form.get("reason") ?? "") }, { status: 400 });
  }
  const value = submission.value;
  const result: Result = await (() => {
    switch (value.intent) {
      case "districts":
        return changeDistricts(db, admin, userId, value.districtIds);
      case "level":
        return changeLevel(db, admin, userId, value);
      case "deactivate":
        return deactivatePerson(db, admin, userId, value.reason);
      case "reactivate":
        return reactivatePerson(db, admin, userId);
      case "welcome":
        return resendWelcome(db, admin, userId, appUrl);
      case "resetTwoFactor":
        return resetTwoFactor(db, admin, userId);
    }
  })();
  if (result.ok) {
    const done = value.intent === "welcome" ? `welcome-${result.via}` : value.intent;
    return redirect(`/admin/people/${userId}?done=${done}`);
  }
  if (result.reason === "notFound") notFound();
  return data<PersonActionAnswer>({ intent, error: `people.refused.${result.reason}` }, { status: 400 });
}
