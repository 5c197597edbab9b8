import { describe, expect, it } from "vitest";
import { readUploads } from "./photo-upload.server";

const post = (files: { name: string; bytes: number }[]) => {
  const form = new FormData();
  for (const file of files)
    form.append("photos", new File([new Uint8Array(file.bytes)], file.name, { type: "image/jpeg" }));
  return new Request("http://localhost/studio/listings/x/photos", { method: "POST", body: form });
};

describe("reading a photo upload", () => {
  it("gives every chosen file with its name and bytes", async () => {
    const result = await readUploads(
      post([
        { name: "a.jpg", bytes: 10 },
        { name: "b.jpg", bytes: 20 },
      ]),
    );
    expect(result.ok && result.files.map((f) => [f.name, f.bytes.length])).toEqual([
      ["a.jpg", 10],
      ["b.jpg", 20],
    ]);
  });

  it("answers tooLarge, not an error, for a part far above the photo limit", async () => {
    expect(await readUploads(post([{ name: "huge.jpg", bytes: 17 * 1024 * 1024 }]))).toEqual({
      ok: false,
      reason: "tooLarge",
    });
  });
});
