import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, useMemo, type ReactNode } from "react";
import { ActingBanner } from "~/modules/assisted/acting-banner";
import { ErrorPage, errorKind } from "~/modules/shell/error-page";
import { getRootData, type RootData } from "~/modules/shell/root-data.server";
import { SiteFooter } from "~/modules/shell/site-footer";
import { SiteHeader, SkipLink } from "~/modules/shell/site-header";
import { pageTranslator, pageCatalogLocale } from "~/utils/i18n/page-catalog";
import { I18nextProvider } from "~/utils/i18n/react";
import { pageTitle } from "~/utils/meta";
import { useNonce } from "~/utils/nonce";
import stylesheet from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

// The default title, and the error page's title; routes with a page of their own set theirs.
export const meta: MetaFunction = ({ matches, error }) =>
  pageTitle(matches, error ? `common.${errorKind(error)}Title` : "common.tagline");

export async function loader({ request }: LoaderFunctionArgs) {
  return getRootData(request);
}

// The catalog and preferences change only through a form post; plain navigations skip the reload.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formMethod,
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  formMethod !== undefined || currentUrl.searchParams.get("lang") !== nextUrl.searchParams.get("lang")
    ? defaultShouldRevalidate
    : false;

/** A language change the browser has no texts for yet (a link with ?lang=): load the page afresh, with them. */
function useLanguageMatchesCatalog(locale: string) {
  useEffect(() => {
    const loaded = pageCatalogLocale();
    if (loaded && loaded !== locale) window.location.reload();
  }, [locale]);
}

function Document({ data, children }: { data: RootData | undefined; children: ReactNode }) {
  const nonce = useNonce();
  const locale = data?.locale ?? "uz";
  const i18n = useMemo(() => pageTranslator(locale), [locale]);
  useLanguageMatchesCatalog(locale);
  return (
    <html
      lang={data?.htmlLang ?? "uz"}
      data-text-size={data?.preferences.textSize ?? "100"}
      data-contrast={data?.preferences.contrast ?? "normal"}
    >
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {data ? (
          <link rel="preload" as="fetch" href={data.catalogUrl} crossOrigin="anonymous" data-page-catalog="" />
        ) : null}
        {data?.alternates.map((alt) => (
          <link key={alt.hreflang} rel="alternate" hrefLang={alt.hreflang} href={alt.href} />
        ))}
      </head>
      <body className="min-h-screen flex flex-col">
        <I18nextProvider i18n={i18n}>
          <SkipLink />
          {data?.actingFor ? <ActingBanner name={data.actingFor.name} /> : null}
          <SiteHeader data={data} />
          <main id="main" tabIndex={-1} className="flex-1 w-full max-w-6xl mx-auto px-4 py-6 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <Document data={data}>
      <Outlet />
    </Document>
  );
}

export function ErrorBoundary() {
  const data = useRouteLoaderData<typeof loader>("root");
  const error = useRouteError();
  return (
    <Document data={data}>
      <ErrorPage error={error} />
    </Document>
  );
}
