import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import type { Locale } from "~/utils/i18n/locales";
import { providePageCatalog, type PageCatalog } from "~/utils/i18n/page-catalog";
import type { Translation } from "~/utils/i18n/translate";

// The page's texts come as a cached file (preloaded in <head>), not inside the page: fetched
// before hydrating, so the first render in the browser matches the server's. If it cannot be
// fetched, the server's page stays as it is — every page works without JavaScript.
async function loadPageCatalog(): Promise<PageCatalog | undefined> {
  const link = document.querySelector<HTMLLinkElement>("link[data-page-catalog]");
  const locale = document.documentElement.lang as Locale;
  if (!link) return undefined;
  const response = await fetch(link.href, { credentials: "same-origin" });
  return response.ok ? { locale, translation: (await response.json()) as Translation } : undefined;
}

void loadPageCatalog().then((catalog) => {
  if (!catalog) return;
  providePageCatalog(() => catalog);
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
});
