import { redirect } from "@remix-run/node";
import { sessionHeadersWithCart } from "~/modules/cart/merge.server";
import { withClaimedGuestOrders } from "~/modules/orders/guest-orders.server";
import type { Db } from "~/utils/db.server";
import { findSession, revokeSession, sessionCookie } from "~/utils/session.server";
import { startSession } from "./login.server";
import { welcomeDestination, type WelcomedUser } from "./welcome.server";

/**
 * After a welcome set the password: signs the person in, as login does, and sends them on to their
 * studio (an artisan) or their list of people (a helper). A session of someone else in this browser
 * (the social worker's, at a home visit) is ended rather than left behind a replaced cookie.
 */
export async function signInWelcomed(db: Db, request: Request, user: WelcomedUser) {
  const previous = await findSession(db, request);
  if (previous && previous.userId !== user.id) await revokeSession(db, previous.id);
  const { token, needsTwoFactor } = await startSession(db, user, request.headers.get("user-agent"));
  const next = welcomeDestination(user.roles);
  const to = needsTwoFactor ? `/login/two-factor?redirectTo=${encodeURIComponent(next)}` : next;
  const headers = await sessionHeadersWithCart(db, request, user.id, sessionCookie(token));
  return redirect(to, { headers: await withClaimedGuestOrders(db, request, user.id, headers) });
}
