import { Readable } from "node:stream";
import {
  createRequestHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";
import type { Request as ExpressRequest, Response as ExpressResponse, RequestHandler } from "express";
import { rememberedLocaleCookie } from "../app/modules/shell/locale.server";
import { isPrivateAnswer } from "../app/utils/cache-policy.server";
import { readBody } from "./request-body";

// Remix's Express adapter hands the raw request on; ours reads it first (request-body.ts), so a
// route never meets a body it cannot parse, and marks private responses uncacheable in one place
// (with a language opened by ?lang= remembered first, since that cookie makes an answer private).

export type RemixHandlerOptions = {
  build: () => Promise<ServerBuild>;
  mode: "development" | "production";
  getLoadContext: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext;
  /** Exact paths whose body is passed on untouched (a webhook verifies its signature on the raw bytes). */
  rawBodyPaths: string[];
};

/** Percent-encoded controls (%00–%1F, %7F) leave the URL: no page of ours takes them, PostgreSQL refuses NUL. */
export const withoutEncodedControls = (url: string) => url.replace(/%(?:[01][0-9a-f]|7f)/gi, "");

export function remixHandler({ build, mode, getLoadContext, rawBodyPaths }: RemixHandlerOptions): RequestHandler {
  const handle = createRequestHandler(build, mode);
  const raw = new Set(rawBodyPaths);
  return async (req, res, next) => {
    try {
      const request = await toFetchRequest(req, res, raw.has(req.path));
      if (!(request instanceof Request)) {
        res.status(request.status).set("Connection", "close").type("text/plain").send(request.message);
        return;
      }
      const response = await handle(request, getLoadContext(req, res));
      const language = rememberedLocaleCookie(request);
      if (language) response.headers.append("Set-Cookie", language);
      if (isPrivateAnswer(request, response)) response.headers.set("Cache-Control", "private, no-store");
      await send(res, response);
    } catch (error) {
      next(error);
    }
  };
}

async function toFetchRequest(req: ExpressRequest, res: ExpressResponse, rawBody: boolean) {
  const url = new URL(withoutEncodedControls(req.originalUrl), `${req.protocol}://${req.get("host")}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  // Loaders and actions stop when the visitor goes away before the answer is sent.
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
  if (req.method === "GET" || req.method === "HEAD") return new Request(url, init);
  if (rawBody) return new Request(url, { ...init, body: Readable.toWeb(req) as ReadableStream, duplex: "half" });
  const body = await readBody(req);
  if (!body.ok) return body;
  // The body is re-encoded: its type, boundary and length are the new body's own.
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  if (typeof body.body === "string") headers.set("content-type", "application/x-www-form-urlencoded;charset=UTF-8");
  else headers.delete("content-type");
  return new Request(url, { ...init, body: body.body });
}

async function send(res: ExpressResponse, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  // Iterating Headers yields each Set-Cookie on its own, as they must be sent.
  for (const [name, value] of response.headers) res.append(name, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
