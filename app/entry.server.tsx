import { AsyncLocalStorage } from "node:async_hooks";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { requestLocale } from "~/modules/shell/locale.server";
import { serverCatalog } from "~/utils/i18n/catalog-files.server";
import { isLocale } from "~/utils/i18n/locales";
import { providePageCatalog, type PageCatalog } from "~/utils/i18n/page-catalog";
import { NonceProvider } from "~/utils/nonce";
import { streamHtml } from "~/utils/stream-html.server";

const ABORT_DELAY = 5_000;
export const streamTimeout = ABORT_DELAY;

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    clientIp: string;
    /** A loopback peer that no proxy forwarded (server/this-machine.ts): only then the /dev outbox answers. */
    fromThisMachine?: boolean;
  }
}

// Requests render concurrently: each render reads its own language's catalog from its async context.
const pageCatalogs = new AsyncLocalStorage<PageCatalog>();
providePageCatalog(() => pageCatalogs.getStore());

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  // The language the root loader chose (the same rule as requestLocale), so text and data agree.
  const root = remixContext.staticHandlerContext.loaderData.root as { locale?: unknown } | undefined;
  const locale = isLocale(root?.locale) ? root.locale : requestLocale(request);
  return pageCatalogs.run(serverCatalog(locale), () =>
    render(request, responseStatusCode, responseHeaders, remixContext, nonce),
  );
}

function render(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  nonce: string,
) {
  return streamHtml(
    <NonceProvider value={nonce}>
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
    </NonceProvider>,
    {
      status: responseStatusCode,
      headers: responseHeaders,
      nonce,
      wholeDocumentFirst: isbot(request.headers.get("user-agent") ?? ""),
      abortAfterMs: ABORT_DELAY + 1_000,
    },
  );
}
