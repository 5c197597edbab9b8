import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Manifest = { id: string; courier: string; stops: number };
type Waiting = { id: string; number: string; buyer: string; branch: string };

/** The day's manifests, each with its printable page. */
export function DayManifests({ manifests }: { manifests: Manifest[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="manifests-title" className="flex flex-col gap-3">
      <h2 id="manifests-title" className="text-2xl">
        {t("logistics.dispatch.manifestsTitle")}
      </h2>
      {manifests.length === 0 ? <p>{t("logistics.dispatch.manifestsEmpty")}</p> : null}
      <ul className="flex flex-col gap-2">
        {manifests.map((manifest) => (
          <li key={manifest.id} className="card p-4 flex flex-wrap items-center gap-4">
            <span>{t("logistics.dispatch.manifestLine", { courier: manifest.courier, count: manifest.stops })}</span>
            <Link to={`/dispatch/manifests/${manifest.id}`} className="btn btn-secondary">
              {t("logistics.dispatch.openManifest")}
              <span className="visually-hidden">: {manifest.courier}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Parcels at the district's branches: the dispatcher records that the buyer collected one. */
export function WaitingAtBranch({ parts, districtId }: { parts: Waiting[]; districtId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="at-branch-title" className="flex flex-col gap-3">
      <h2 id="at-branch-title" className="text-2xl">
        {t("logistics.dispatch.atBranchTitle")}
      </h2>
      {parts.length === 0 ? <p>{t("logistics.dispatch.atBranchEmpty")}</p> : null}
      <ul className="flex flex-col gap-2">
        {parts.map((part) => (
          <li key={part.id} className="card p-4 flex flex-wrap items-center gap-4">
            <span>{t("logistics.dispatch.atBranchLine", part)}</span>
            <Form method="post">
              <input type="hidden" name="intent" value="handOver" />
              <input type="hidden" name="districtId" value={districtId} />
              <input type="hidden" name="subOrderId" value={part.id} />
              <button type="submit" className="btn btn-secondary">
                {t("logistics.dispatch.handedOver")}
                <span className="visually-hidden">: {t("logistics.order", { number: part.number })}</span>
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  );
}
