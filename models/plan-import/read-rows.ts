/**
 * The data rows of a mapped table, one draft per indicator: the indicator (an existing
 * one matched by name, or a new one), its base value, figures of other years, and its
 * targets. Every cell that cannot be read is named with its row and column; nothing is
 * dropped without a problem saying why.
 */
import { indicatorMatcher, parseStatus } from '../plan/actuals-input';
import { ABOUT_GROWTH_TOLERANCE, COMPARISON_WORDS, comparisonIn } from '../targets/comparison-words';
import { LEXICON } from '../extract/lexicon';
import type { ActualValue, Comparison, CustomUnit, DataStatus, Indicator, IndicatorKind, Plan, Target } from '../plan/plan-schema';
import { normalizeNumberText } from '../numbers/table-text';
import { tryConvertUnit, unitRegistry, type UnitRegistry } from '../numbers/unit-registry';
import { cellText, parseFigureCell, type CellFigure } from './import-cells';
import type { ColumnMap, ImportCell, ImportMapping, ImportOptions, ImportProblem } from './import-types';
import { attributeNote, bindingOfAttribute, growthRowOf, matchUnit, parseKind, splitNameUnit } from './row-words';

export interface DraftTarget {
  target: Target;
  column: number;
  row: number;
}

export interface RowDraft {
  row: number;
  name: string;
  indicator: Indicator;
  isNew: boolean;
  /** The base value given (else the indicator's own stays). */
  baseSet: boolean;
  previousBase: number | null;
  actuals: ActualValue[];
  targets: DraftTarget[];
  customUnit?: CustomUnit;
}

type NumberFigure = Extract<CellFigure, { kind: 'number' }>;
/** A target without what the row gives every target (distributes over the union of target types). */
type TargetBody = Target extends infer T ? (T extends Target ? Omit<T, 'id' | 'indicator' | 'sentence' | 'section'> : never) : never;

const round12 = (x: number) => Number(x.toPrecision(12));
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A lexicon entry whose name or alias is exactly the row's name. */
function lexiconEntry(name: string) {
  const n = normalizeNumberText(name);
  return LEXICON.find((e) => e.zh === n || e.aliases.includes(n));
}

function comparisonOfWord(text: string): Comparison | undefined {
  const s = normalizeNumberText(text);
  if (s === '') return undefined;
  const signs: Record<string, Comparison> = { '≥': '>=', '>=': '>=', '>': '>', '≤': '<=', '<=': '<=', '<': '<', 以下: '<=', 低于: '<', 高于: '>' };
  if (signs[s] !== undefined) return signs[s];
  return (COMPARISON_WORDS.find((w) => w.word === s) ?? comparisonIn(s))?.comparison;
}

export interface ReadContext {
  plan: Plan;
  rows: readonly (readonly ImportCell[])[];
  mapping: ImportMapping;
  options: ImportOptions;
}

