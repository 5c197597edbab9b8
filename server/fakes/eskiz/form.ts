import type http from "node:http";

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Eskiz's documented bodies are multipart/form-data; its Laravel backend also reads urlencoded
 * forms and JSON, which some clients send. All three become plain string fields here.
 */
export async function readForm(req: http.IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error("body too large");
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (body.length === 0) return {};
  if (type.startsWith("application/json")) {
    const parsed = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, String(value)]));
  }
  // The web Response parses both multipart and urlencoded bodies, so no form library is needed.
  const form = await new Response(body, { headers: { "content-type": type } }).formData();
  return Object.fromEntries([...form].map(([key, value]) => [key, typeof value === "string" ? value : ""]));
}
