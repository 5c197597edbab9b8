// The action of a settings page that keeps effective-dated values (commission rules, the BCA):
// "add" one from a day on, or "remove" one not yet in force. Refusals come back for the form (400)
// or as the page's notice (409); success goes back to the page with what was done.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { z } from "zod";
import { badRequest } from "./http.server";

type Done = { ok: true } | { ok: false; reason: string };

export async function datedValuesAction<Schema extends z.ZodType<Record<string, unknown>>>(
  form: FormData,
  page: {
    path: string;
    schema: Schema;
    add: (value: z.output<Schema>) => Promise<Done>;
    remove: (id: string) => Promise<Done>;
    /** Where a refused addition is shown, and the locale prefix of its reason. */
    dayField: string;
    reasons: string;
  },
) {
  const intent = form.get("intent");
  if (intent === "remove") {
    const result = await page.remove(String(form.get("id") ?? ""));
    if (result.ok) return redirect(`${page.path}?done=removed`);
    return data({ intent, refused: result.reason }, { status: 409 });
  }
  if (intent !== "add") badRequest();
  const submission = parseWithZod(form, { schema: page.schema });
  if (submission.status !== "success") return data({ intent, reply: submission.reply() }, { status: 400 });
  const result = await page.add(submission.value);
  if (result.ok) return redirect(`${page.path}?done=added`);
  const reply = submission.reply({ fieldErrors: { [page.dayField]: [`${page.reasons}.${result.reason}`] } });
  return data({ intent, reply }, { status: 400 });
}