export function readRows({ plan, rows, mapping, options }: ReadContext): { drafts: RowDraft[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const drafts: RowDraft[] = [];
  const cols = mapping.columns;
  const header = rows[mapping.headerRow] ?? [];
  const headerOf = (c: number) => cellText(header[c]) || `#${c + 1}`;
  const rowNo = (i: number) => i + 1;
  const indexOf = (role: ColumnMap['role']) => cols.findIndex((c) => c.role === role);
  const nameCol = indexOf('name');
  if (nameCol < 0) {
    problems.push({ severity: 'error', code: 'no-name-column', row: rowNo(mapping.headerRow) });
    return { drafts, problems };
  }
  const at = (cells: readonly ImportCell[], c: number) => (c < 0 ? '' : cellText(cells[c]));
  const problem = (p: Omit<ImportProblem, 'header'>) => problems.push(p.column === undefined ? p : { ...p, header: headerOf(p.column) });

  const registry0: UnitRegistry = unitRegistry(plan.units ?? []);
  const customUnits = new Map<string, CustomUnit>();
  const registry = () => (customUnits.size === 0 ? registry0 : unitRegistry([...(plan.units ?? []), ...customUnits.values()]));
  const match = indicatorMatcher(plan);
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const taken = new Set(plan.indicators.map((i) => i.id));
  const longForm = indexOf('targetYear') >= 0 && indexOf('targetValue') >= 0;
  const draftsByName = new Map<string, RowDraft>();
  /** Indicators that had a row of their own (not only a growth row). */
  const levelRows = new Set<string>();
  let newCount = 0;
  const newId = (name: string) => {
    const lex = lexiconEntry(name)?.id;
    if (lex !== undefined && !taken.has(lex)) {
      taken.add(lex);
      return lex;
    }
    let id: string;
    do id = `imported_${++newCount}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
  const targetYears = cols.flatMap((c, i) => (c.role === 'target' && c.year !== undefined ? [{ year: c.year, col: i }] : [])).sort((a, b) => a.year - b.year);

  for (let i = mapping.headerRow + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const filled = cells.map(cellText).filter((t) => t !== '');
    if (filled.length === 0) continue;
    const row = rowNo(i);
    const written = at(cells, nameCol);
    if (written === '') {
      problem({ severity: 'error', code: 'no-name', row, column: nameCol });
      continue;
    }
    // 地区生产总值（亿元）: a unit in brackets; 每千人口执业（助理）医师数 keeps its brackets.
    const bracketed0 = splitNameUnit(written);
    const split = bracketed0.unit !== '' && matchUnit(bracketed0.unit, registry()) === null ? { name: written, unit: '' } : bracketed0;
    const growthOf = growthRowOf(split.name);
    const unitText = at(cells, indexOf('unit')) || split.unit;
    const growthRow = growthOf !== null && (unitText === '' || /^(%|％|百分比)$/.test(unitText));
    const indicatorName = growthRow ? (growthOf as string) : split.name;

    const figures = cols.some((c, k) => ['base', 'target', 'growth', 'cumulative', 'targetValue'].includes(c.role) && at(cells, k) !== '');
    if (!figures) {
      problem({ severity: 'warning', code: 'no-figures', row, column: nameCol, cell: written });
      continue;
    }

    const key = normalizeNumberText(indicatorName).toLowerCase();
    let draft = draftsByName.get(key);
    if (draft !== undefined && !longForm && !growthRow && levelRows.has(key)) {
      // The same indicator twice in a wide table: the first row stands.
      const first = draft.row;
      problem({ severity: 'error', code: 'duplicate-row', row, column: nameCol, cell: written, params: { first } });
      continue;
    }

    // Unit of the row, in the registry.
    let unitMatch = unitText === '' ? null : matchUnit(unitText, registry());
    if (unitText !== '' && unitMatch === null && !growthRow) {
      if (options.customUnits && /^\S{1,24}$/.test(unitText)) {
        const u: CustomUnit = { id: unitText, name: { zh: unitText, en: unitText } };
        customUnits.set(unitText, u);
        unitMatch = { unit: unitText, factor: 1 };
      } else {
        problem({ severity: 'error', code: 'unknown-unit', row, column: indexOf('unit') >= 0 ? indexOf('unit') : nameCol, cell: unitText });
        continue;
      }
    }

    const existing = draft?.indicator ?? match(indicatorName) ?? match(written) ?? byId.get(lexiconEntry(indicatorName)?.id ?? '');
    const kindText = at(cells, indexOf('kind'));
    const kindGiven = kindText === '' ? undefined : parseKind(kindText);
    if (kindText !== '' && kindGiven === undefined) problem({ severity: 'warning', code: 'unknown-kind', row, column: indexOf('kind'), cell: kindText });
    const bracketed = cols.some((c, k) => (c.role === 'target' || c.role === 'targetValue') && /^[〔[［【]/.test(at(cells, k)));
    const hasCumulative = bracketed || cols.some((c, k) => c.role === 'cumulative' && at(cells, k) !== '');
    const hasLevel = cols.some((c, k) => (c.role === 'base' || c.role === 'target' || c.role === 'targetValue') && at(cells, k) !== '' && !/^[〔[［【]/.test(at(cells, k)));

    if (draft === undefined) {
      let indicator: Indicator;
      let isNew = false;
      if (existing !== undefined) {
        indicator = structuredClone(existing);
      } else {
        isNew = true;
        const lex = lexiconEntry(indicatorName);
        const unit = unitMatch?.unit ?? (growthRow ? (lex && registry().has(lex.unit) ? lex.unit : '指数') : '指数');
        const kind: IndicatorKind = kindGiven ?? (growthRow ? 'level' : unit === '%' || unit === '‰' ? 'share' : hasCumulative && !hasLevel ? 'flow' : 'level');
        const enCell = at(cells, indexOf('nameEn'));
        indicator = {
          id: newId(indicatorName),
          name: { zh: clip(indicatorName, 200), en: clip(enCell || lex?.en || `Untranslated: ${indicatorName}`, 200) },
          unit,
          kind,
          basis: /元$/.test(unit) ? 'nominal' : 'none',
          base: { year: plan.baseYear, value: null, source: options.lang === 'zh' ? `待核：“${options.fileName}”中没有基期值` : `To check: no base value in "${options.fileName}"`, status: 'missing' },
        };
      }
      draft = { row, name: written, indicator, isNew, baseSet: false, previousBase: existing?.base?.value ?? null, actuals: [], targets: [] };
      const custom = unitMatch ? customUnits.get(unitMatch.unit) : undefined;
      if (custom && isNew) draft.customUnit = custom;
      draftsByName.set(key, draft);
      drafts.push(draft);
    }
    const d = draft;
    const ind = d.indicator;
    if (!growthRow && !levelRows.has(key)) {
      levelRows.add(key);
      // A new indicator first met in its growth row takes the unit and kind of its own row.
      if (d.isNew && d.row !== row) {
        if (unitMatch) {
          ind.unit = unitMatch.unit;
          ind.basis = /元$/.test(unitMatch.unit) ? 'nominal' : 'none';
        }
        if (kindGiven) ind.kind = kindGiven;
      }
    }
    const note = attributeNote(at(cells, indexOf('attribute')));
    const binding = bindingOfAttribute(at(cells, indexOf('attribute')));
    const remark = at(cells, indexOf('note'));
    if (d.isNew && (note || remark)) {
      const zh = [note?.zh, remark].filter(Boolean).join('；');
      const en = [note?.en, remark].filter(Boolean).join('; ');
      ind.note = { zh: clip(zh, 2000), en: clip(en, 2000) };
    }

    /** A figure in the indicator's unit: the row's unit, or the unit written in the cell. */
    const inUnit = (f: NumberFigure, column: number, cell: string): number | null => {
      let value = f.value;
      let from = unitMatch;
      let written = f.unit === '%' || f.unit === '' ? null : f.unit;
      // A bare magnitude (950万 in a 万人 row, 1.1万亿 in a 亿元 row) takes the indicator's unit.
      if (written === '万' || written === '亿' || written === '万亿') written += ind.unit.replace(/^(万亿|亿|万)/, '');
      if (written !== null) from = matchUnit(written, registry());
      if (written !== null && from === null) {
        problem({ severity: 'error', code: 'unknown-unit', row, column, cell });
        return null;
      }
      if (from === null) return value;
      value *= from.factor;
      const conv = tryConvertUnit(value, from.unit, ind.unit, registry());
      if (!conv.ok) {
        problem({ severity: 'error', code: 'unit-mismatch', row, column, cell, params: { unit: from.unit, expected: ind.unit } });
        return null;
      }
      return round12(conv.value);
    };
    const readFigure = (column: number): { f: CellFigure; cell: string } => {
      const cell = at(cells, column);
      const f = parseFigureCell(rows[i]?.[column]);
      if (f.kind === 'text') problem({ severity: 'error', code: 'not-a-number', row, column, cell });
      return { f, cell };
    };
    const rowComparisonText = at(cells, indexOf('comparison'));
    const rowComparison = comparisonOfWord(rowComparisonText);
    if (rowComparisonText !== '' && rowComparison === undefined) problem({ severity: 'warning', code: 'unknown-comparison', row, column: indexOf('comparison'), cell: rowComparisonText });
    const sentenceOf = (column: number, cell: string) =>
      clip(`${written}${unitText && !written.includes(unitText) ? `（${unitText}）` : ''}：${headerOf(column)} ${cell}`, 2000);
    const section = clip(options.lang === 'zh' ? `“${options.fileName}”第${row}行` : `"${options.fileName}", row ${row}`, 300);
    const inRange = (year: number, column: number, cell: string, min: number) => {
      if (year >= min && year <= plan.horizon) return true;
      problem({ severity: 'error', code: 'year-range', row, column, cell, params: { year, from: min, to: plan.horizon } });
      return false;
    };
    const addTarget = (column: number, t: TargetBody, cell: string, qualifier?: string) => {
      d.targets.push({
        column,
        row,
        target: {
          ...t,
          id: '',
          indicator: ind.id,
          sentence: sentenceOf(column, cell),
          section,
          ...(qualifier ? { qualifier: clip(qualifier, 40) } : {}),
          ...(binding ? { binding } : {}),
        } as Target,
      });
    };
    const growthTarget = (column: number, f: NumberFigure, cell: string, from: number, to: number) => {
      if (!inRange(to, column, cell, plan.baseYear + 1)) return;
      const value = round12(f.value / 100);
      if (value <= -1 || value > 1) {
        problem({ severity: 'error', code: 'growth-range', row, column, cell });
        return;
      }
      addTarget(
        column,
        {
          type: 'average-growth',
          from: Math.min(from, to - 1),
          to,
          comparison: f.comparison ?? rowComparison ?? '>=',
          value,
          ...(f.about ? { tolerance: ABOUT_GROWTH_TOLERANCE } : {}),
          basis: 'real',
        },
        cell,
        f.qualifier,
      );
    };
    /** A figure in a target column (or the long form's target value) for `year`. */
    const targetFigure = (column: number, year: number, previousYear: number) => {
      const { f, cell } = readFigure(column);
      if (f.kind === 'empty' || f.kind === 'text') return;
      if (!inRange(year, column, cell, plan.baseYear + 1)) return;
      if (f.kind === 'multiple') {
        if (ind.kind === 'share' || ind.kind === 'flow') {
          problem({ severity: 'error', code: 'multiple-needs-level', row, column, cell, params: { kind: ind.kind } });
          return;
        }
        const ofYear = f.ofYear !== undefined && f.ofYear < year ? f.ofYear : previousYear;
        addTarget(column, { type: 'multiple', year, ofYear, factor: round12(f.factor), comparison: f.comparison, basis: 'real' }, cell, f.qualifier);
        return;
      }
      if (growthRow || /年均|增速/.test(cell)) {
        growthTarget(column, f, cell, previousYear, year);
        return;
      }
      if (f.cumulative) {
        if (ind.kind !== 'flow') {
          problem({ severity: 'error', code: 'cumulative-needs-flow', row, column, cell, params: { kind: ind.kind } });
          return;
        }
        const value = inUnit(f, column, cell);
        if (value === null) return;
        addTarget(column, { type: 'cumulative', from: previousYear + 1, to: year, comparison: f.comparison ?? rowComparison ?? '>=', value }, cell, f.qualifier);
        return;
      }
      if (f.unit === '%' && ind.unit !== '%') {
        problem({ severity: 'error', code: 'unit-mismatch', row, column, cell, params: { unit: '%', expected: ind.unit } });
        return;
      }
      const value = inUnit(f, column, cell);
      if (value === null) return;
      const qualifier = f.about ? (f.qualifier ?? '左右') : f.qualifier;
      addTarget(column, { type: 'threshold', year, comparison: f.comparison ?? rowComparison ?? '>=', value }, cell, qualifier);
    };

    cols.forEach((c, column) => {
      const year = c.year;
      switch (c.role) {
        case 'base': {
          const { f, cell } = readFigure(column);
          if (f.kind === 'empty' || f.kind === 'text' || year === undefined) return;
          if (growthRow) {
            problem({ severity: 'warning', code: 'growth-of-base', row, column, cell });
            return;
          }
          if (f.kind !== 'number' || f.cumulative) {
            problem({ severity: 'error', code: 'not-a-number', row, column, cell });
            return;
          }
          const value = inUnit(f, column, cell);
          if (value === null) return;
          const statusText = at(cells, indexOf('status'));
          let status: DataStatus = options.status;
          if (statusText !== '') {
            const s = parseStatus(statusText);
            if (s === undefined) problem({ severity: 'warning', code: 'unknown-status', row, column: indexOf('status'), cell: statusText, params: { used: options.status } });
            else status = s;
          }
          const source = clip(at(cells, indexOf('source')) || (options.lang === 'zh' ? `从“${options.fileName}”第${row}行导入` : `imported from "${options.fileName}", row ${row}`), 1000);
          if (ind.kind === 'derived' && year >= plan.baseYear && year <= plan.horizon) {
            // A derived indicator's base comes from its formula: the figure is kept as a reported one, which overrides it.
            problem({ severity: 'warning', code: 'derived-base', row, column, cell });
            d.actuals.push({ year, value, source, status: status === 'missing' ? 'reported' : status });
          } else if (year === plan.baseYear) {
            ind.base = { year, value, source, status };
            d.baseSet = true;
          } else if (year > plan.baseYear && year <= plan.horizon) {
            d.actuals.push({ year, value, source, status: status === 'missing' ? 'reported' : status });
          } else {
            problem({ severity: 'error', code: 'base-year-not-plan', row, column, cell, params: { year, base: plan.baseYear } });
          }
          return;
        }
        case 'target': {
          if (year === undefined) return;
          const previous = targetYears.filter((t) => t.year < year && at(cells, t.col) !== '').map((t) => t.year);
          targetFigure(column, year, previous.length > 0 ? (previous[previous.length - 1] as number) : plan.baseYear);
          return;
        }
        case 'growth': {
          const { f, cell } = readFigure(column);
          if (f.kind === 'empty' || f.kind === 'text' || year === undefined) return;
          if (f.kind === 'multiple' || f.cumulative) {
            problem({ severity: 'error', code: 'not-a-number', row, column, cell });
            return;
          }
          growthTarget(column, f, cell, c.fromYear ?? plan.baseYear, year);
          return;
        }
        case 'cumulative': {
          const { f, cell } = readFigure(column);
          if (f.kind === 'empty' || f.kind === 'text' || year === undefined) return;
          if (f.kind === 'multiple') {
            problem({ severity: 'error', code: 'not-a-number', row, column, cell });
            return;
          }
          if (ind.kind !== 'flow') {
            problem({ severity: 'error', code: 'cumulative-needs-flow', row, column, cell, params: { kind: ind.kind } });
            return;
          }
          if (!inRange(year, column, cell, plan.baseYear + 1)) return;
          const value = inUnit(f, column, cell);
          if (value === null) return;
          const from = Math.max(c.fromYear ?? plan.baseYear + 1, plan.baseYear + 1);
          addTarget(column, { type: 'cumulative', from: Math.min(from, year), to: year, comparison: f.comparison ?? rowComparison ?? '>=', value }, cell, f.qualifier);
          return;
        }
        case 'targetValue': {
          const yearCol = indexOf('targetYear');
          const yearText = normalizeNumberText(at(cells, yearCol));
          const y = /^(\d{4})(?:年|年度)?$/.exec(yearText);
          if (at(cells, column) === '') return;
          if (!y) {
            problem({ severity: 'error', code: 'not-a-number', row, column: yearCol, cell: at(cells, yearCol) });
            return;
          }
          targetFigure(column, Number(y[1]), plan.baseYear);
          return;
        }
        default:
          return;
      }
    });
  }
  return { drafts, problems };
}
