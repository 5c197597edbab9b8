import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderPatternArt, renderPatternSvg, type ArtMotif, type Palette } from "./pattern-art.server";

const MOTIFS: ArtMotif[] = [
  "pottery",
  "gold-embroidery",
  "suzani",
  "doppi",
  "carpets",
  "wood-carving",
  "jewellery",
  "leather",
  "dolls",
  "weaving",
  "miniature",
  "basketry",
];
const PALETTE: Palette = {
  ground: "#e9e4da",
  base: "#1d4f91",
  primary: "#3fa7b5",
  secondary: "#f1ead9",
  accent: "#e0b048",
  ink: "#10223f",
};

describe("renderPatternArt", () => {
  it.each(MOTIFS)("draws %s as an opaque square picture", async (motif) => {
    const png = await renderPatternArt({ motif, palette: PALETTE, variation: 1, view: "whole", size: 256 });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(["png", 256, 256, false]);
  });

  it("draws each craft differently, and the same spec the same way", () => {
    const svgs = MOTIFS.map((motif) =>
      renderPatternSvg({ motif, palette: PALETTE, variation: 0, view: "whole", size: 64 }),
    );
    expect(new Set(svgs).size).toBe(MOTIFS.length);
    expect(renderPatternSvg({ motif: "suzani", palette: PALETTE, variation: 3, view: "detail", size: 64 })).toBe(
      renderPatternSvg({ motif: "suzani", palette: PALETTE, variation: 3, view: "detail", size: 64 }),
    );
  });

  it("zooms in for a close-up", () => {
    const detail = renderPatternSvg({ motif: "carpets", palette: PALETTE, variation: 0, view: "detail", size: 64 });
    expect(detail).toMatch(/viewBox="\d+ \d+ 400 400"/);
  });
});
