import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { audit } from "~/utils/audit.server";
import { getDb } from "~/utils/db.server";
import { clearSessionCookie, findSession, revokeAllSessions, revokeSession } from "~/utils/session.server";

/** POST only: a link or an image cannot sign anyone out. `everywhere` ends every session of the account. */
export async function action({ request }: ActionFunctionArgs) {
  const db = getDb();
  const form = await request.formData();
  const session = await findSession(db, request);
  if (session) {
    const everywhere = form.get("everywhere") === "1";
    if (everywhere) await revokeAllSessions(db, session.userId);
    else await revokeSession(db, session.id);
    await audit(db, {
      actorId: session.userId,
      action: everywhere ? "auth.logout_all" : "auth.logout",
      entity: "User",
      entityId: session.userId,
    });
  }
  return redirect(form.get("everywhere") === "1" ? "/login?signedOut=all" : "/", {
    headers: { "Set-Cookie": clearSessionCookie() },
  });
}

export const loader = () => redirect("/");
