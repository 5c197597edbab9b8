import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import type { Upload } from "./photos.server";

// A little above storePhoto's 15 MB limit, so a slightly larger photo still reaches the check that
// names it; anything far bigger is cut off while streaming, before it fills memory.
const MAX_PART_BYTES = 16 * 1024 * 1024;

export type ParsedUpload = { ok: true; files: Upload[] } | { ok: false; reason: "tooLarge" };

/** The photos of a multipart post, held in memory only until storePhoto has checked them. */
export async function readUploads(request: Request): Promise<ParsedUpload> {
  let form: FormData;
  try {
    form = await parseMultipartFormData(request, createMemoryUploadHandler({ maxPartSize: MAX_PART_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, reason: "tooLarge" };
    throw error;
  }
  const files = form.getAll("photos").filter((value): value is File => typeof value !== "string" && value.size > 0);
  return {
    ok: true,
    files: await Promise.all(
      files.map(async (f) => ({ bytes: Buffer.from(await f.arrayBuffer()), name: f.name, type: f.type })),
    ),
  };
}

export const isMultipart = (request: Request) =>
  (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
