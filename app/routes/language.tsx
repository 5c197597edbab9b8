import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { localeCookieHeader } from "~/utils/i18n/detect.server";
import { isLocale } from "~/utils/i18n/locales";
import { safeRedirect } from "~/utils/redirect.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lang = form.get("lang");
  const back = safeRedirect(form.get("redirectTo"), "/", { lang: null });
  if (!isLocale(lang)) return redirect(back);
  const user = await getUser(request);
  // Signed-in people get emails in the language they chose, too.
  if (user) await getDb().user.update({ where: { id: user.id }, data: { locale: lang } });
  return redirect(back, { headers: { "Set-Cookie": localeCookieHeader(lang) } });
}

export const loader = () => redirect("/");
