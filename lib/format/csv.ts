// CSV for spreadsheet apps: RFC 4180 quoting, CRLF rows, and a UTF-8 byte order mark so that
// Excel opens Arabic text as UTF-8 instead of the system code page.

export const CSV_BOM = "\uFEFF";

/**
 * One cell. A cell that a spreadsheet would read as a formula (= + - @, or a leading tab or
 * carriage return that some apps strip before evaluating) gets a leading apostrophe: the
 * export is data, never code (OWASP "CSV injection").
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(",");
}

/** A whole document: BOM, header row, data rows, each ending in CRLF. */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return CSV_BOM + [csvRow(header), ...rows.map(csvRow)].map((r) => `${r}\r\n`).join("");
}
