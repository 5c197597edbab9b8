import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/choice-fields";
import { FieldError, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { BuildSchema } from "./dispatch-schema";
import type { StopView } from "./stop-facts.server";
import { failureLine, pickupLine } from "./stop-text";

type Props = {
  requests: StopView[];
  couriers: { id: string; name: string }[];
  districtId: string;
  day: string;
  lastResult: SubmissionResult<string[]> | null | undefined;
};

/** Open requests of the day as a checklist (all ticked at first), a courier, and "Build manifest". */
export function BuildForm({ requests, couriers, districtId, day, lastResult }: Props) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("build-manifest", BuildSchema, lastResult);
  // After a refused post, what the dispatcher ticked stays ticked; at first, everything is.
  const ticked = lastResult ? [fields.pickupId.initialValue ?? []].flat() : null;
  const invalid = fields.pickupId.errors?.length ? true : undefined;
  return (
    <section aria-labelledby="requests-title" className="flex flex-col gap-4">
      <h2 id="requests-title" className="text-2xl">
        {t("logistics.dispatch.requestsTitle")}
      </h2>
      {requests.length === 0 ? (
        <p>{t("logistics.dispatch.requestsEmpty")}</p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="card p-4 flex flex-col gap-4">
          <input type="hidden" name="intent" value="build" />
          <input type="hidden" name="districtId" value={districtId} />
          <input type="hidden" name="day" value={day} />
          <FormErrors errors={form.errors} />
          <fieldset className="flex flex-col gap-2" aria-describedby={invalid ? fields.pickupId.errorId : undefined}>
            <legend className="font-semibold mb-1">{t("logistics.dispatch.includeLegend")}</legend>
            {requests.map((request) => (
              <label key={request.id} className="flex items-start gap-3 min-h-11 py-2 cursor-pointer">
                <input
                  type="checkbox"
                  name="pickupId"
                  value={request.id}
                  defaultChecked={ticked ? ticked.includes(request.id) : true}
                  className="size-5 mt-0.5 shrink-0"
                />
                <span>
                  <strong>{request.artisan}</strong> — {pickupLine(t, request)};{" "}
                  {t("logistics.items", { count: request.itemCount })};{" "}
                  {t("logistics.order", { number: request.number })}
                  {request.failureReason ? (
                    <span className="block field-error">{failureLine(t, request.failureReason)}</span>
                  ) : null}
                </span>
              </label>
            ))}
            <FieldError meta={fields.pickupId} />
          </fieldset>
          {couriers.length > 0 ? (
            <SelectField
              meta={fields.courierId}
              label={t("logistics.dispatch.courier")}
              options={couriers}
              placeholder={t("logistics.dispatch.courierPlaceholder")}
            />
          ) : (
            <p>{t("logistics.dispatch.noCouriers")}</p>
          )}
          <button type="submit" className="btn btn-primary self-start">
            {t("logistics.dispatch.build")}
          </button>
        </Form>
      )}
    </section>
  );
}
