import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
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

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
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
