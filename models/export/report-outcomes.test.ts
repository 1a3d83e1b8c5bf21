/** A continued plan's review report: the previous plan's outcomes as section 三, in the model, the HTML (PDF), Word and Excel. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanInput } from '../plan/plan-schema';
import { validatePlan } from '../plan/validate-plan';
import { nextPlan } from '../plan/next-plan';
import { buildReviewReport } from './report-model';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { cellText } from './report-text';
import { reportXlsx } from './report-xlsx';

function continuedXuzhou(): Plan {
  const raw = JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')) as PlanInput;
  raw.indicators.find((i) => i.id === 'gdp')?.actuals?.push({ year: 2025, value: 9900, realGrowth: 0.058, source: 'a figure made for the test', status: 'preliminary' });
  const r = validatePlan(raw, 'en');
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return nextPlan(r.plan).plan;
}

describe('the review report of a continued plan', () => {
  const plan = continuedXuzhou();
  const report = buildReviewReport(plan, { lang: 'zh', today: '2026-12-07' });

  it('has the previous plan’s outcomes after the targets, and numbers the later sections on', () => {
    const o = report.outcomes;
    expect(o?.heading).toBe('上期规划完成情况（《中共徐州市委关于制定徐州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，2021—2025年）');
    expect(o?.counts).toMatch(/^达成 \d+ · 未达成 \d+ · .*（共26项）$/);
    expect(o?.table.columns.map((c) => c.header)).toEqual(['目标', '属性', '年份', '数值', '目标值', '判定', '已实现年均增速']);
    expect(o?.table.rows).toHaveLength(26);
    const trillion = o?.table.rows.find((r) => r.id === 'gdp-2025-trillion');
    expect(trillion?.status).toBe('missed');
    expect(trillion?.cells.map(cellText)).toEqual(['经济总量跻身万亿元城市', '预期性', '2025', '9,900.0亿元', '≥ 10,000.0亿元', '未达成', '6.23%（2020—2025）']);
    expect([report.labels.outcomes, report.labels.methods, report.labels.sources]).toEqual(['三、上期规划完成情况', '四、方法说明', '五、数据来源']);
  });

  it('prints the section in the PDF’s HTML, between the targets and the methods', () => {
    const html = reportHtml(report);
    const at = (s: string) => html.indexOf(s);
    expect(at('data-section="outcomes"')).toBeGreaterThan(at('data-section="targets"'));
    expect(at('data-section="outcomes"')).toBeLessThan(at('data-section="methods"'));
    expect(html).toContain('<tr data-id="gdp-2025-trillion">');
    expect(html).toContain('status-missed');
  });

  it('writes it in Word and as a sheet of the workbook, values stored as numbers', async () => {
    // jszip comes with docx (as in report-docx.test.ts).
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await reportDocx(report));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('三、上期规划完成情况');
    expect(xml).toContain('经济总量跻身万亿元城市');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await reportXlsx(report)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('上期规划完成情况');
    expect(ws).toBeDefined();
    let found = false;
    ws?.eachRow((row) => {
      if (row.getCell(1).value === '经济总量跻身万亿元城市') {
        found = true;
        expect(row.getCell(4).value).toBe(9900);
        expect(row.getCell(4).numFmt).toContain('亿元');
        expect(row.getCell(6).value).toBe('未达成');
      }
    });
    expect(found).toBe(true);
  });

  it('is absent, and the sections keep their numbers, for a plan that continues none', () => {
    const { predecessor: _p, ...plain } = plan;
    const r = buildReviewReport(plain, { lang: 'en', today: '2026-12-07' });
    expect(r.outcomes).toBeNull();
    expect([r.labels.methods, r.labels.sources]).toEqual(['3. Methods', '4. Sources']);
    expect(reportHtml(r)).not.toContain('data-section="outcomes"');
  });
});
