import { describe, expect, it } from 'vitest';
import { sampleReview } from '../testing/sample-review';
import { planFile } from '../plan/plan-schema';
import { minimalPlan } from '../testing/minimal-plan';
import { buildXlsx } from './xlsx';
import { reviewTargetsTable, reviewYearsTable } from './review-table';
import ExcelJS from 'exceljs';

const plan = planFile.parse(minimalPlan());

describe('review tables', () => {
  it('one row per target with numbers as numbers: growth in percent, the band, source, verdict, P(met)', () => {
    const table = reviewTargetsTable(plan, sampleReview(), 'zh', { 'gdp-trillion': 0.7 });
    expect(table.name).toBe('规划评估');
    const h = table.columns.map((c) => c.header);
    const col = (name: string) => h.indexOf(name);
    const growth = table.rows[1] as unknown[];
    expect(growth[col('目标值')]).toBeCloseTo(6.5, 10);
    expect([growth[col('区间下限')], growth[col('区间上限')]]).toEqual([6, 7]);
    expect(growth[col('单位')]).toBe('%');
    const double = table.rows[2] as unknown[];
    expect(double[col('单位')]).toBe('亿元（2020年价格）');
    expect(double[col('来源')]).toBe('预测');
    expect(double[col('判定')]).toBe('待公布；预测达成；刚好达成');
    expect(double[col('所需年均增速')]).toBe(0.0718);
    expect((table.rows[0] as unknown[])[col('达成概率')]).toBe(0.7);
    expect((table.rows[3] as unknown[])[col('口径调整')]).toContain('（原文 73）');
  });

  it('the year-by-year sheet, written to XLSX and read back', async () => {
    const years = reviewYearsTable(plan, sampleReview(), 'en');
    expect(years.rows[0]).toEqual(['GDP', 'GDP 1 trillion', '100m yuan', 'current prices', 2021, 8117.44, 'unverified', 7881, 236.44, 0.03]);
    expect(years.rows[3]?.slice(3, 7)).toEqual(['2020 prices', 2022, 7801.2, 'preliminary (real value estimated)']);
    const bytes = await buildXlsx([reviewTargetsTable(plan, sampleReview(), 'en'), years], { title: 't', sourceLine: 's' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Plan review', 'Year by year']);
    expect(wb.getWorksheet('Year by year')?.getRow(3).getCell(6).value).toBe(8117.44);
  });
});
