import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { AddHolidayForm } from "~/modules/calendar/holiday-form";
import { addHoliday, holidayYear, removeHoliday } from "~/modules/calendar/holiday-list.server";
import { HolidaySchema } from "~/modules/calendar/holiday-schema";
import { requestLocale } from "~/modules/shell/locale.server";
import { ConsoleNav } from "~/modules/console/console-nav";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate, tashkentNow } from "~/utils/format";
import { badRequest } from "~/utils/http.server";
import { isLocale } from "~/utils/i18n/locales";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.holidays.title");

/** ?year=2027, else this year (Tashkent's); anything else is this year too. */
function chosenYear(request: Request, thisYear: number) {
  const year = Number(new URL(request.url).searchParams.get("year"));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear;
}

const thisYear = () => tashkentNow().today.getUTCFullYear();
const back = (year: number | string, done: "added" | "removed") =>
  redirect(`/admin/holidays?year=${year}&done=${done}`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  const year = chosenYear(request, thisYear());
  return { year, ...(await holidayYear(getDb(), year, thisYear(), requestLocale(request))) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "config:manage");
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "remove") {
    const result = await removeHoliday(getDb(), admin, String(form.get("id") ?? ""));
    if (result.ok) return back(chosenYear(request, thisYear()), "removed");
    return data({ refused: result.reason }, { status: 409 });
  }
  if (intent !== "add") badRequest();
  const submission = parseWithZod(form, { schema: HolidaySchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const result = await addHoliday(getDb(), admin, submission.value);
  if (result.ok) return back(submission.value.day.slice(0, 4), "added");
  return data({ reply: submission.reply({ fieldErrors: { day: ["admin.errors.dayTaken"] } }) }, { status: 400 });
}

const DONE = ["added", "removed"] as const;

export default function HolidaysPage() {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const { year, years, holidays } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = DONE.find((value) => value === params.get("done"));
  const refused = answer && "refused" in answer ? answer.refused : null;
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("admin.holidays.title")}</h1>
      <ConsoleNav current="/admin/holidays" />
      <PageNotice text={done && !answer ? t(`admin.holidays.done.${done}`) : null} />
      <PageNotice text={refused ? t(`admin.holidays.refused.${refused}`) : null} problem />
      <p>{t("admin.holidays.intro")}</p>
      <p>{t("admin.holidays.hayitNote")}</p>
      <nav aria-label={t("admin.holidays.years")}>
        <ul className="flex flex-wrap gap-2">
          {years.map((each) => (
            <li key={each}>
              <Link
                to={`/admin/holidays?year=${each}`}
                className={each === year ? "btn btn-secondary" : "btn btn-quiet"}
                aria-current={each === year ? "page" : undefined}
              >
                {each}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="holiday-list" className="flex flex-col gap-3">
        <h2 id="holiday-list" className="text-xl">
          {t("admin.holidays.listTitle", { year })}
        </h2>
        {holidays.length === 0 ? (
          <p>{t("admin.holidays.empty", { year })}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {holidays.map((holiday) => (
              <li key={holiday.id} className="card p-3 flex flex-wrap items-center justify-between gap-3">
                <p>
                  <span className="font-semibold">{formatDate(holiday.day, locale)}</span> {holiday.name}
                </p>
                <Form method="post" action={`/admin/holidays?year=${year}`}>
                  <input type="hidden" name="id" value={holiday.id} />
                  <button type="submit" name="intent" value="remove" className="btn btn-quiet">
                    {t("admin.holidays.remove", { name: holiday.name, date: formatDate(holiday.day, locale) })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AddHolidayForm lastResult={answer && "reply" in answer ? answer.reply : undefined} />
    </div>
  );
}
