import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { Picture } from "~/modules/media/responsive-picture";
import type { PictureData } from "~/modules/media/picture";
import type { Missing } from "./drafts.server";

type Summary = {
  id: string;
  titleUz: string;
  descriptionUz: string;
  categoryName: string | null;
  priceMinor: number;
  stock: number;
  materialsUz: string | null;
  dimensionsUz: string | null;
  handmade: boolean;
  images: { id: string; picture: PictureData }[];
  missing: Missing[];
};

// Which step answers each missing piece, so the list links straight to it.
const STEP_OF: Record<Missing, string> = {
  photos: "photos",
  altText: "photos",
  about: "about",
  price: "price",
  handmade: "handmade",
};

/** Everything the artisan said, each with a link to change it, then "send for review". */
export function ReviewStep({ listing, missing }: { listing: Summary; missing: Missing[] }) {
  const { t } = useTranslation();
  const change = (step: string) => (
    <Link to={`/studio/listings/${listing.id}/${step}`} className="btn btn-quiet">
      {t("studio.change")}
    </Link>
  );
  const rows: [string, React.ReactNode, string][] = [
    [t("studio.fields.category"), listing.categoryName ?? "—", "about"],
    [t("studio.fields.titleUz"), listing.titleUz || "—", "about"],
    [t("studio.fields.descriptionUz"), listing.descriptionUz || "—", "about"],
    [t("studio.fields.price"), listing.priceMinor > 0 ? <Price minor={listing.priceMinor} /> : "—", "price"],
    [t("studio.fields.stock"), String(listing.stock), "price"],
    [t("studio.fields.materials"), listing.materialsUz ?? "—", "details"],
    [t("studio.fields.dimensions"), listing.dimensionsUz ?? "—", "details"],
    [t("studio.fields.handmadeShort"), listing.handmade ? t("studio.yes") : t("studio.no"), "handmade"],
  ];
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-wrap gap-2" aria-label={t("studio.steps.photos.title")}>
        {listing.images.map((image) => (
          <li key={image.id} className="w-32">
            <Picture data={image.picture} sizes="8rem" />
          </li>
        ))}
      </ul>
      <dl className="flex flex-col gap-2">
        {rows.map(([label, value, step]) => (
          <div key={label} className="card p-3">
            <dt className="font-semibold">{label}</dt>
            <dd className="flex flex-wrap items-center justify-between gap-2">
              <span className="whitespace-pre-line">{value}</span>
              {change(step)}
            </dd>
          </div>
        ))}
      </dl>
      {missing.length > 0 ? (
        <div role="alert" className="card p-4 field-error">
          <p>{t("studio.missingIntro")}</p>
          <ul className="list-disc ps-6">
            {missing.map((m) => (
              <li key={m}>
                <Link to={`/studio/listings/${listing.id}/${STEP_OF[m]}`}>{t(`studio.missing.${m}`)}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form method="post">
        <button type="submit" className="btn btn-primary">
          {t("studio.submit")}
        </button>
      </Form>
    </div>
  );
}
