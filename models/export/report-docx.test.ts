/**
 * The Word report read back with mammoth: the summary counts of both groups, the
 * headline verdicts, the methods and sources sections, the scenario in the title block.
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan-schema';
import { validatePlan } from '../plan/validate-plan';
import { reportDocx } from './report-docx';
import { buildReviewReport } from './report-model';
import { cellText } from './report-text';

function xuzhou(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}

describe('the review report as Word', () => {
  const plan = xuzhou();
  const report = buildReviewReport(plan, { lang: 'zh', asOf: 2026, today: '2026-12-07', issuer: '徐州市发展和改革委员会' });

  it('reads back with the counts, both groups, methods, sources and every headline verdict', async () => {
    const bytes = await reportDocx(report);
    expect(bytes.byteLength).toBeGreaterThan(10_000);
    const { value: raw } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const lines = raw.split('\n').map((s) => s.trim()).filter((s) => s !== '');
    const text = lines.join('\n');
    expect(text).toContain('规划实施情况评估报告');
    expect(text).toContain('编制单位：徐州市发展和改革委员会');
    expect(text).toContain(`情景：${report.scenario.name}`);
    for (const heading of ['一、完成情况', '二、分类目标评估', '约束性目标', '预期性目标', '三、方法说明', '四、数据来源']) expect(lines).toContain(heading);
    // The counts table: each group's row, cell by cell (mammoth writes a paragraph per cell).
    for (const c of report.countsByGroup) {
      const at = lines.indexOf(c.label);
      expect(at).toBeGreaterThan(-1);
      expect(lines.slice(at + 1, at + 6)).toEqual([c.met, c.missed, c.pending, c.noData, c.total].map(String));
    }
    expect(report.countsByGroup.map((c) => c.label)).toEqual(['约束性', '预期性']);
    // Each headline target with its verdict.
    expect(report.headline.rows.length).toBeGreaterThan(3);
    for (const row of report.headline.rows) {
      const name = cellText(row.cells[0] ?? { parts: [] });
      const at = lines.indexOf(name);
      expect(at, name).toBeGreaterThan(-1);
      expect(lines.slice(at, at + 7)).toContain(cellText(row.cells[5] ?? { parts: [] }));
    }
    expect(text).toContain('待公布（预测达成）');
    expect(text).toContain('6.0–7.0%（左右）');
    expect(text).toContain('所需增速');
    // Sources: the reported GDP figure of 2023 with its status.
    expect(text).toContain('8,900.4亿元');
    expect(text).toContain('初步核算');
  });

  it('is A4 with the scenario in the page header and a Word chart', async () => {
    const bytes = await reportDocx(report);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    const doc = await zip.file('word/document.xml')?.async('string');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('w:eastAsia="仿宋"');
    const headers = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
    const header = await zip.file(headers[0] ?? '')?.async('string');
    expect(header).toContain(report.scenario.name);
    expect(Object.keys(zip.files).some((f) => /^word\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
  });
});
