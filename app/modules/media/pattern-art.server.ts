import sharp from "sharp";

// Patterned product pictures drawn as SVG and rasterised with sharp, so demo data needs no
// downloads and no photos of real people's work. Each craft has its own motif; colours come
// from a palette, small shape choices from `variation`, so the same inputs give the same bytes.

export type ArtMotif =
  | "pottery"
  | "gold-embroidery"
  | "suzani"
  | "doppi"
  | "carpets"
  | "wood-carving"
  | "jewellery"
  | "leather"
  | "dolls"
  | "weaving"
  | "miniature"
  | "basketry";

/** ground: the backdrop; base: the object's main colour; the rest: ornament, highlight, lines. */
export type Palette = { ground: string; base: string; primary: string; secondary: string; accent: string; ink: string };

export type PatternSpec = {
  motif: ArtMotif;
  palette: Palette;
  variation: number;
  /** "detail" zooms into the ornament, like a close-up photo. */
  view: "whole" | "detail";
  size: number;
};

type Draw = (p: Palette, v: number) => string;

const around = (n: number, draw: (deg: number, i: number) => string) =>
  Array.from({ length: n }, (_, i) => draw((360 / n) * i, i)).join("");
const grid = (cols: number, rows: number, draw: (col: number, row: number, i: number) => string) =>
  Array.from({ length: cols * rows }, (_, i) => draw(i % cols, Math.floor(i / cols), i)).join("");
const rot = (deg: number, cx = 500, cy = 500) => `transform="rotate(${deg.toFixed(2)} ${cx} ${cy})"`;
const at = (x: number, y: number, scale = 1) => `transform="translate(${x} ${y}) scale(${scale})"`;

// The curved almond of the qalampir (pepper) and buta (paisley) motifs, drawn around 0,0.
const PEPPER = "M0 60 C-55 30 -45 -50 0 -80 C-15 -40 35 -10 20 40 C15 55 8 62 0 60Z";
const POMEGRANATE = (c: string, crown: string) =>
  `<circle r="46" fill="${c}"/><path d="M-16 -40 L-10 -64 L0 -48 L10 -64 L16 -40Z" fill="${crown}"/>` +
  around(6, (d) => `<circle cx="0" cy="-22" r="6" fill="${crown}" ${rot(d, 0, 0)}/>`);
const STAR8 = (size: number, fill: string, stroke: string) =>
  [0, 45]
    .map(
      (d) =>
        `<rect x="${-size}" y="${-size}" width="${size * 2}" height="${size * 2}" fill="${fill}" stroke="${stroke}" stroke-width="6" ${rot(d, 0, 0)}/>`,
    )
    .join("");

