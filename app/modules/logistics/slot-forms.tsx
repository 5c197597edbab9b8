import { TitledForm } from "~/components/titled-form";
import type { FormMetadata, SubmissionResult } from "@conform-to/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxChoices } from "~/components/choice-fields";
import { Field } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { AddSlotSchema, ClosedDaySchema } from "./slot-schemas";

type Reply = SubmissionResult<string[]> | undefined;
const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

type FrameProps<Schema extends Record<string, unknown>> = {
  form: FormMetadata<Schema, string[]>;
  districtId: string;
  title: string;
  intent: string;
  submit: string;
  children: ReactNode;
};

/** One form of the page: a card titled for screen readers, its errors, the district, and the button naming the change. */
function SlotFormFrame<Schema extends Record<string, unknown>>({
  form,
  districtId,
  title,
  intent,
  submit,
  children,
}: FrameProps<Schema>) {
  return (
    <TitledForm form={form} title={title}>
      <input type="hidden" name="districtId" value={districtId} />
      {children}
      <button type="submit" name="intent" value={intent} className="btn btn-primary self-start">
        {submit}
      </button>
    </TitledForm>
  );
}

/** A new window on the weekdays ticked: start, end (Tashkent time) and how many homes a courier visits in it. */
export function AddSlotForm({
  districtId,
  lastResult,
  overlap,
}: {
  districtId: string;
  lastResult: Reply;
  overlap: number[];
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("add-slot", AddSlotSchema, lastResult);
  const timeField = (meta: typeof fields.startsAt, label: string, hint: string) => (
    <Field meta={meta} type="text" inputMode="numeric" label={label} hint={hint} />
  );
  return (
    <SlotFormFrame
      form={form}
      districtId={districtId}
      title={t("slots.add.title")}
      intent="addSlot"
      submit={t("slots.add.submit")}
    >
      {overlap.length > 0 ? (
        <p className="field-error">
          {t("slots.add.overlapDays", { days: overlap.map((day) => t(`slots.weekdays.${day}`)).join(", ") })}
        </p>
      ) : null}
      <CheckboxChoices
        meta={fields.weekday}
        legend={t("slots.add.weekdays")}
        choices={WEEKDAYS.map((day) => ({ value: day, label: t(`slots.weekdays.${day}`) }))}
      />
      {timeField(fields.startsAt, t("slots.add.startsAt"), t("slots.add.timeHint"))}
      {timeField(fields.endsAt, t("slots.add.endsAt"), t("slots.add.timeHint"))}
      {timeField(fields.capacity, t("slots.add.capacity"), t("slots.add.capacityHint"))}
    </SlotFormFrame>
  );
}

/** A day without pickups in this district, today or later, with the reason. */
export function CloseDayForm({ districtId, lastResult }: { districtId: string; lastResult: Reply }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("close-day", ClosedDaySchema, lastResult);
  return (
    <SlotFormFrame
      form={form}
      districtId={districtId}
      title={t("slots.closed.addTitle")}
      intent="closeDay"
      submit={t("slots.closed.submit")}
    >
      <Field meta={fields.date} type="date" label={t("slots.closed.date")} />
      <Field meta={fields.reason} type="text" label={t("slots.closed.reason")} hint={t("slots.closed.reasonHint")} />
    </SlotFormFrame>
  );
}
