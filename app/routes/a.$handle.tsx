import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getPublicArtisan } from "~/modules/catalog/artisan.server";
import { ListingGrid } from "~/modules/catalog/listing-card";
import { requestLocale } from "~/modules/shell/locale.server";
import { BadgeExplainer } from "~/modules/verification/badge-explainer";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { contentTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? [...contentTitle(matches, data.artisan.name), { name: "description", content: data.artisan.story.slice(0, 160) }]
    : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const artisan = await getPublicArtisan(getDb(), params.handle ?? "", requestLocale(request));
  if (!artisan) notFound();
  return { artisan };
}

export default function ArtisanPage() {
  const { t } = useTranslation();
  const { artisan } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="artisan-name" className="flex flex-col gap-3 max-w-3xl">
        <h1 id="artisan-name" className="text-3xl">
          {artisan.name}
        </h1>
        <p className="text-[var(--color-muted)]">
          {artisan.district}, {artisan.region}
        </p>
        {artisan.badge ? <BadgeExplainer verifiedOn={artisan.badge.verifiedOn} /> : null}
        {artisan.story ? (
          <>
            <h2 className="text-xl">{t("catalog.artisanAbout")}</h2>
            <p className="whitespace-pre-line">{artisan.story}</p>
          </>
        ) : null}
      </section>
      <section aria-labelledby="artisan-goods" className="flex flex-col gap-3">
        <h2 id="artisan-goods" className="text-2xl">
          {t("catalog.artisanGoods", { name: artisan.name })}
        </h2>
        {artisan.cards.length > 0 ? (
          <ListingGrid cards={artisan.cards} />
        ) : (
          <p>{t("catalog.artisanNoGoods", { name: artisan.name })}</p>
        )}
      </section>
    </div>
  );
}