const MOTIFS: Record<ArtMotif, Draw> = {
  pottery: (p, v) => {
    const petals = 8 + (v % 4) * 2;
    return `<circle cx="520" cy="530" r="430" fill="url(#shade)"/><circle cx="500" cy="500" r="420" fill="${p.base}"/>
      <circle cx="500" cy="500" r="395" fill="none" stroke="${p.secondary}" stroke-width="10"/>
      ${around(petals * 2, (d) => `<circle cx="500" cy="140" r="16" fill="${p.accent}" ${rot(d)}/>`)}
      <circle cx="500" cy="500" r="300" fill="none" stroke="${p.primary}" stroke-width="18"/>
      ${around(petals, (d) => `<ellipse cx="500" cy="330" rx="42" ry="115" fill="${p.primary}" ${rot(d)}/><circle cx="500" cy="250" r="14" fill="${p.secondary}" ${rot(d)}/>`)}
      ${around(6, (d) => `<path d="M500 500 Q545 440 500 380 Q455 440 500 500Z" fill="${p.accent}" ${rot(d + 30)}/>`)}
      <circle cx="500" cy="500" r="38" fill="${p.ink}"/>`;
  },
  "gold-embroidery": (p, v) => `<rect x="140" y="140" width="720" height="720" rx="30" fill="${p.base}"/>
      <rect x="175" y="175" width="650" height="650" rx="18" fill="none" stroke="${p.accent}" stroke-width="8" stroke-dasharray="4 14"/>
      ${grid(3, 3, (c, r) => `<g ${at(280 + c * 220, 290 + r * 210, 1.1)}><g ${rot((c + r + v) % 2 ? 20 : -20, 0, 0)}><path d="${PEPPER}" fill="${p.primary}" stroke="${p.accent}" stroke-width="6"/><circle cy="10" r="10" fill="${p.secondary}"/></g></g>`)}
      ${around(16, (d) => `<circle cx="500" cy="205" r="7" fill="${p.accent}" ${rot(d)}/>`)}`,
  suzani: (p, v) => `<rect x="90" y="110" width="820" height="780" fill="${p.base}"/>
      <path d="M90 170 Q300 120 500 170 T910 170 M90 830 Q300 880 500 830 T910 830" fill="none" stroke="${p.secondary}" stroke-width="14"/>
      ${grid(2, 2, (c, r) => {
        const x = 300 + c * 400,
          y = 320 + r * 360;
        return `<circle cx="${x}" cy="${y}" r="150" fill="${p.primary}"/><circle cx="${x}" cy="${y}" r="105" fill="${p.base}"/>
          ${around(12 + (v % 3) * 2, (d) => `<ellipse cx="${x}" cy="${y - 125}" rx="14" ry="30" fill="${p.ink}" ${rot(d, x, y)}/>`)}
          <circle cx="${x}" cy="${y}" r="60" fill="${p.secondary}"/><circle cx="${x}" cy="${y}" r="24" fill="${p.accent}"/>`;
      })}
      <g ${at(500, 500)}>${POMEGRANATE(p.primary, p.accent)}</g><g ${at(500, 160, 0.6)}>${POMEGRANATE(p.secondary, p.ink)}</g>`,
  // The Chust doʻppi seen at a corner: two of its four sides, each with a white qalampir.
  doppi: (p, v) => `<ellipse cx="500" cy="770" rx="340" ry="40" fill="url(#shade)"/>
      <path d="M170 720 L215 420 Q500 385 785 420 L830 720 Q500 770 170 720Z" fill="${p.base}"/>
      <path d="M215 420 L500 330 L785 420 Q500 385 215 420Z" fill="${p.base}" stroke="${p.secondary}" stroke-width="5"/>
      <path d="M500 395 L500 748" stroke="${p.secondary}" stroke-width="6"/>
      ${[340, 660].map((x, i) => `<g ${at(x, 560, 2)}><g ${rot(i ? 35 : -35, 0, 0)}><path d="${PEPPER}" fill="${p.primary}"/><path d="M0 40 C-22 18 -18 -30 0 -52 M-12 20 C-20 0 -12 -20 -4 -30" fill="none" stroke="${p.base}" stroke-width="4"/></g></g>`).join("")}
      <path d="M178 680 Q500 728 822 680 L830 720 Q500 770 170 720Z" fill="${p.primary}"/>
      ${grid(16, 1, (c) => `<circle cx="${210 + c * 39}" cy="${708 + Math.abs(c - 7.5) * -1.5}" r="${6 + (v % 2) * 2}" fill="${p.accent}"/>`)}`,
  carpets: (p, v) => `<rect x="170" y="60" width="660" height="880" fill="${p.base}"/>
      ${grid(33, 2, (c, r) => `<line x1="${180 + c * 20}" y1="${r ? 940 : 60}" x2="${180 + c * 20}" y2="${r ? 975 : 25}" stroke="${p.accent}" stroke-width="5"/>`)}
      <rect x="215" y="105" width="570" height="790" fill="none" stroke="${p.secondary}" stroke-width="40"/>
      ${grid(11, 2, (c, r) => `<path d="M${240 + c * 52} ${r ? 895 : 105} l26 -20 l26 20 l-26 20Z" fill="${p.accent}"/>`)}
      <rect x="260" y="150" width="480" height="700" fill="${p.primary}"/>
      ${grid(2, 3, (c, r) => {
        const x = 380 + c * 240,
          y = 270 + r * 230;
        return `<g ${at(x, y)}><path d="M-40 -95 L40 -95 L95 -40 L95 40 L40 95 L-40 95 L-95 40 L-95 -40Z" fill="${p.base}"/>
          <path d="M0 -75 L75 0 L0 75 L-75 0Z" fill="${(c + r + v) % 2 ? p.secondary : p.accent}"/><path d="M-8 -40 h16 v32 h32 v16 h-32 v32 h-16 v-32 h-32 v-16 h32Z" fill="${p.ink}"/></g>`;
      })}`,
  "wood-carving": (p, v) => `<rect x="150" y="150" width="700" height="700" rx="14" fill="${p.base}"/>
      <rect x="190" y="190" width="620" height="620" fill="${p.primary}" opacity="0.35"/>
      ${grid(3, 3, (c, r) => `<g ${at(293 + c * 207, 293 + r * 207)}>${STAR8(62, p.secondary, p.ink)}<circle r="${22 + (v % 3) * 4}" fill="${p.base}" stroke="${p.ink}" stroke-width="5"/></g>`)}
      ${grid(2, 2, (c, r) => `<path d="M${396 + c * 207} ${346 + r * 207} l0 50 M${371 + c * 207} ${396 + r * 207} l50 0" stroke="${p.accent}" stroke-width="10"/>`)}
      <rect x="150" y="150" width="700" height="700" rx="14" fill="none" stroke="${p.ink}" stroke-width="16"/>`,
  jewellery: (p, v) => {
    const beads = 19 + (v % 3) * 2;
    const bead = (i: number) => {
      const t = i / (beads - 1);
      return [180 + t * 640, 220 + Math.sin(Math.PI * t) * 330] as const;
    };
    return `${Array.from({ length: beads }, (_, i) => {
      const [x, y] = bead(i);
      return `<circle cx="${x}" cy="${y}" r="15" fill="${p.base}" stroke="${p.accent}" stroke-width="4"/>${i % 3 === 1 ? `<g ${at(x, y + 40, 0.45)}><path d="${PEPPER}" fill="${p.primary}" stroke="${p.base}" stroke-width="14"/></g>` : ""}`;
    }).join("")}
      <g ${at(500, 700)}><circle r="95" fill="${p.base}"/>${around(12, (d) => `<circle cy="-78" r="12" fill="${p.accent}" ${rot(d, 0, 0)}/>`)}<circle r="55" fill="${p.secondary}"/><circle cx="-15" cy="-18" r="14" fill="${p.accent}" opacity="0.7"/></g>`;
  },
  leather: (p, v) => `<ellipse cx="500" cy="850" rx="300" ry="35" fill="url(#shade)"/>
      <path d="M300 430 C300 120 700 120 700 430" fill="none" stroke="${p.primary}" stroke-width="34"/>
      <rect x="220" y="400" width="560" height="430" rx="46" fill="${p.base}"/>
      <rect x="245" y="425" width="510" height="380" rx="30" fill="none" stroke="${p.accent}" stroke-width="5" stroke-dasharray="14 10"/>
      <path d="M220 450 Q220 400 270 400 L730 400 Q780 400 780 450 L780 600 Q500 690 220 600Z" fill="${p.primary}"/>
      <path d="M245 460 L755 460 M245 590 Q500 670 755 590" fill="none" stroke="${p.accent}" stroke-width="5" stroke-dasharray="14 10"/>
      <g ${at(500, 530)}>${around(8 + (v % 2) * 4, (d) => `<ellipse cy="-38" rx="12" ry="26" fill="${p.secondary}" ${rot(d, 0, 0)}/>`)}<circle r="16" fill="${p.accent}"/></g>
      <rect x="470" y="615" width="60" height="50" rx="8" fill="${p.accent}"/>`,
  dolls: (p, v) => `<ellipse cx="500" cy="910" rx="230" ry="30" fill="url(#shade)"/>
      <defs><clipPath id="dress"><path d="M500 360 L700 890 L300 890Z"/></clipPath></defs>
      <path d="M430 420 L330 640 M570 420 L670 640" stroke="#d9a57a" stroke-width="34" stroke-linecap="round"/>
      <g clip-path="url(#dress)"><rect x="290" y="340" width="420" height="560" fill="${p.base}"/>
        ${grid(9, 1, (c) => `<path d="M${300 + c * 48} 340 l14 40 l-14 40 l14 40 l-14 40 l14 40 l-14 40 l14 40 l-14 40 l14 40 l-14 40 l14 40 l-14 40 l14 40" fill="none" stroke="${c % 2 ? p.primary : p.secondary}" stroke-width="22"/>`)}</g>
      <path d="M430 360 Q500 400 570 360 L590 460 Q500 490 410 460Z" fill="${p.ink}"/>
      <circle cx="500" cy="290" r="82" fill="#e6b98f"/>
      <path d="M420 280 Q420 190 500 190 Q580 190 580 280 Q560 230 500 232 Q440 230 420 280Z" fill="${p.ink}"/>
      <path d="M428 285 Q410 420 440 520 M572 285 Q590 420 560 520" fill="none" stroke="${p.ink}" stroke-width="14"/>
      <path d="M430 215 L445 160 Q500 135 555 160 L570 215 Q500 200 430 215Z" fill="${p.primary}"/>
      <circle cx="472" cy="292" r="8" fill="${p.ink}"/><circle cx="528" cy="292" r="8" fill="${p.ink}"/>
      <path d="M478 330 Q500 ${345 + (v % 2) * 5} 522 330" fill="none" stroke="#a0443a" stroke-width="6"/>`,
  weaving: (p, v) => {
    const colours = [p.base, p.primary, p.secondary, p.accent];
    return `<g>${grid(10, 1, (c) => `<rect x="${c * 100}" y="0" width="100" height="1000" fill="${colours[(c + v) % 4]}"/>`)}
      ${grid(5, 6, (c, r) => `<path d="M${100 + c * 200} ${r * 180 - 40} l60 90 l-60 90 l-60 -90Z" fill="${colours[(c + r + 2) % 4]}"/><path d="M${100 + c * 200} ${r * 180 + 15} l22 35 l-22 35 l-22 -35Z" fill="${p.ink}"/>`)}</g>
      <rect width="1000" height="1000" fill="url(#fold)"/>`;
  },
  miniature: (p, v) => `<rect x="130" y="100" width="740" height="800" fill="${p.accent}"/>
      <rect x="165" y="135" width="670" height="730" fill="${p.base}"/>
      ${grid(24, 1, (c) => `<circle cx="${175 + c * 28.5}" cy="118" r="6" fill="${p.ink}"/><circle cx="${175 + c * 28.5}" cy="882" r="6" fill="${p.ink}"/>`)}
      <rect x="195" y="165" width="610" height="670" fill="${p.ground}"/>
      <circle cx="${660 - (v % 3) * 60}" cy="260" r="48" fill="${p.accent}"/>
      <path d="M195 650 Q350 560 500 630 T805 600 L805 835 L195 835Z" fill="${p.secondary}"/>
      <rect x="380" y="470" width="240" height="230" fill="${p.primary}"/><path d="M380 470 Q500 330 620 470Z" fill="${p.primary}"/>
      <path d="M450 700 L450 590 Q500 530 550 590 L550 700Z" fill="${p.ink}"/>
      <rect x="320" y="400" width="34" height="300" fill="${p.primary}"/><rect x="646" y="400" width="34" height="300" fill="${p.primary}"/>
      ${[250, 750].map((x) => `<path d="M${x} 790 Q${x - 40} 640 ${x} 520 Q${x + 40} 640 ${x} 790Z" fill="${p.ink}"/>`).join("")}
      ${grid(3, 1, (c) => `<path d="M${260 + c * 70} ${230 + (c % 2) * 30} q15 -15 30 0 q15 -15 30 0" fill="none" stroke="${p.ink}" stroke-width="5"/>`)}`,
  basketry: (p, v) => `<ellipse cx="500" cy="840" rx="300" ry="40" fill="url(#shade)"/>
      <path d="M280 440 C280 150 720 150 720 440" fill="none" stroke="${p.primary}" stroke-width="30"/>
      <defs><clipPath id="basket"><path d="M220 420 L780 420 L710 810 Q500 850 290 810Z"/></clipPath></defs>
      <g clip-path="url(#basket)"><rect x="200" y="400" width="600" height="460" fill="${p.base}"/>
        ${grid(15, 10, (c, r) => ((c + r) % 2 ? `<rect x="${210 + c * 40}" y="${420 + r * 42}" width="40" height="42" fill="${(r + v) % 4 === 0 ? p.accent : p.primary}" opacity="0.75"/>` : ""))}
        ${grid(1, 10, (_, r) => `<line x1="200" y1="${420 + r * 42}" x2="800" y2="${420 + r * 42}" stroke="${p.secondary}" stroke-width="4"/>`)}</g>
      <rect x="205" y="395" width="590" height="50" rx="25" fill="${p.primary}"/>`,
};

