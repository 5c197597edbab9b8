import { createHmac } from "node:crypto";
import { UTApi, UTFile } from "uploadthing/server";
import { uploadThingAppId } from "~/utils/env.server";
import { assertSafeKey, type FileStorage, type PrivateFileStorage } from "./storage.server";

export type UploadThingSettings = {
  token: string;
  /** Only for a local fake: where uploads go instead of UploadThing's regional ingest server. */
  ingestUrl?: string;
  /** Where files are read; by default https://<appId>.ufs.sh/f. */
  filesUrl?: string;
};

/**
 * Files on UploadThing, written with the official server SDK (UTApi). Each file is uploaded under
 * a customId made from our content-addressed key, so its public URL is known without asking:
 * https://<appId>.ufs.sh/f/<customId>, served by UploadThing's CDN with long cache headers.
 */
export class UploadThingStorage implements FileStorage, PrivateFileStorage {
  private readonly api: UTApi;
  private readonly apiKey: string;
  readonly filesUrl: string;

  constructor(settings: UploadThingSettings) {
    this.api = new UTApi({
      token: settings.token,
      logLevel: "None",
      ...(settings.ingestUrl && { ingestUrl: settings.ingestUrl }),
    });
    this.apiKey = apiKeyOf(settings.token);
    this.filesUrl = (settings.filesUrl ?? `https://${appIdOf(settings.token)}.ufs.sh/f`).replace(/\/+$/, "");
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const id = customId(key);
    const result = await this.api.uploadFiles(
      new UTFile([new Uint8Array(body)], id, { customId: id, type: contentType }),
    );
    if (result.error) throw new Error(`UploadThing refused ${id}: ${result.error.message}`);
  }

  async has(key: string): Promise<boolean> {
    const response = await fetch(this.url(key), { method: "HEAD" });
    if (response.ok) return true;
    if (response.status === 404) return false;
    throw new Error(`UploadThing answered ${response.status} for ${customId(key)}`);
  }

  url(key: string): string {
    return `${this.filesUrl}/${customId(key)}`;
  }

  /** Uploaded with the "private" ACL: UploadThing then serves it only at a signed, expiring URL. */
  async putPrivate(key: string, body: Buffer, contentType: string): Promise<void> {
    const id = customId(key);
    const result = await this.api.uploadFiles(
      new UTFile([new Uint8Array(body)], id, { customId: id, type: contentType }),
      { acl: "private" },
    );
    if (result.error) throw new Error(`UploadThing refused ${id}: ${result.error.message}`);
  }

  /** Read by the app at a URL signed for one minute (the SDK's scheme), never handed to a browser. */
  async getPrivate(key: string): Promise<Buffer | null> {
    const response = await fetch(this.signedUrl(key, 60));
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`UploadThing answered ${response.status} for ${customId(key)}`);
    return Buffer.from(await response.arrayBuffer());
  }

  // As @uploadthing/shared's generateSignedURL: "expires" in ms, then an HMAC-SHA256 of the URL.
  private signedUrl(key: string, seconds: number): string {
    const url = new URL(this.url(key));
    url.searchParams.append("expires", String(Date.now() + seconds * 1000));
    const signature = createHmac("sha256", this.apiKey).update(url.toString()).digest("hex");
    url.searchParams.append("signature", `hmac-sha256=${signature}`);
    return url.href;
  }
}

/** "ab/abcdef….webp" → "abcdef….webp": the hash alone is unique, and a customId has no slashes. */
function customId(key: string): string {
  assertSafeKey(key);
  return key.split("/").at(-1)!;
}

function apiKeyOf(token: string): string {
  appIdOf(token);
  return (JSON.parse(Buffer.from(token, "base64").toString("utf8")) as { apiKey: string }).apiKey;
}

function appIdOf(token: string): string {
  const appId = uploadThingAppId(token);
  if (!appId) throw new Error("UPLOADTHING_TOKEN is not an UploadThing token");
  return appId;
}
