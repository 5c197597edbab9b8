import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for UploadThing's ingest server and file CDN, following what the official
// server SDK (UTApi.uploadFiles, uploadthing 7.x) sends: a PUT of multipart form data to
// `<ingest>/<fileKey>?expires&x-ut-identifier&x-ut-file-name&x-ut-file-size&x-ut-file-type
// &x-ut-custom-id&x-ut-content-disposition&signature=hmac-sha256=<hex>`, signed with the API key over
// the URL without its signature. Files are then served at `/f/<fileKey or customId>`, as
// https://<appId>.ufs.sh/f/… serves them; a file uploaded with `x-ut-acl=private` only at a URL
// signed like the SDK's generateSignedURL (`expires` in ms, `signature=hmac-sha256=<hex>`).

export type StoredFile = {
  key: string;
  customId: string | null;
  name: string;
  type: string;
  body: Buffer;
  acl: string | null;
};
export type FakeUploadThing = {
  url: string;
  token: string;
  appId: string;
  files: Map<string, StoredFile>;
  requests: { method: string; path: string; status: number }[];
  stop: () => Promise<void>;
};

export async function startFakeUploadThing(): Promise<FakeUploadThing> {
  const apiKey = `sk_test_${randomBytes(16).toString("hex")}`;
  const appId = `fake${randomBytes(4).toString("hex")}`;
  const files = new Map<string, StoredFile>();
  const requests: FakeUploadThing["requests"] = [];
  let baseUrl = "";

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", baseUrl);
    const body = await readBody(req);
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method: req.method ?? "", path: url.pathname, status });
      res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(json));
    };
    const served = url.pathname.match(/^\/f\/([\w.-]+)$/);
    if (served && (req.method === "GET" || req.method === "HEAD")) {
      const file = files.get(served[1]!) ?? [...files.values()].find((f) => f.customId === served[1]);
      if (!file) return send(404, { error: "Not found" });
      if (file.acl === "private") {
        const refusal = checkSignature(url, apiKey);
        if (refusal) return send(403, { error: refusal });
      }
      requests.push({ method: req.method, path: url.pathname, status: 200 });
      res.writeHead(200, {
        "Content-Type": file.type,
        "Content-Length": file.body.length,
        "Cache-Control": "public, max-age=31536000, immutable",
      });
      return res.end(req.method === "HEAD" ? undefined : file.body);
    }
    const upload = url.pathname.match(/^\/([\w-]+)$/);
    if (req.method !== "PUT" || !upload) return send(404, { error: "Not found" });
    const refusal = checkSignedUrl(url, apiKey, appId);
    if (refusal) return send(403, { error: refusal });
    const part = await fileFromForm(req.headers["content-type"] ?? "", body);
    if (!part) return send(400, { error: "Expected multipart form data with a file field" });
    if (String(part.body.length) !== signedValue(url, "x-ut-file-size"))
      return send(400, { error: "File size does not match the signed size" });
    const key = upload[1]!;
    const name = signedValue(url, "x-ut-file-name") ?? "file";
    files.set(key, {
      key,
      customId: signedValue(url, "x-ut-custom-id"),
      name,
      type: signedValue(url, "x-ut-file-type") || part.type,
      body: part.body,
      acl: signedValue(url, "x-ut-acl"),
    });
    const ufsUrl = `${baseUrl}/f/${key}`;
    send(200, {
      url: ufsUrl,
      appUrl: ufsUrl,
      ufsUrl,
      fileHash: createHash("md5").update(part.body).digest("hex"),
      serverData: null,
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = Buffer.from(
    JSON.stringify({ apiKey, appId, regions: ["local"], ingestHost: "ingest.invalid" }),
  ).toString("base64");
  return {
    url: baseUrl,
    token,
    appId,
    files,
    requests,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The SDK encodes each value with encodeURIComponent before adding it to the query: undo that. */
function signedValue(url: URL, name: string): string | null {
  const value = url.searchParams.get(name);
  return value === null ? null : decodeURIComponent(value);
}

/** Why a presigned upload URL is not acceptable, or null: signature, expiry and app must all hold. */
function checkSignedUrl(url: URL, apiKey: string, appId: string): string | null {
  const refusal = checkSignature(url, apiKey);
  if (refusal) return refusal;
  if (url.searchParams.get("x-ut-identifier") !== appId) return "Wrong app";
  return null;
}

function checkSignature(url: URL, apiKey: string): string | null {
  const signature = url.searchParams.get("signature");
  const unsigned = new URL(url);
  unsigned.searchParams.delete("signature");
  const expected = `hmac-sha256=${createHmac("sha256", apiKey).update(unsigned.toString()).digest("hex")}`;
  if (
    !signature ||
    signature.length !== expected.length ||
    !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  )
    return "Invalid signature";
  if (Number(url.searchParams.get("expires")) < Date.now()) return "URL expired";
  return null;
}

async function fileFromForm(contentType: string, body: Buffer): Promise<{ body: Buffer; type: string } | null> {
  if (!contentType.startsWith("multipart/form-data")) return null;
  const form = await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
  const file = form.get("file");
  if (!(file instanceof Blob)) return null;
  return { body: Buffer.from(await file.arrayBuffer()), type: file.type };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
