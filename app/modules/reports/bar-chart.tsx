import type { Shown } from "./small-numbers";

type Bar = { label: string; value: Shown; text: string };

const ROW = 32;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 280;

/**
 * Horizontal bars drawn on the server as SVG. Ink is currentColor, so the bars follow the text
 * colour of any theme, high contrast and forced colours included; a hidden value ("fewer than 5",
 * not counted) gets no bar, only its words. The table beside it holds the same numbers.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => (typeof bar.value === "number" ? bar.value : 0)));
  const height = bars.length * ROW + 8;
  return (
    <svg
      role="img"
      viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 140} ${height}`}
      className="report-chart w-full h-auto"
      fontSize="14"
    >
      <title>{title}</title>
      {bars.map((bar, i) => {
        const y = i * ROW + 4;
        const width =
          typeof bar.value === "number" ? Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * BAR_WIDTH) : 0;
        return (
          <g key={bar.label} aria-hidden="true">
            <text x={LABEL_WIDTH - 8} y={y + 19} textAnchor="end" fill="currentColor">
              {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 10} fill="currentColor" />
            <text x={LABEL_WIDTH + width + 6} y={y + 19} fill="currentColor">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
