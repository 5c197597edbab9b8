import type { Shown } from "./small-numbers";

type Series = { name: string; values: Shown[]; dashed: boolean };

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 48;
const BOTTOM = 36;

/**
 * Lines for monthly trends, drawn on the server as SVG in currentColor; the second line is dashed
 * and every point is marked, so the lines are told apart without colour. A hidden month ("fewer
 * than 5") breaks the line rather than being drawn as a guess. The table beside it holds the numbers.
 */
export function LineChart({ title, months, series }: { title: string; months: string[]; series: Series[] }) {
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => typeof v === "number"));
  const max = Math.max(5, ...numbers);
  const step = (WIDTH - LEFT - 16) / Math.max(1, months.length - 1);
  const x = (i: number) => LEFT + i * step;
  const y = (v: number) => HEIGHT - BOTTOM - (v / max) * (HEIGHT - BOTTOM - 16);
  const segments = (values: Shown[]) => {
    const parts: string[] = [];
    let current = "";
    values.forEach((v, i) => {
      if (typeof v !== "number") {
        if (current) parts.push(current);
        current = "";
        return;
      }
      current += `${current ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    });
    if (current) parts.push(current);
    return parts;
  };
  return (
    <svg role="img" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="report-chart w-full h-auto" fontSize="13">
      <title>{title}</title>
      <g aria-hidden="true" fill="currentColor">
        <line x1={LEFT} y1={HEIGHT - BOTTOM} x2={WIDTH - 8} y2={HEIGHT - BOTTOM} stroke="currentColor" />
        <line x1={LEFT} y1={8} x2={LEFT} y2={HEIGHT - BOTTOM} stroke="currentColor" />
        <text x={LEFT - 6} y={20} textAnchor="end">
          {max}
        </text>
        <text x={LEFT - 6} y={HEIGHT - BOTTOM} textAnchor="end">
          0
        </text>
        {months.map((month, i) => (
          <text key={month} x={x(i)} y={HEIGHT - 12} textAnchor="middle">
            {month.slice(5)}
          </text>
        ))}
        {series.map((s) => (
          <g key={s.name}>
            {segments(s.values).map((d) => (
              <path
                key={d}
                d={d}
                fill="none"
                stroke="currentColor"
                strokeWidth={3}
                strokeDasharray={s.dashed ? "8 5" : undefined}
              />
            ))}
            {s.values.map((v, i) =>
              typeof v === "number" ? (
                s.dashed ? (
                  <rect key={i} x={x(i) - 4} y={y(v) - 4} width={8} height={8} />
                ) : (
                  <circle key={i} cx={x(i)} cy={y(v)} r={4} />
                )
              ) : null,
            )}
          </g>
        ))}
      </g>
    </svg>
  );
}
