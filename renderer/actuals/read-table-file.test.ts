/**
 * Table files as the import reads them (issue 22, item 2): UTF-16 CSV by its BOM, date
 * cells kept as dates (refused as figures, never read as their year), row and column caps
 * with the cap named, a workbook refused before exceljs sees it, and the file's name in
 * every refusal.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ZIP_LIMITS } from '../../models/file-limits/inspect-zip';
import { xlsxWithSheet } from '../../models/file-limits/testing/zip-builder';
import { parseFigureCell } from '../../models/plan-import';
import { tableReadError } from '../plan-import/table-read-error';
import { readTableSheetsOffThread, type TableWorkerLike } from '../workers/read-table-in-worker';
import { readTableSheets, TableFileError } from './read-table-file';

function utf16(text: string, bigEndian = false): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<TableFileError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TableFileError);
  return error as TableFileError;
}

const t = ((key: string, params: Record<string, unknown>) => `${key} ${JSON.stringify(params)}`) as unknown as Parameters<typeof tableReadError>[2];

describe('CSV', () => {
  it('UTF-16 (LE and BE, as Excel saves "Unicode text") is read by its byte-order mark', async () => {
    const text = '指标,单位,2020年\r\n地区生产总值,亿元,7319.77\r\n';
    for (const bytes of [utf16(text), utf16(text, true)]) {
      const [sheet] = await readTableSheets('表.csv', bytes);
      expect(sheet?.rows).toEqual([
        ['指标', '单位', '2020年'],
        ['地区生产总值', '亿元', '7319.77'],
      ]);
    }
  });

  it('more rows than the cap: refused, naming the file, the count and the cap', async () => {
    const bytes = new TextEncoder().encode('a,1\n'.repeat(ZIP_LIMITS.rows + 5));
    const e = await refusal(readTableSheets('big.csv', bytes));
    expect(e.key).toBe('fileLimits.csv-too-many-rows');
    expect(e.params).toEqual({ name: 'big.csv', rows: ZIP_LIMITS.rows + 5, limit: ZIP_LIMITS.rows });
  });

  it('more columns than the cap: refused with the row', async () => {
    const bytes = new TextEncoder().encode(`指标\n${'1,'.repeat(ZIP_LIMITS.columns + 1)}1\n`);
    const e = await refusal(readTableSheets('wide.csv', bytes));
    expect(e.params).toEqual({ name: 'wide.csv', row: 2, columns: ZIP_LIMITS.columns + 2, limit: ZIP_LIMITS.columns });
  });
});

describe('XLSX', () => {
  it('a date cell comes as its date, which no figure column takes (not as its year)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('指标');
    ws.addRow(['指标', '单位', '2020年']);
    ws.addRow(['地区生产总值', '亿元', new Date(Date.UTC(2021, 2, 4))]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const [sheet] = await readTableSheets('dates.xlsx', bytes);
    expect(sheet?.rows[1]).toEqual(['地区生产总值', '亿元', '2021-03-04']);
    expect(parseFigureCell('2021-03-04').kind).toBe('text');
  });

  it('a cell at XFD1048576: refused before exceljs, naming the file and the row cap (no stack overflow)', async () => {
    const bytes = await xlsxWithSheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
    const e = await refusal(readTableSheets('far.xlsx', bytes));
    expect(e.key).toBe('fileLimits.too-many-rows');
    expect(e.params).toEqual({ name: 'far.xlsx', sheet: 'sheet1', row: 1_048_576, limit: ZIP_LIMITS.rows });
    expect(tableReadError(e, 'far.xlsx', t)).toContain('"name":"far.xlsx"');
  });

  it('a damaged workbook: the message names the file', () => {
    expect(tableReadError(new Error('End of data reached'), 'x.xlsx', t)).toBe('planImport.readFailed {"name":"x.xlsx","reason":"End of data reached"}');
  });
});

describe('in a worker', () => {
  it('passes the refusal back as a TableFileError; a worker that fails to load reads on the page', async () => {
    let listener: ((event: MessageEvent) => void) | null = null;
    const fake: TableWorkerLike = {
      postMessage: (m) => listener?.({ data: { id: m.id, ok: false, key: 'fileLimits.too-many-rows', params: { name: m.name, row: 9, limit: 5, sheet: 's' } } } as MessageEvent),
      addEventListener: ((type: string, l: (event: MessageEvent) => void) => {
        if (type === 'message') listener = l;
      }) as TableWorkerLike['addEventListener'],
      terminate: () => undefined,
    };
    const g = globalThis as { Worker?: unknown };
    const had = g.Worker;
    g.Worker = class {};
    try {
      const e = await refusal(readTableSheetsOffThread('a.xlsx', new Uint8Array([1]), () => fake));
      expect(e.params.name).toBe('a.xlsx');
      const sheets = await readTableSheetsOffThread('a.csv', new TextEncoder().encode('指标,2020\n'), () => {
        throw new Error('no workers here');
      });
      expect(sheets[0]?.rows).toEqual([['指标', '2020']]);
    } finally {
      g.Worker = had;
    }
  });
});
