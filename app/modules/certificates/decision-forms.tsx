import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SendBackSchema } from "./schemas";
import { WordsForm } from "./words-form";

/** Verify, or send back with a reason the artisan reads (their words to correct it by). */
export function DecisionForms({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <Form method="post" className="card p-4 flex flex-col gap-3" aria-labelledby="verify-title">
        <h2 id="verify-title" className="text-xl">
          {t("certificates.review.verifyTitle")}
        </h2>
        <p>{t("certificates.review.verifyHint")}</p>
        <button type="submit" name="intent" value="verify" className="btn btn-primary self-start">
          {t("certificates.review.verify")}
        </button>
      </Form>
      <WordsForm
        id="sendBack"
        field="reason"
        schema={SendBackSchema}
        lastResult={lastResult}
        intent="sendBack"
        title={t("certificates.review.sendBackTitle")}
        label={t("certificates.review.reason")}
        hint={t("certificates.review.reasonHint")}
        submit={t("certificates.review.sendBack")}
      />
    </>
  );
}
