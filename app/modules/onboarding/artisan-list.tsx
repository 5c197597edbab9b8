import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import type { Due, OnboardingStage } from "./stage";

type Artisan = { id: string; name: string; district: string; stage: OnboardingStage; due: Due[] };

/** The artisans of the worker's districts: stage in words and, when there is any, what is due. */
export function ArtisanList({ artisans }: { artisans: Artisan[] }) {
  const { t, i18n } = useTranslation();
  if (artisans.length === 0) return <p>{t("caseload.artisans.empty")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {artisans.map((artisan) => (
        <li key={artisan.id} className="card p-4 flex flex-col gap-1">
          <h3 className="text-lg">
            <Link to={`/caseload/artisans/${encodeURIComponent(artisan.id)}`}>{artisan.name}</Link>
          </h3>
          <p>{artisan.district}</p>
          <p className="font-semibold">{t(`caseload.artisanStage.${artisan.stage}`)}</p>
          {artisan.due.length > 0 ? (
            <>
              <p>{t("caseload.due.title")}</p>
              <ul className="list-disc ps-6">
                {artisan.due.map((due) => (
                  <li key={due.kind}>
                    {t(`caseload.due.${due.kind}`, { date: due.on ? formatDate(due.on, i18n.language as Locale) : "" })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
