import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { ListingGallery } from "~/modules/catalog/listing-gallery";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate } from "~/utils/format";
import type { ModerationListing } from "./review.server";

/** The listing as buyers would see it, every language the artisan wrote, side by side with its facts. */
export function ListingReview({ listing }: { listing: ModerationListing }) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="photos-title" className="flex flex-col gap-3">
        <h2 id="photos-title" className="text-xl">
          {t("moderation.photosTitle")}
        </h2>
        {listing.images.length > 0 ? <ListingGallery images={listing.images} /> : <p>{t("moderation.noPhotos")}</p>}
      </section>
      <div className="flex flex-col gap-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("moderation.statusLabel")}</dt>
          <dd>{t(`moderation.status.${listing.status}`)}</dd>
          <dt className="font-semibold">{t("moderation.artisan")}</dt>
          <dd>{t("moderation.madeBy", { name: listing.artisan.name, district: listing.artisan.district })}</dd>
          <dt className="font-semibold">{t("moderation.category")}</dt>
          <dd>{listing.category}</dd>
          <dt className="font-semibold">{t("moderation.price")}</dt>
          <dd>
            <Price minor={listing.priceMinor} />
          </dd>
          <dt className="font-semibold">{t("moderation.stock")}</dt>
          <dd>{listing.stock}</dd>
          <dt className="font-semibold">{t("moderation.handmade")}</dt>
          <dd>{t(listing.handmadeAttested ? "moderation.handmadeYes" : "moderation.handmadeNo")}</dd>
        </dl>
        {listing.status === "REJECTED" && listing.rejectionReason ? (
          <p className="card p-3">{t("moderation.currentReason", { reason: listing.rejectionReason })}</p>
        ) : null}
        <section aria-labelledby="texts-title" className="flex flex-col gap-3">
          <h2 id="texts-title" className="text-xl">
            {t("moderation.textsTitle")}
          </h2>
          {listing.versions.map((version) => (
            <article
              key={version.lang}
              className="card flex flex-col gap-2 p-4"
              aria-label={t(`moderation.languages.${version.lang}`)}
            >
              <p className="text-[var(--color-muted)]">{t(`moderation.languages.${version.lang}`)}</p>
              <h3 lang={version.lang} className="text-lg font-semibold">
                {version.title}
              </h3>
              <p lang={version.lang} className="whitespace-pre-line">
                {version.description}
              </p>
              {version.materials ? (
                <p>
                  {t("moderation.materials")}: <span lang={version.lang}>{version.materials}</span>
                </p>
              ) : null}
              {version.dimensions ? (
                <p>
                  {t("moderation.dimensions")}: <span lang={version.lang}>{version.dimensions}</span>
                </p>
              ) : null}
            </article>
          ))}
        </section>
      </div>
    </div>
  );
}

/** Earlier decisions and open reports: what the moderator should know before deciding. */
export function ModerationHistory({ listing }: { listing: ModerationListing }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Notes
        id="reports-title"
        title={t("moderation.reportsTitle")}
        empty={t("moderation.reportsEmpty")}
        notes={listing.reports.map((report) => ({
          id: report.id,
          heading: t(`moderation.reportReasons.${report.reason}`),
          text: report.details,
          footer: t("moderation.reportedOn", { date: formatDate(report.createdAt, locale) }),
        }))}
      />
      <Notes
        id="decisions-title"
        title={t("moderation.decisionsTitle")}
        empty={t("moderation.decisionsEmpty")}
        notes={listing.decisions.map((decision) => ({
          id: decision.id,
          heading: [
            t(`moderation.decisions.${decision.decision}`),
            decision.reasonCode && t(`moderation.rejectReasons.${decision.reasonCode}`),
          ]
            .filter(Boolean)
            .join(": "),
          text: decision.reasonText,
          footer: t("moderation.decidedBy", { name: decision.moderator ?? "—", date: formatDate(decision.at, locale) }),
        }))}
      />
    </div>
  );
}

type Note = { id: string; heading: string; text: string | null; footer: string };

function Notes({ id, title, empty, notes }: { id: string; title: string; empty: string; notes: Note[] }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-xl">
        {title}
      </h2>
      {notes.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {notes.map((note) => (
            <li key={note.id} className="card p-3">
              <p className="font-semibold">{note.heading}</p>
              {note.text ? <p className="whitespace-pre-line">{note.text}</p> : null}
              <p className="text-[var(--color-muted)]">{note.footer}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
