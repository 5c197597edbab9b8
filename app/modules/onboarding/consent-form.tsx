import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { htmlLang, type Locale } from "~/utils/i18n/locales";
import type { consentTexts } from "./consent-step.server";
import { ANSWERS, ConsentAnswerSchema } from "./schemas";

type Texts = ReturnType<typeof consentTexts>;

/**
 * One purpose: its words in the artisan's language (marked with that language, so a screen reader
 * reads them aloud in it), then the answer and a second witness. Radios and one button: the whole
 * step works with the keyboard alone and without JavaScript.
 */
export function ConsentForm(props: { texts: Texts; lang: Locale; lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("consent-answer", ConsentAnswerSchema, props.lastResult);
  const { texts } = props;
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <section
        lang={htmlLang(props.lang)}
        aria-labelledby="consent-name"
        className="card p-4 flex flex-col gap-3 text-lg"
      >
        <h2 id="consent-name" className="text-2xl">
          {texts.name}
        </h2>
        <p>{texts.what}</p>
        <p>{texts.means}</p>
        <p>{texts.canWithdraw}</p>
      </section>
      <FormErrors errors={form.errors} />
      <RadioChoices
        meta={fields.answer}
        legend={t("onboarding.consent.answer")}
        choices={ANSWERS.map((value) => ({ value, label: t(`onboarding.consent.${value}`) }))}
      />
      <Field
        meta={fields.secondWitnessName}
        label={t("onboarding.consent.secondWitness")}
        hint={t("onboarding.consent.secondWitnessHint")}
        type="text"
        autoComplete="off"
      />
      <button type="submit" className="btn btn-primary self-start">
        {t("onboarding.consent.save")}
      </button>
    </Form>
  );
}
