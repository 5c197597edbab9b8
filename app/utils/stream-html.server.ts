import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@remix-run/node";
import type { ReactNode } from "react";
import { renderToPipeableStream } from "react-dom/server";

export type StreamHtmlOptions = {
  status: number;
  headers: Headers;
  nonce?: string;
  /** Bots and no-JS clients get the whole document at once; browsers get it as it renders. */
  wholeDocumentFirst: boolean;
  /** Rendering still unfinished after this long is abandoned (what is pending renders on the client). */
  abortAfterMs?: number;
};

/**
 * Every page's HTML as a streamed Response. React's Node writer is patched (patches/react-dom+…,
 * ADR 012): unpatched, it wrote zero bytes wherever a multi-byte character met a 2,048-byte edge.
 */
export function streamHtml(element: ReactNode, options: StreamHtmlOptions): Promise<Response> {
  const { headers, nonce, wholeDocumentFirst, abortAfterMs = 6_000 } = options;
  let status = options.status;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const readyEvent = wholeDocumentFirst ? "onAllReady" : "onShellReady";
    const { pipe, abort } = renderToPipeableStream(element, {
      nonce,
      [readyEvent]() {
        shellRendered = true;
        const body = new PassThrough();
        headers.set("Content-Type", "text/html; charset=utf-8");
        resolve(new Response(createReadableStreamFromReadable(body), { headers, status }));
        pipe(body);
      },
      onShellError: reject,
      onError(error: unknown) {
        status = 500;
        if (shellRendered) console.error(error);
      },
    });
    setTimeout(abort, abortAfterMs).unref();
  });
}
