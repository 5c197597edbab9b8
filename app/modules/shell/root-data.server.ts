import { actingFor } from "~/modules/assisted/switch.server";
import { cartCount } from "~/modules/cart/cart.server";
import { unreadCount } from "~/modules/notifications/inbox.server";
import { getUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { catalogFile } from "~/utils/i18n/catalog-files.server";
import { hreflang, htmlLang, LOCALES } from "~/utils/i18n/locales";
import { isLocalMode } from "~/utils/local-mode.server";
import { requestLocale } from "./locale.server";
import { readPreferences } from "./preferences";

export async function getRootData(request: Request) {
  const locale = requestLocale(request);
  const user = await getUser(request);
  const [cartPieces, unread, acting] = await Promise.all([
    cartCount(getDb(), request, user),
    user ? unreadCount(getDb(), user.id) : 0,
    actingFor(getDb(), user, locale),
  ]);
  const url = new URL(request.url);
  const alternate = (lang: string | null) => {
    const target = new URL(url.pathname + url.search, url.origin);
    if (lang) target.searchParams.set("lang", lang);
    else target.searchParams.delete("lang");
    return target.toString();
  };
  return {
    locale,
    htmlLang: htmlLang(locale),
    // Where the browser gets this language's texts (a cached file, not part of every page).
    catalogUrl: catalogFile(locale).path,
    preferences: readPreferences(request),
    user: user && { name: user.name, roles: user.roles },
    cartCount: cartPieces,
    unreadNotices: unread,
    actingFor: acting,
    localMode: isLocalMode(),
    path: url.pathname + url.search,
    alternates: [
      ...LOCALES.map((l) => ({ hreflang: hreflang(l), href: alternate(l) })),
      { hreflang: "x-default", href: alternate(null) },
    ],
  };
}

export type RootData = Awaited<ReturnType<typeof getRootData>>;
