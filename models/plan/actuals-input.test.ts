import { describe, expect, it } from 'vitest';
import {
  applyActualChanges,
  readActualsRows,
  readActualsText,
  readGridPaste,
  readTypedFigure,
  type ActualsBatch,
  type ActualsDefaults,
} from './actuals-input';
import { actualsIssueText } from './actuals-messages';
import { planFile, type Plan } from './plan-schema';
import { normalizeNumberText, parseNumberText, parseTableText, splitDelimited } from '../numbers/table-text';
import { minimalPlanWithGdp2021 } from '../testing/minimal-plan';

const plan = (): Plan => planFile.parse(minimalPlanWithGdp2021());
const defaults: ActualsDefaults = { source: '手工录入', status: 'reported' };
const codes = (b: ActualsBatch) => b.issues.map((i) => `${i.row}:${i.severity}:${i.code}`);
const figures = (b: ActualsBatch) => b.changes.map((c) => `${c.indicator}@${c.year}=${c.actual?.value ?? 'null'}`);

describe('numbers as Chinese statistics write them', () => {
  it('reads thousands separators, full-width digits, percent and exponents', () => {
    expect(parseNumberText('7,319.77')).toEqual({ kind: 'number', value: 7319.77, percent: false });
    expect(parseNumberText('７，３１９．７７')).toEqual({ kind: 'number', value: 7319.77, percent: false });
    expect(parseNumberText(' 6.5% ')).toEqual({ kind: 'number', value: 6.5, percent: true });
    expect(parseNumberText('６．５％')).toEqual({ kind: 'number', value: 6.5, percent: true });
    expect(parseNumberText('−3.2')).toEqual({ kind: 'number', value: -3.2, percent: false });
    expect(parseNumberText('1.2E+04')).toEqual({ kind: 'number', value: 12000, percent: false });
    expect(parseNumberText('7319.77亿元', ['亿元'])).toEqual({ kind: 'number', value: 7319.77, percent: false });
  });
  it('tells blanks from text', () => {
    expect(parseNumberText('')).toEqual({ kind: 'empty' });
    expect(parseNumberText('—')).toEqual({ kind: 'empty' });
    expect(parseNumberText('-')).toEqual({ kind: 'empty' });
    expect(parseNumberText('约8000')).toEqual({ kind: 'text', text: '约8000' });
    expect(parseNumberText('7,31,9')).toEqual({ kind: 'text', text: '7,31,9' });
    expect(parseNumberText('7319.77万元', ['亿元'])).toEqual({ kind: 'text', text: '7319.77万元' });
    expect(normalizeNumberText('１　２')).toBe('12');
  });
});

