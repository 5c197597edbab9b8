import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { preferencesCookie, readPreferences, updatePreferences } from "~/modules/shell/preferences";
import { safeRedirect } from "~/utils/redirect.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const next = updatePreferences(readPreferences(request), form);
  return redirect(safeRedirect(form.get("redirectTo")), { headers: { "Set-Cookie": preferencesCookie(next) } });
}

export const loader = () => redirect("/");