const DEFS = (p: Palette) => `<defs>
  <radialGradient id="light" cx="50%" cy="40%" r="75%"><stop offset="0" stop-color="#fff" stop-opacity="0.35"/><stop offset="1" stop-color="#000" stop-opacity="0.18"/></radialGradient>
  <radialGradient id="shade"><stop offset="0.6" stop-color="#000" stop-opacity="0.28"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient>
  <linearGradient id="fold"><stop offset="0" stop-color="#fff" stop-opacity="0.15"/><stop offset="0.5" stop-color="#000" stop-opacity="0.12"/><stop offset="1" stop-color="#fff" stop-opacity="0.1"/></linearGradient>
</defs><rect width="1000" height="1000" fill="${p.ground}"/><rect width="1000" height="1000" fill="url(#light)"/>`;

// A close-up shows a 400-unit square of the 1000-unit drawing.
const DETAIL_SPAN = 400;

export function renderPatternSvg(spec: PatternSpec): string {
  // The close-up's centre is near the middle and moves with the variation.
  const focusX = 420 + (spec.variation % 3) * 80;
  const focusY = 460 + (Math.floor(spec.variation / 3) % 3) * 70;
  const half = DETAIL_SPAN / 2;
  const viewBox =
    spec.view === "whole" ? "0 0 1000 1000" : `${focusX - half} ${focusY - half} ${DETAIL_SPAN} ${DETAIL_SPAN}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.size}" height="${spec.size}" viewBox="${viewBox}">${DEFS(spec.palette)}${MOTIFS[spec.motif](spec.palette, spec.variation)}</svg>`;
}

/**
 * Ikat's threads are dyed before weaving, so its edges bleed sideways. An SVG blur filter
 * is slow in librsvg (≈0.3 s a picture); a horizontal box blur in libvips is ≈4× faster.
 */
function ikatBlur(spec: PatternSpec) {
  const pixelsPerUnit = spec.size / (spec.view === "whole" ? 1000 : DETAIL_SPAN);
  const width = 2 * Math.max(1, Math.round(8 * pixelsPerUnit)) + 1;
  const row = (value: number) => Array<number>(width).fill(value);
  return { width, height: 3, kernel: [...row(0), ...row(1), ...row(0)] };
}

/** A lossless, quickly compressed PNG: it is only an intermediate for makeImageVariants. */
export async function renderPatternArt(spec: PatternSpec): Promise<Buffer> {
  const image = sharp(Buffer.from(renderPatternSvg(spec))).flatten({ background: spec.palette.ground });
  if (spec.motif === "weaving") image.convolve(ikatBlur(spec));
  return image.png({ compressionLevel: 1 }).toBuffer();
}
