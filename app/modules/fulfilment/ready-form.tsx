import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FieldError, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate } from "~/utils/format";
import type { partPage } from "./part-page.server";
import type { StudioPart } from "./queries.server";
import { ReadySchema } from "./schemas";

type Choices = NonNullable<Awaited<ReturnType<typeof partPage>>["choices"]>;
type Props = { choices: Choices; pickup: StudioPart["pickup"]; lastResult: SubmissionResult<string[]> | undefined };

/**
 * "It is ready": one radio group in two fieldsets — a pickup window (the courier comes home) or
 * a branch (the artisan brings it). The choice already made is preselected when changing it.
 */
export function ReadyForm({ choices, pickup, lastResult }: Props) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const [form, fields] = useValidatedForm("ready", ReadySchema, lastResult);
  const current = pickup ? (pickup.windowId ? `window:${pickup.windowId}` : `branch:${pickup.branchId}`) : "";
  const chosen = String(fields.choice.initialValue ?? current);
  const radio = (value: string, label: ReactNode) => (
    <label key={value} className="flex items-start gap-3 min-h-11 py-2 cursor-pointer">
      <input
        type="radio"
        name={fields.choice.name}
        value={value}
        defaultChecked={chosen === value}
        className="size-5 mt-0.5 shrink-0"
      />
      <span>{label}</span>
    </label>
  );
  return (
    <section aria-labelledby="ready-title" className="card flex flex-col gap-4 p-4">
      <h2 id="ready-title" className="text-xl">
        {t(pickup ? "fulfilment.changeTitle" : "fulfilment.readyTitle")}
      </h2>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <input type="hidden" name="intent" value="ready" />
        <FormErrors errors={form.errors} />
        <fieldset className="flex flex-col" aria-describedby={fields.choice.errors ? fields.choice.errorId : undefined}>
          <legend className="font-semibold mb-1">{t("fulfilment.windowsLegend")}</legend>
          {choices.windows.length === 0 ? <p>{t("fulfilment.noWindows")}</p> : null}
          {choices.windows.map((w) =>
            radio(
              `window:${w.id}`,
              t("fulfilment.windowChoice", {
                date: formatDate(w.date, locale),
                from: w.startsAt,
                to: w.endsAt,
                count: w.free,
              }),
            ),
          )}
        </fieldset>
        <fieldset className="flex flex-col">
          <legend className="font-semibold mb-1">{t("fulfilment.branchesLegend")}</legend>
          {choices.branches.map((b) => radio(`branch:${b.id}`, `${b.name} — ${b.address} (${b.hours})`))}
        </fieldset>
        <FieldError meta={fields.choice} />
        <button type="submit" className="btn btn-primary self-start">
          {t(pickup ? "fulfilment.changeSubmit" : "fulfilment.readySubmit")}
        </button>
      </Form>
    </section>
  );
}
