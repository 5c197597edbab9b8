import express from "express";

// express.static's type table (mime 1.x) predates AVIF and would send it as
// application/octet-stream, which browsers refuse to show as an image under nosniff.
const IMAGE_TYPES: Record<string, string> = {
  ".avif": "image/avif",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".png": "image/png",
};

/** Uploaded files: content-addressed (the name is their hash), so they never change. */
export function mediaFiles(dir: string) {
  return express.static(dir, {
    immutable: true,
    maxAge: "1y",
    index: false,
    setHeaders(res, file) {
      const type = IMAGE_TYPES[file.slice(file.lastIndexOf(".")).toLowerCase()];
      if (type) res.setHeader("Content-Type", type);
    },
  });
}
