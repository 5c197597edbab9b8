import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * Cancelling asks once more: the <details> opens the "Are you sure?" step without JavaScript,
 * and only its button posts intent=cancel.
 */
export function CancelOrderForm({ error }: { error: string | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="cancel-order" className="card p-4 flex flex-col gap-2">
      <h2 id="cancel-order" className="text-xl">
        {t("orders.cancelTitle")}
      </h2>
      {error ? (
        <p role="alert" className="field-error">
          {t(error)}
        </p>
      ) : null}
      <details>
        <summary className="btn btn-secondary">{t("orders.cancel")}</summary>
        <Form method="post" className="flex flex-col gap-2 mt-3">
          <p>{t("orders.cancelConfirm")}</p>
          <button type="submit" name="intent" value="cancel" className="btn btn-primary self-start">
            {t("orders.cancelYes")}
          </button>
        </Form>
      </details>
    </section>
  );
}
