import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { createI18n } from "~/utils/i18n/i18n.server";
import type { Locale } from "~/utils/i18n/locales";

/** A component rendered to HTML as a page at `url` would render it (a router for its links and forms), in a language. */
export async function renderPage(locale: Locale, element: ReactNode, url = "http://localhost/") {
  const handler = createStaticHandler([{ path: "*", element }]);
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw context;
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(locale)}>
      <StaticRouterProvider
        router={createStaticRouter(handler.dataRoutes, context)}
        context={context}
        hydrate={false}
      />
    </I18nextProvider>,
  );
}
