import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import type { Upload } from "./certificate-file.server";

// A little above the 15 MB file limit, so a slightly larger file still reaches the check that
// names it; anything far bigger is cut off while streaming, before it fills memory.
const MAX_PART_BYTES = 16 * 1024 * 1024;

export type CertificatePost = { ok: true; form: FormData; upload: Upload | null } | { ok: false; reason: "tooLarge" };

/** The fields of a certificate form and its file (held in memory only until it is checked). */
export async function readCertificatePost(request: Request): Promise<CertificatePost> {
  let form: FormData;
  try {
    // A post without a file (a plain form, or a hand-made request) is read as it is.
    const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
    form = !multipart
      ? await request.formData()
      : await parseMultipartFormData(request, createMemoryUploadHandler({ maxPartSize: MAX_PART_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, reason: "tooLarge" };
    throw error;
  }
  const file = form.get("file");
  // The file is not a field the form echoes back: only its checked bytes go on.
  form.delete("file");
  if (!file || typeof file === "string" || file.size === 0) return { ok: true, form, upload: null };
  return { ok: true, form, upload: { bytes: Buffer.from(await file.arrayBuffer()), name: file.name, type: file.type } };
}

/** The checked listing boxes of a form. */
export const checkedListings = (form: FormData) =>
  form.getAll("listingIds").filter((v): v is string => typeof v === "string" && v.length > 0);
