import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { checkedListings, readCertificatePost } from "./upload.server";
import { CertificateSchema } from "./schemas";

const post = (body: FormData | URLSearchParams) =>
  new Request("http://localhost/studio/certificates/new", { method: "POST", body });

describe("a certificate form post", () => {
  it("gives the typed fields, the ticked listings and the file apart (the file is not echoed back)", async () => {
    const form = new FormData();
    form.set("kind", "HALLMARK");
    form.append("listingIds", "l1");
    form.append("listingIds", "l2");
    form.set("file", new File([new Uint8Array(Buffer.from("%PDF-1.4"))], "proba.pdf", { type: "application/pdf" }));
    const read = await readCertificatePost(post(form));
    if (!read.ok) throw new Error("refused");
    expect(read.form.get("file")).toBeNull();
    expect(read.upload).toMatchObject({ name: "proba.pdf", type: "application/pdf" });
    expect(checkedListings(read.form)).toEqual(["l1", "l2"]);
  });

  it("reads a post without a file (a plain form, or a hand-made request) without failing", async () => {
    const read = await readCertificatePost(post(new URLSearchParams({ intent: "link", listingIds: "l1" })));
    expect(read).toMatchObject({ ok: true, upload: null });
  });

  it("cuts a far too large file off while reading it", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(17 * 1024 * 1024)], "big.pdf", { type: "application/pdf" }));
    expect(await readCertificatePost(post(form))).toEqual({ ok: false, reason: "tooLarge" });
  });
});

describe("the certificate's fields", () => {
  const parse = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return parseWithZod(form, { schema: CertificateSchema }).reply().error;
  };
  const valid = { kind: "HALLMARK", issuer: "Proba palatasi", number: "PR-1", issuedOn: "2026-01-10" };

  it("says in words what is missing or wrong", () => {
    expect(parse(valid)).toBeUndefined();
    expect(parse({ ...valid, kind: "OTHER" })).toEqual({ kindOther: ["certificates.errors.kindOtherRequired"] });
    expect(parse({ ...valid, expiresOn: "2025-01-01" })).toEqual({
      expiresOn: ["certificates.errors.expiresBeforeIssued"],
    });
    expect(parse({ ...valid, issuedOn: "2026-02-31" })).toEqual({ issuedOn: ["certificates.errors.dateInvalid"] });
    expect(parse({ kind: "BRIBE" })).toMatchObject({
      kind: ["certificates.errors.kindRequired"],
      issuer: ["certificates.errors.required"],
    });
  });
});