describe('delimited text', () => {
  it('splits CSV with a BOM, quotes, doubled quotes, commas and line breaks in fields, CRLF', () => {
    const text = '\uFEFF指标,年份,数值,来源\r\ngdp,2021,"8,117.44","统计公报, ""2021"""\r\n"a\nb",2022,1\r\n\r\n';
    expect(splitDelimited(text, ',')).toEqual([
      ['指标', '年份', '数值', '来源'],
      ['gdp', '2021', '8,117.44', '统计公报, "2021"'],
      ['a\nb', '2022', '1'],
    ]);
  });
  it('takes tabs for an Excel block, commas for CSV', () => {
    expect(parseTableText('a\tb,c\n1\t2')).toEqual([['a', 'b,c'], ['1', '2']]);
    expect(parseTableText('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('long form', () => {
  it('reads a block pasted from Excel with Chinese headers in any order', () => {
    const text = [
      '年份\t指标\t数值\t实际增速\t来源\t状态',
      '2021\t地区生产总值\t8,117.44\t8.7%\t2021年统计公报\t公布',
      '2022\tGDP\t8457.84\t3.2\t2022年统计公报\t初步核算',
      '2021\turbanization\t66.2%\t\t七普后口径\t修订',
    ].join('\n');
    const b = readActualsText(plan(), text, defaults);
    expect(b.form).toBe('long');
    expect(b.issues).toEqual([]);
    expect(b.changes.map((c) => c.actual)).toEqual([
      { year: 2021, value: 8117.44, realGrowth: 0.087, source: '2021年统计公报', status: 'reported' },
      { year: 2022, value: 8457.84, realGrowth: 0.032, source: '2022年统计公报', status: 'preliminary' },
      { year: 2021, value: 66.2, source: '七普后口径', status: 'revised' },
    ]);
    expect(b.changes.map((c) => c.row)).toEqual([2, 3, 4]);
  });

  it('reads English headers, a CSV with a BOM, and matches names with a unit in brackets', () => {
    const text = '\uFEFFIndicator,Year,Value,Real growth (%),Source,Status\r\n"地区生产总值（亿元）",2023,"8,900.44",7.0,bulletin,preliminary\r\n';
    const b = readActualsText(plan(), text, defaults);
    expect(b.issues).toEqual([]);
    expect(b.changes[0]?.actual).toEqual({ year: 2023, value: 8900.44, realGrowth: 0.07, source: 'bulletin', status: 'preliminary' });
  });

  it('refuses each bad cell with its row and reason and keeps the rest', () => {
    const rows = [
      ['指标', '年份', '数值', '实际增速', '来源', '状态'],
      ['gdp', '2021', '-5', '', '', ''], // 2 negative level
      ['urbanization', '2022', '101', '', '', ''], // 3 share outside [0,100]
      ['gdp', '2014', '5161.0', '', '', ''], // 4 year before the history start (2015)
      ['gdp', '2036', '20000', '', '', ''], // 5 year after horizon
      ['钢铁产量', '2021', '100', '', '', ''], // 6 unknown indicator
      ['gdp', '2022', '约8400', '', '', ''], // 7 text in a number
      ['gdp', '2023', '8900', '', '', ''], // 8 kept
      ['gdp', '2023', '8901', '', '', ''], // 9 duplicate year
      ['population', '二〇二二', '910', '', '', ''], // 10 text in the year
      ['urbanization', '2023', '67.5', '2', '', ''], // 11 growth on a share: growth refused, value kept
      ['gdp', '2024', '9537.12', '', '', '待定'], // 12 unknown status: warning, default used
    ];
    const b = readActualsRows(plan(), rows, defaults);
    expect(codes(b)).toEqual([
      '2:error:negative-level',
      '3:error:share-range',
      '4:error:year-range',
      '5:error:year-range',
      '6:error:unknown-indicator',
      '7:error:not-a-number',
      '9:error:duplicate-year',
      '10:error:not-a-number',
      '11:error:growth-not-money',
      '12:warning:unknown-status',
    ]);
    expect(figures(b)).toEqual(['gdp@2023=8900', 'urbanization@2023=67.5', 'gdp@2024=9537.12']);
    expect(b.changes[2]?.actual?.status).toBe('reported');
    const p = plan();
    const text = (row: number) => actualsIssueText(b.issues.find((i) => i.row === row) as ActualsBatch['issues'][number], p, 'zh');
    expect(text(2)).toBe('第2行（地区生产总值，2021年，数值）：“-5”为负数，总量不能为负');
    expect(text(3)).toBe('第3行（城镇化率，2022年，数值）：“101”超出 0—100 的范围（比重以百分数计）');
    expect(text(4)).toBe('第4行（地区生产总值，2014年，年份）：年份 2014 不在 2015—2035 年之间');
    expect(text(6)).toBe('第6行（指标）：未知指标“钢铁产量”（可用指标标识或中英文名称）');
    expect(text(7)).toBe('第7行（地区生产总值，2022年，数值）：“约8400”不是数字');
    expect(text(9)).toBe('第9行（地区生产总值，2023年，年份）：同一指标同一年份重复（已在第8行给出），未采用');
    const en = actualsIssueText(b.issues.find((i) => i.row === 2) as ActualsBatch['issues'][number], p, 'en');
    expect(en).toBe('Row 2 (GDP, 2021, value): "-5" is negative: a level cannot be negative');
  });

  it('reads header-less rows as indicator, year, value, growth, source, status', () => {
    const b = readActualsText(plan(), 'gdp\t2022\t8457.84\t3.2%\t公报\t公布', defaults);
    expect(b.issues).toEqual([]);
    expect(b.changes[0]?.actual).toEqual({ year: 2022, value: 8457.84, realGrowth: 0.032, source: '公报', status: 'reported' });
  });

  it('finds the header below a title row (as PlanPath and many bulletins write sheets)', () => {
    const b = readActualsRows(plan(), [['2021—2024年主要指标'], [], ['指标', '年份', '数值'], ['gdp', '2022', '8457.84']], defaults);
    expect(b.issues).toEqual([]);
    expect(b.changes.map((c) => [c.indicator, c.year, c.row])).toEqual([['gdp', 2022, 4]]);
  });

  it('says so when the columns cannot be recognised', () => {
    const b = readActualsText(plan(), 'foo\tbar', defaults);
    expect(codes(b)).toEqual(['1:error:no-columns']);
  });

  it('takes figures for derived indicators (official series override the formula)', () => {
    const b = readActualsText(plan(), '指标,年份,数值\n居民收入,2021,"36,000"', defaults);
    expect(b.issues).toEqual([]);
    expect(figures(b)).toEqual(['income_all@2021=36000']);
  });
});

describe('the 50% check', () => {
  it('keeps a value far from the previous year with the warning to check the unit', () => {
    // GDP 2021 is 8117.44 in the plan: 2022 given in 万元 by mistake.
    const b = readActualsText(plan(), '指标\t年份\t数值\ngdp\t2022\t84578400', defaults);
    expect(codes(b)).toEqual(['2:warning:big-change']);
    expect(figures(b)).toEqual(['gdp@2022=84578400']);
    expect(actualsIssueText(b.issues[0] as ActualsBatch['issues'][number], plan(), 'zh')).toBe('第2行（地区生产总值，2022年，数值）：与上年相差超过50%，请核对单位');
    expect(actualsIssueText(b.issues[0] as ActualsBatch['issues'][number], plan(), 'en')).toBe(
      'Row 2 (GDP, 2022, value): differs from the previous year by more than 50%: check the unit',
    );
  });
  it('compares with the year before in the same import, else the base value', () => {
    const b = readActualsText(plan(), '指标\t年份\t数值\npopulation\t2021\t9.1\npopulation\t2022\t9.2', defaults);
    // 2021 against the base 908.38 (too far), 2022 against 2021 in the import (fine).
    expect(codes(b)).toEqual(['2:warning:big-change']);
  });
  it('does not warn on flows (annual amounts swing)', () => {
    const b = readActualsText(plan(), '指标\t年份\t数值\njobs\t2021\t7\njobs\t2022\t20', defaults);
    expect(b.issues).toEqual([]);
  });
});

describe('wide form', () => {
  it('reads indicators in rows and years in columns, skipping blanks', () => {
    const text = ['指标\t2021年\t2022年\t2023年', '地区生产总值\t8,117.44\t8,457.84\t—', '城镇化率\t66.2\t\t67.9', '常住人口\t902.85\tabc\t'].join('\n');
    const b = readActualsText(plan(), text, defaults);
    expect(b.form).toBe('wide');
    expect(figures(b)).toEqual(['gdp@2021=8117.44', 'gdp@2022=8457.84', 'urbanization@2021=66.2', 'urbanization@2023=67.9', 'population@2021=902.85']);
    expect(codes(b)).toEqual(['4:error:not-a-number']);
    expect(b.changes[0]?.actual).toEqual({ year: 2021, value: 8117.44, source: '手工录入', status: 'reported' });
  });
});

describe('a block pasted into the grid', () => {
  const at = { indicators: ['gdp', 'population', 'urbanization'], years: [2020, 2021, 2022, 2023], row: 0, col: 2 };
  it('fills right and down from the focused cell; beyond the grid is refused', () => {
    const b = readGridPaste(plan(), '8457.84\t8900.44\t9537.12\n910.1\t\t\n-1\t67', at, defaults);
    expect(figures(b)).toEqual(['gdp@2022=8457.84', 'gdp@2023=8900.44', 'population@2022=910.1', 'urbanization@2023=67']);
    expect(codes(b)).toEqual(['1:error:outside-grid', '3:error:share-range']);
  });
  it('leaves a figure pasted unchanged as it is (source and growth stay)', () => {
    const b = readGridPaste(plan(), '8117.44', { ...at, col: 1 }, defaults);
    expect(b.changes).toEqual([]);
  });
  it('reads a block with headers as a table wherever it lands', () => {
    const b = readGridPaste(plan(), '指标\t年份\t数值\ngdp\t2022\t8457.84', { ...at, row: 2, col: 0 }, defaults);
    expect(figures(b)).toEqual(['gdp@2022=8457.84']);
  });
});

describe('a typed figure', () => {
  it('sets a figure with growth, source and status, and an empty value removes the year', () => {
    const p = plan();
    const set = readTypedFigure(p, { indicator: 'gdp', year: 2022, value: '8,457.84', realGrowth: '3.2%', source: '公报', status: 'preliminary' }, defaults);
    expect(set.changes[0]?.actual).toEqual({ year: 2022, value: 8457.84, realGrowth: 0.032, source: '公报', status: 'preliminary' });
    const removed = readTypedFigure(p, { indicator: 'gdp', year: 2021, value: '' }, defaults);
    expect(removed.changes).toEqual([{ indicator: 'gdp', year: 2021, actual: null, row: 1 }]);
    expect(readTypedFigure(p, { indicator: 'gdp', year: 2022, value: '' }, defaults).changes).toEqual([]);
  });

  it('a growth is typed as shown, with or without %: 1.1 and "1.1%" are 1.1%, stored exactly as 0.011', () => {
    const p = plan();
    for (const realGrowth of ['1.1', '1.1%', '１．１％']) {
      const set = readTypedFigure(p, { indicator: 'gdp', year: 2022, value: '8457.84', realGrowth }, defaults);
      expect(set.changes[0]?.actual?.realGrowth).toBe(0.011);
    }
    expect(1.1 / 100).not.toBe(0.011);
  });
});

describe('applying changes', () => {
  it('adds in year order, replaces, removes, keeps a series-break mark and leaves other indicators as they were', () => {
    const p = plan();
    (p.indicators[0]?.actuals?.[0] as { seriesBreak?: boolean }).seriesBreak = true;
    const next = applyActualChanges(p, [
      { indicator: 'gdp', year: 2023, actual: { year: 2023, value: 8900, source: 's', status: 'reported' }, row: 1 },
      { indicator: 'gdp', year: 2021, actual: { year: 2021, value: 8100, source: 's', status: 'revised' }, row: 2 },
      { indicator: 'urbanization', year: 2022, actual: { year: 2022, value: 67, source: 's', status: 'reported' }, row: 3 },
    ]);
    expect(next.indicators[0]?.actuals).toEqual([
      { year: 2021, value: 8100, source: 's', status: 'revised', seriesBreak: true },
      { year: 2023, value: 8900, source: 's', status: 'reported' },
    ]);
    expect(next.indicators[3]?.actuals).toEqual([{ year: 2022, value: 67, source: 's', status: 'reported' }]);
    expect(next.indicators[1]).toBe(p.indicators[1]);
    expect(p.indicators[0]?.actuals).toHaveLength(1);
    const removed = applyActualChanges(next, [{ indicator: 'urbanization', year: 2022, actual: null, row: 1 }]);
    expect(removed.indicators[3]?.actuals).toBeUndefined();
    expect(planFile.safeParse(next).success).toBe(true);
  });
  it('returns the same plan when nothing changes', () => {
    const p = plan();
    const same = p.indicators[0]?.actuals?.[0];
    expect(applyActualChanges(p, [{ indicator: 'gdp', year: 2021, actual: { ...(same as NonNullable<typeof same>) }, row: 1 }])).toBe(p);
  });
});
