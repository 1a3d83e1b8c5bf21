/**
 * Tables as users bring them: a block copied from Excel (tab-separated), a CSV file
 * (with or without a byte-order mark, quoted fields, CRLF), and numbers as Chinese
 * statistics write them (thousands separators, full-width digits, "6.5%").
 */

/** Full-width digits and punctuation to their ASCII forms; every kind of space removed. */
export function normalizeNumberText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/．/g, '.')
    .replace(/，/g, ',')
    .replace(/[－−﹣‐‑–]/g, '-')
    .replace(/＋/g, '+')
    .replace(/[％﹪]/g, '%')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]/g, '');
}

export type NumberText =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'text'; text: string };

/** Text that means "no figure" in a statistical table. */
const BLANK = /^(?:|-|—|--|——|…|\.\.\.|\/|n\/?a|null)$/i;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * A cell as a number: "7,319.77", "７３１９．７７", "6.5%", "1.2E+04", "−3.2". A unit
 * written after the number is accepted when it is one of `units` (e.g. "7319.77亿元"
 * in the GDP row). Blank, "-" and "—" are empty; anything else is text.
 */
export function parseNumberText(raw: string, units: readonly string[] = []): NumberText {
  let s = normalizeNumberText(raw);
  if (BLANK.test(s)) return { kind: 'empty' };
  for (const u of units) {
    if (u !== '' && u !== '%' && s.endsWith(u) && s.length > u.length) {
      s = s.slice(0, -u.length);
      break;
    }
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  if (!PLAIN.test(s)) return { kind: 'text', text: raw.trim() };
  const value = Number(s);
  return Number.isFinite(value) ? { kind: 'number', value, percent } : { kind: 'text', text: raw.trim() };
}

/**
 * Split delimited text into rows of cells. Quotes follow RFC 4180 (a quoted field may
 * hold the delimiter, line breaks and doubled quotes), as both Excel's clipboard and
 * its CSV write them. A leading byte-order mark goes; trailing empty lines go.
 */
export function splitDelimited(text: string, delimiter: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      i += 1;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      i += 1;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((x) => x.trim() === '')) rows.pop();
  return rows;
}

/**
 * The delimiter of a table's text: a tab when any line has one (Excel's clipboard),
 * else a comma, or a semicolon when the first line has more of those (European CSV).
 */
export function guessDelimiter(text: string): string {
  if (text.includes('\t')) return '\t';
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => first.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Text of a pasted block or a CSV file as rows of cells. */
export function parseTableText(text: string): string[][] {
  return splitDelimited(text, guessDelimiter(text));
}
