import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate } from "~/utils/format";
import type { ArtisanContact } from "./artisan-contact.server";
import type { StopView } from "./stop-facts.server";
import { StopMover } from "./stop-mover";
import { destinationLine, pickupLine } from "./stop-text";

type Sheet = {
  date: string | Date;
  courier: string;
  district: string;
  stops: (StopView & { contact: ArtisanContact | null })[];
};

/** The printable manifest: stops in order, each with what the courier needs and a line to sign. */
export function ManifestSheet({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  return (
    <article className="manifest flex flex-col gap-4" aria-labelledby="manifest-title">
      <h1 id="manifest-title" className="text-3xl">
        {t("logistics.manifest.title")}
      </h1>
      <p>
        {t("logistics.manifest.facts", {
          district: sheet.district,
          date: formatDate(sheet.date, locale),
          courier: sheet.courier,
        })}
      </p>
      {sheet.stops.length === 0 ? <p>{t("logistics.manifest.empty")}</p> : null}
      <ol className="flex flex-col gap-4">
        {sheet.stops.map((stop, index) => (
          <li key={stop.id} className="manifest-stop card p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-xl">{t("logistics.manifest.stop", { n: index + 1, artisan: stop.artisan })}</h2>
              <StopMover
                pickupId={stop.id}
                stopName={t("logistics.manifest.stop", { n: index + 1, artisan: stop.artisan })}
                first={index === 0}
                last={index === sheet.stops.length - 1}
              />
            </div>
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t("logistics.manifest.when")}</dt>
              <dd>{pickupLine(t, stop)}</dd>
              {stop.kind === "HOME_PICKUP" ? (
                <ContactLines contact={stop.contact} />
              ) : (
                <>
                  <dt className="font-semibold">{t("logistics.manifest.address")}</dt>
                  <dd>{stop.dropOffBranch?.address}</dd>
                </>
              )}
              <dt className="font-semibold">{t("logistics.manifest.items")}</dt>
              <dd>
                {t("logistics.order", { number: stop.number })}:{" "}
                {stop.items.map((item) => `${item.title} × ${item.quantity}`).join(", ")}
              </dd>
              <dt className="font-semibold">{t("logistics.manifest.deliverTo")}</dt>
              <dd>{destinationLine(t, stop)}</dd>
            </dl>
            <p className="manifest-signature mt-6">{t("logistics.manifest.signature")}: ________________________</p>
          </li>
        ))}
      </ol>
    </article>
  );
}

/** Phone always; address and access notes only with the artisan's consent, else said in words. */
export function ContactLines({ contact }: { contact: ArtisanContact | null }) {
  const { t } = useTranslation();
  return (
    <>
      <dt className="font-semibold">{t("logistics.manifest.phone")}</dt>
      <dd>
        {contact?.phone ? (
          <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a>
        ) : (
          t("logistics.manifest.noPhone")
        )}
      </dd>
      <dt className="font-semibold">{t("logistics.manifest.address")}</dt>
      <dd>{contact?.address ?? t("logistics.manifest.addressByPhone")}</dd>
      {contact?.address ? (
        <>
          <dt className="font-semibold">{t("logistics.manifest.accessNotes")}</dt>
          <dd>{contact.accessNotes ?? t("logistics.manifest.noAccessNotes")}</dd>
        </>
      ) : null}
    </>
  );
}
