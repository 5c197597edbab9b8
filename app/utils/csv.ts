// The one CSV writer (the artisan's earnings, the M&E dashboard): UTF-8 with a BOM so Excel shows
// Uzbek and Russian letters, CRLF lines, and no cell a spreadsheet would run as a formula.

/** Money as a plain decimal ("125000.50"), which every spreadsheet reads the same way. */
export const csvDecimal = (minor: number) =>
  `${minor < 0 ? "-" : ""}${Math.trunc(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, "0")}`;

/** A cell quoted when it needs it; a leading =, +, - or @ is neutralised so no spreadsheet runs it. */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows (the header first) as the text of a CSV file. */
export function csvFile(rows: string[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
