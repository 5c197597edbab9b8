import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CaseList } from "~/modules/cases/case-list";
import { caseList, hasSomethingDue } from "~/modules/cases/case-list.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cases.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "case:manage");
  const cases = await caseList(getDb(), worker.id, requestLocale(request));
  if (!cases) return { mayRunCases: false as const, due: [], rest: [] };
  return {
    mayRunCases: true as const,
    due: cases.filter(hasSomethingDue),
    rest: cases.filter((c) => !hasSomethingDue(c)),
  };
}

export default function CasesPage() {
  const { t } = useTranslation();
  const { mayRunCases, due, rest } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("cases.title")}</h1>
      {mayRunCases ? (
        <>
          <p>{t("cases.intro")}</p>
          <section aria-labelledby="due-title" className="flex flex-col gap-3">
            <h2 id="due-title" className="text-2xl">
              {t("cases.list.dueTitle")}
            </h2>
            <CaseList cases={due} />
          </section>
          <section aria-labelledby="rest-title" className="flex flex-col gap-3">
            <h2 id="rest-title" className="text-2xl">
              {t("cases.list.restTitle")}
            </h2>
            <CaseList cases={rest} />
          </section>
        </>
      ) : (
        <p>{t("cases.levelOnly")}</p>
      )}
    </div>
  );
}
