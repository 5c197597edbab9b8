import { Readable, Transform } from "node:stream";
import type { Request as ExpressRequest } from "express";

// The one place a request body is read, before any route sees it. Routes then only ever get a
// urlencoded form or a well-formed multipart form, in valid UTF-8, without control characters
// (PostgreSQL refuses NUL in text, and nobody types the others), with file names that any
// multipart parser reads back. Anything else is refused here with a plain status.

export type BodyLimits = { formBytes: number; multipartBytes: number; partBytes: number };
export const BODY_LIMITS: BodyLimits = {
  formBytes: 1024 * 1024,
  // Ten photos of up to 16 MB (the studio's own part limit, which names a too-large photo).
  multipartBytes: 180 * 1024 * 1024,
  partBytes: 32 * 1024 * 1024,
};

export type Body = { ok: true; body: string | FormData } | { ok: false; status: 400 | 413 | 415; message: string };

const refuse = (status: 400 | 413 | 415, message: string): Body => ({ ok: false, status, message });
const UNSUPPORTED = refuse(
  415,
  "Unsupported Media Type: send a form (application/x-www-form-urlencoded or multipart/form-data).",
);
const TOO_LARGE = refuse(413, "Payload Too Large.");

/** C0 controls and DEL, except tab and line breaks (a textarea has those). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
export const withoutControls = (text: string) => text.replace(CONTROLS, "");

/** A file name without what breaks Content-Disposition (quotes, ;, \, controls); only shown back to its sender. */
export const safeFileName = (name: string) =>
  withoutControls(name)
    .replace(/[\t\r\n"\\;]/g, "_")
    .slice(0, 200);

class TooLarge extends Error {}

export async function readBody(req: ExpressRequest, limits = BODY_LIMITS): Promise<Body> {
  const header = req.get("content-type") ?? "";
  const type = header.split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") return readMultipart(req, header, limits);
  if (type !== "application/x-www-form-urlencoded" && type !== "") return UNSUPPORTED;
  let raw: Buffer;
  try {
    raw = await readAll(req, limits.formBytes);
  } catch (error) {
    if (error instanceof TooLarge) return TOO_LARGE;
    throw error;
  }
  // No type is fine for an empty body (a bare "log out" post), never for content.
  if (type === "" && raw.length > 0) return UNSUPPORTED;
  const clean = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(raw.toString("utf8")))
    clean.append(withoutControls(name), withoutControls(value));
  return { ok: true, body: clean.toString() };
}

async function readAll(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function readMultipart(req: ExpressRequest, header: string, limits: BodyLimits): Promise<Body> {
  if (!/;\s*boundary=("[^"]+"|[^;\s]+)/i.test(header))
    return refuse(400, "Bad Request: multipart form without a boundary.");
  let size = 0;
  const counted = req.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > limits.multipartBytes ? new TooLarge() : null, chunk);
      },
    }),
  );
  // The platform's parser (undici) reads what browsers send, e.g. filename="a;b.jpg", which
  // Remix's multipart parser refuses; the routes' own parser then gets names it can read.
  let parsed: FormData;
  try {
    parsed = await new Response(Readable.toWeb(counted) as ReadableStream, {
      headers: { "content-type": header },
    }).formData();
  } catch {
    return size > limits.multipartBytes ? TOO_LARGE : refuse(400, "Bad Request: the multipart form could not be read.");
  }
  const form = new FormData();
  for (const [name, value] of parsed) {
    if (typeof value === "string") form.append(withoutControls(name), withoutControls(value));
    else if (value.size > limits.partBytes) return TOO_LARGE;
    else form.append(withoutControls(name), value, safeFileName(value.name));
  }
  return { ok: true, body: form };
}
