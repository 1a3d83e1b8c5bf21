import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { roundForExport, safeText } from './cell-safety';
import { parseCsv, toCsv } from './csv';
import type { Table } from './export-tables';
import { buildXlsx } from './xlsx';

const PAYLOADS = ['=HYPERLINK("http://evil.example","x")', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '＝1+1'];

describe('formula injection in spreadsheet exports', () => {
  it('CSV: every cell that Excel would run starts with an apostrophe; ordinary text and numbers are unchanged', () => {
    const rows = [[...PAYLOADS], ['规划情景', 'a-b', '−4.6', 'x=1'], [-2, 74.19999999999999, 0.1 + 0.2, 1234.5]];
    const back = parseCsv(toCsv(rows));
    expect(back[0]).toEqual(PAYLOADS.map((p) => `'${p}`));
    expect(back[1]).toEqual(['规划情景', 'a-b', '−4.6', 'x=1']);
    expect(back[2]).toEqual(['-2', '74.2', '0.3', '1234.5']);
  });

  it('XLSX: names arrive as text with the apostrophe, never as formulas; numbers stay numbers, rounded', async () => {
    const table: Table = {
      name: 'T',
      title: '=1+1',
      columns: [
        { header: '@name', type: 'text' },
        { header: 'value', type: 'number', decimals: 1 },
      ],
      rows: PAYLOADS.map((p, i) => [p, i === 0 ? 74.19999999999999 : -i]),
    };
    const bytes = await buildXlsx([table], { title: 't', sourceLine: '+source' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.getWorksheet('T');
    if (!ws) throw new Error('no sheet');
    expect(ws.getCell('A1').value).toBe("'=1+1");
    expect(ws.getCell('A2').value).toBe("'@name");
    PAYLOADS.forEach((p, i) => {
      const cell = ws.getCell(3 + i, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // (XML stores a carriage return as a line feed.)
      expect(cell.value).toBe(`'${p}`.replace('\r', '\n'));
      expect(cell.formula).toBeUndefined();
    });
    expect(ws.getCell('B3').value).toBe(74.2);
    expect(ws.getCell('B4').value).toBe(-1);
  });

  it('the rules themselves', () => {
    expect(safeText('ok')).toBe('ok');
    expect(safeText('')).toBe('');
    expect(safeText('-')).toBe("'-");
    // Control characters go first, so a NUL cannot hide the formula behind it.
    expect(safeText('\u0000=1+1')).toBe("'=1+1");
    expect(safeText('\u0001\u001f@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeText('a\u0000b\tc')).toBe('ab\tc');
    expect(roundForExport(-5.551115123125783e-15)).toBe(-5.55111512313e-15);
    expect(roundForExport(Number.NaN)).toBeNull();
    expect(roundForExport(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
