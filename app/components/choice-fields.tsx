import { getSelectProps, type FieldMetadata } from "@conform-to/react";
import type { ChangeEvent, ReactNode } from "react";
import { FieldError } from "./field";

type Meta = FieldMetadata<string | undefined>;

type SelectProps = {
  meta: Meta;
  label: string;
  options: { id: string; name: string }[];
  placeholder: string;
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
};

/** A labelled select with a "choose…" first option; its translated error is tied to it. */
export function SelectField({ meta, label, options, placeholder, onChange }: SelectProps) {
  const props = getSelectProps(meta);
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      {/* New options (another region's districts) need a fresh select for the default to apply. */}
      <select {...props} key={`${props.key}-${options.length}`} className="input" onChange={onChange}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <FieldError meta={meta} />
    </div>
  );
}

type RadioProps = { meta: FieldMetadata<unknown>; legend: string; choices: { value: string; label: ReactNode }[] };

/** Radio buttons in a fieldset whose legend names the question; each answer is a 44 px target. */
export function RadioChoices({ meta, legend, choices }: RadioProps) {
  const invalid = meta.errors?.length ? true : undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={invalid ? meta.errorId : undefined}>
      <legend className="font-semibold mb-1">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="flex items-start gap-3 min-h-11 py-2 cursor-pointer">
          <input
            type="radio"
            id={choiceId(meta.formId, meta.name, choice.value)}
            name={meta.name}
            value={choice.value}
            defaultChecked={String(meta.initialValue ?? "") === choice.value}
            className="size-5 mt-0.5 shrink-0"
          />
          <span>{choice.label}</span>
        </label>
      ))}
      <FieldError meta={meta} />
    </fieldset>
  );
}

/** Check boxes in a fieldset, for a question with several answers (an artisan's crafts). */
export function CheckboxChoices({ meta, legend, choices }: RadioProps) {
  const chosen = [meta.initialValue ?? []].flat().map(String);
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="font-semibold mb-1">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="flex items-start gap-3 min-h-11 py-2 cursor-pointer">
          <input
            type="checkbox"
            id={choiceId(meta.formId, meta.name, choice.value)}
            name={meta.name}
            value={choice.value}
            defaultChecked={chosen.includes(choice.value)}
            className="size-5 mt-0.5 shrink-0"
          />
          <span>{choice.label}</span>
        </label>
      ))}
      <FieldError meta={meta} />
    </fieldset>
  );
}

/**
 * "checkout-deliveryMethod-branch-pickup": a plain id that CSS (and Tailwind's arbitrary variants)
 * can name, with its form's id first, so two forms on one page asking the same question never
 * share an id (a label would then check the other form's answer).
 */
export const choiceId = (formId: string, name: string, value: string) =>
  `${formId}-${name}-${value.toLowerCase().replace(/_/g, "-")}`;
