import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CasesDueSection } from "~/modules/cases/case-list";
import { ownCasesDue } from "~/modules/cases/case-list.server";
import { ArtisanList } from "~/modules/onboarding/artisan-list";
import { districtArtisans } from "~/modules/onboarding/district-artisans.server";
import { outreachList } from "~/modules/outreach/caseload.server";
import { CaseloadFilters } from "~/modules/outreach/caseload-filters";
import { workerDistricts } from "~/modules/outreach/districts.server";
import { caseloadQuery } from "~/modules/outreach/filters";
import { OutreachList } from "~/modules/outreach/outreach-list";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "caseload.title");

export async function loader({ request }: LoaderFunctionArgs) {
  return caseload(request, new FormData());
}

// The filters are posted, so what was searched for stays out of the URL (and the logs).
export async function action({ request }: ActionFunctionArgs) {
  return caseload(request, await request.formData());
}

async function caseload(request: Request, form: FormData) {
  const worker = await requirePermission(request, "artisan:onboard");
  const locale = requestLocale(request);
  const districts = await workerDistricts(getDb(), worker.id, locale);
  const query = caseloadQuery(
    form,
    districts.map((d) => d.id),
  );
  const districtId = query.districtId || undefined;
  const [people, artisans, casesDue] = await Promise.all([
    outreachList(getDb(), worker.id, { q: query.q, districtId, stage: query.stage || undefined }, locale),
    districtArtisans(getDb(), worker.id, { q: query.q, districtId }, locale),
    ownCasesDue(getDb(), worker.id, locale),
  ]);
  return { people, artisans, casesDue, query, districts: districts.map(({ id, name }) => ({ id, name })) };
}

export default function CaseloadPage() {
  const { t } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const { people, artisans, casesDue, query, districts } = useActionData<typeof action>() ?? loaded;
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl">{t("caseload.title")}</h1>
        <p>{t("caseload.intro")}</p>
        <p>
          <Link to="/caseload/outreach/new" className="btn btn-primary">
            {t("caseload.add")}
          </Link>
        </p>
      </div>
      <CasesDueSection cases={casesDue} />
      <CaseloadFilters query={query} districts={districts} />
      <section aria-labelledby="outreach-title" className="flex flex-col gap-3">
        <h2 id="outreach-title" className="text-2xl">
          {t("caseload.count", { count: people.length })}
        </h2>
        <OutreachList people={people} />
      </section>
      <section aria-labelledby="artisans-title" className="flex flex-col gap-3">
        <h2 id="artisans-title" className="text-2xl">
          {t("caseload.artisans.title")}
        </h2>
        <ArtisanList artisans={artisans} />
      </section>
    </div>
  );
}
