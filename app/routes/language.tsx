import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getUser, safeRedirect } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { localeCookieHeader } from "~/utils/i18n/detect.server";
import { isLocale } from "~/utils/i18n/locales";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lang = form.get("lang");
  const back = new URL(safeRedirect(form.get("redirectTo")), "http://x");
  back.searchParams.delete("lang");
  if (!isLocale(lang)) return redirect(back.pathname + back.search);
  const user = await getUser(request);
  // Signed-in people get emails in the language they chose, too.
  if (user) await getDb().user.update({ where: { id: user.id }, data: { locale: lang } });
  return redirect(back.pathname + back.search, { headers: { "Set-Cookie": localeCookieHeader(lang) } });
}

export const loader = () => redirect("/");
