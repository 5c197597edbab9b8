import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { CheckoutSchema } from "./checkout-schema";
import { RadioChoices } from "~/components/choice-fields";
import { DeliveryPlaces } from "./delivery-places";
import { OrderRefusal } from "./order-refusal";
import type { CartSummary } from "~/modules/cart/summary.server";
import type { OtherPieces } from "./other-pieces.server";
import type { ChosenPlaces, PlaceOption } from "./places.server";
import type { PlaceOrderRefusal } from "./types";

type Props = {
  contact: { name: string; email: string; phone: string };
  regions: PlaceOption[];
  /** The listings the summary offers as payable: checkout refuses if one of them is gone by the time of the post. */
  shown: string[];
  answer:
    | {
        result: SubmissionResult<string[]>;
        places: ChosenPlaces;
        orderError: PlaceOrderRefusal | null;
        others: OtherPieces[];
      }
    | undefined;
};

const NO_PLACES: ChosenPlaces = { districts: [], mahallas: [], branches: [] };

/** The checkout form: contact, delivery (courier or branch), payment. A plain form: works without JavaScript. */
export function CheckoutForm({ contact, regions, shown, answer }: Props) {
  const { t } = useTranslation();
  // Before the first post, the account's contact and the usual choices fill the form.
  const prefill = useMemo(
    () => ({ initialValue: { ...contact, deliveryMethod: "COURIER", paymentMethod: "CARD" } }),
    [contact],
  );
  const [form, fields] = useValidatedForm("checkout", CheckoutSchema, answer?.result ?? prefill);
  const orderError = answer?.orderError;
  return (
    <Form method="post" {...getFormProps(form)} className="group flex flex-col gap-6">
      <FormErrors errors={form.errors} />
      {orderError ? <OrderRefusal refusal={orderError} others={answer.others} /> : null}
      <input type="hidden" name="shown" value={shown.join(" ")} />
      <fieldset className="flex flex-col gap-4">
        <legend className="text-xl font-semibold mb-2">{t("checkout.contactTitle")}</legend>
        <Field meta={fields.name} label={t("checkout.name")} type="text" autoComplete="name" />
        <Field meta={fields.email} label={t("checkout.email")} type="email" autoComplete="email" />
        <Field
          meta={fields.phone}
          label={t("checkout.phone")}
          hint={t("checkout.phoneHint")}
          type="tel"
          autoComplete="tel"
        />
      </fieldset>
      <RadioChoices
        meta={fields.deliveryMethod}
        legend={t("checkout.deliveryTitle")}
        choices={[
          { value: "COURIER", label: t("orders.deliveryMethod.COURIER") },
          { value: "BRANCH_PICKUP", label: t("orders.deliveryMethod.BRANCH_PICKUP") },
        ]}
      />
      <DeliveryPlaces fields={fields} regions={regions} places={answer?.places ?? NO_PLACES} />
      <RadioChoices
        meta={fields.paymentMethod}
        legend={t("checkout.paymentTitle")}
        choices={[
          { value: "CARD", label: t("checkout.payByCard") },
          { value: "CASH_ON_DELIVERY", label: t("checkout.payByCash") },
        ]}
      />
      <button type="submit" className="btn btn-primary self-start">
        {t("checkout.placeOrder")}
      </button>
    </Form>
  );
}

/** The ids of the summary's lines that can be bought now (the form's "shown" field). */
export const payableListings = (summary: CartSummary) =>
  summary.groups
    .flatMap((g) => g.lines)
    .filter((l) => l.payableQuantity > 0)
    .map((l) => l.listingId);
