// Photo processing: photos per second for the full variant set (4 widths × AVIF, WebP, JPEG and a
// placeholder) through the app's path (storePhoto: checks, one decode, metadata stripped) beside
// the same set made by a bare sharp script in the same run, and the process's peak memory.
// `npx tsx scripts/bench/photos.ts` runs it alone; `npm run bench` runs it after the pages.
import sharp from "sharp";
import { storePhoto } from "../../app/modules/media/store-photo.server";
import type { FileStorage } from "../../app/modules/media/storage.server";
import { DEFAULT_WIDTHS } from "../../app/modules/media/variants.server";

const PHOTOS = 8;
// A 12-megapixel phone photo: noise makes the encoders work as hard as on real texture.
const WIDTH = 4000;
const HEIGHT = 3000;

export type PhotoBench = {
  photos: number;
  appPerSecond: number;
  barePerSecond: number;
  ratio: number;
  peakRssMb: number;
  baseRssMb: number;
};

export async function measurePhotos(): Promise<PhotoBench> {
  const inputs = await Promise.all(Array.from({ length: PHOTOS }, (_, i) => phonePhoto(i)));
  const discard: FileStorage = { put: async () => {}, has: async () => false, url: (key) => key };
  await storePhoto({ bytes: inputs[0]!, name: "warm.jpg", type: "image/jpeg" }, discard); // warm-up

  const baseRssMb = process.memoryUsage().rss / 1024 / 1024;
  const peak = watchPeakRss();
  const appSeconds = await timed(async () => {
    for (const [i, bytes] of inputs.entries()) {
      const result = await storePhoto({ bytes, name: `photo-${i}.jpg`, type: "image/jpeg" }, discard);
      if (!result.ok) throw new Error(`photo ${i} refused: ${result.reason}`);
    }
  });
  const peakRssMb = peak.stop();
  const bareSeconds = await timed(async () => {
    for (const bytes of inputs) await bareVariants(bytes);
  });
  const appPerSecond = PHOTOS / appSeconds;
  const barePerSecond = PHOTOS / bareSeconds;
  return { photos: PHOTOS, appPerSecond, barePerSecond, ratio: appPerSecond / barePerSecond, peakRssMb, baseRssMb };
}

/** What a developer would write with sharp alone: each variant straight from the upload. */
async function bareVariants(input: Buffer) {
  const jobs = DEFAULT_WIDTHS.flatMap((width) => [
    sharp(input).rotate().resize({ width }).avif({ quality: 50, effort: 2 }).toBuffer(),
    sharp(input).rotate().resize({ width }).webp({ quality: 78 }).toBuffer(),
    sharp(input).rotate().resize({ width }).jpeg({ quality: 78, mozjpeg: true }).toBuffer(),
  ]);
  jobs.push(sharp(input).rotate().resize({ width: 16 }).blur(0.5).webp({ quality: 40 }).toBuffer());
  await Promise.all(jobs);
}

function phonePhoto(seed: number): Promise<Buffer> {
  return sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: { r: 120 + seed * 10, g: 80, b: 60 },
      noise: { type: "gaussian", mean: 128, sigma: 40 },
    },
  })
    .withExif({
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "41/1 18/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "69/1 16/1 0/1" },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function timed(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

function watchPeakRss() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss) / 1024 / 1024;
    },
  };
}

export function photoLine(r: PhotoBench): string {
  return (
    `  ${r.photos} photos of 12 MP, 12 variants + placeholder each: app ${r.appPerSecond.toFixed(2)} photos/s, ` +
    `bare sharp ${r.barePerSecond.toFixed(2)} photos/s → ${(r.ratio * 100).toFixed(0)} % (target ≥ 80 %), peak RSS ${r.peakRssMb.toFixed(0)} MB (${r.baseRssMb.toFixed(0)} MB before)`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log("Photo processing");
  console.log(photoLine(await measurePhotos()));
}
