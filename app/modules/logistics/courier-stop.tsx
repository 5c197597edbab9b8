import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CourierStop } from "./courier-day.server";
import { FailureForm } from "./failure-form";
import { ContactLines } from "./manifest-sheet";
import { destinationLine, failureLine, pickupLine } from "./stop-text";

type Props = { stop: CourierStop; n: number; lastResult: SubmissionResult<string[]> | null | undefined };

/** One stop on the courier's phone: what to collect, where (for the leg to do now), and big buttons. */
export function CourierStopCard({ stop, n, lastResult }: Props) {
  const { t } = useTranslation();
  const name = t("logistics.manifest.stop", { n, artisan: stop.artisan });
  return (
    <li className="card p-4 flex flex-col gap-3" aria-labelledby={`stop-${stop.id}`}>
      <h2 id={`stop-${stop.id}`} className="text-xl">
        {name}
      </h2>
      <p className="font-semibold">{t(`logistics.courier.status.${stop.status}`)}</p>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("logistics.manifest.when")}</dt>
        <dd>{pickupLine(t, stop)}</dd>
        {stop.status === "ASSIGNED" && stop.kind === "HOME_PICKUP" ? <ContactLines contact={stop.contact} /> : null}
        {stop.status === "ASSIGNED" && stop.dropOffBranch ? (
          <>
            <dt className="font-semibold">{t("logistics.manifest.address")}</dt>
            <dd>{stop.dropOffBranch.address}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("logistics.manifest.items")}</dt>
        <dd>
          {t("logistics.order", { number: stop.number })}:{" "}
          {stop.items.map((item) => `${item.title} × ${item.quantity}`).join(", ")}
        </dd>
        <dt className="font-semibold">{t("logistics.manifest.deliverTo")}</dt>
        <dd>{destinationLine(t, stop)}</dd>
        {stop.buyer ? (
          <>
            <dt className="font-semibold">{t("logistics.courier.buyer")}</dt>
            <dd>
              {stop.buyer.name}, <a href={`tel:${stop.buyer.phone.replace(/\s/g, "")}`}>{stop.buyer.phone}</a>
              <br />
              {[stop.destination, stop.buyer.mahalla, stop.buyer.street].filter(Boolean).join(", ")}
            </dd>
          </>
        ) : null}
        {stop.status === "PICKED_UP" && stop.destinationBranchAddress ? (
          <>
            <dt className="font-semibold">{t("logistics.courier.branchAddress")}</dt>
            <dd>{stop.destinationBranchAddress}</dd>
          </>
        ) : null}
      </dl>
      {stop.status === "FAILED" && stop.failureReason ? <p>{failureLine(t, stop.failureReason)}</p> : null}
      {stop.status === "ASSIGNED" ? (
        <>
          <StepButton pickupId={stop.id} intent="pickedUp" label={t("logistics.courier.pickedUp")} stopName={name} />
          <FailureForm pickupId={stop.id} stopName={name} lastResult={lastResult} />
        </>
      ) : null}
      {stop.status === "PICKED_UP" ? (
        <StepButton
          pickupId={stop.id}
          intent="delivered"
          label={t(
            stop.deliveryMethod === "BRANCH_PICKUP"
              ? "logistics.courier.deliveredToBranch"
              : "logistics.courier.deliveredToBuyer",
          )}
          stopName={name}
        />
      ) : null}
    </li>
  );
}

function StepButton({
  pickupId,
  intent,
  label,
  stopName,
}: {
  pickupId: string;
  intent: string;
  label: string;
  stopName: string;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="pickupId" value={pickupId} />
      <button type="submit" name="intent" value={intent} className="btn btn-primary text-lg min-h-14 w-full sm:w-auto">
        {label}
        <span className="visually-hidden">: {stopName}</span>
      </button>
    </Form>
  );
}
