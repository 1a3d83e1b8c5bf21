/**
 * 实际数据 / Actuals: the reported figures of every indicator × year, with source and
 * status per cell (and real growth for money levels). Fill it by typing, by pasting a
 * block copied from Excel (from the focused cell, or a table with headers anywhere), or
 * by importing an XLSX/CSV. Every change is one undoable plan edit (autosaved, saved
 * with the file); refused cells are listed with row and reason, nothing else is lost.
 *
 * Keyboard: the grid is one Tab stop; arrow keys, Home/End move; Enter, F2 or a digit
 * edits the cell; Enter writes it, Escape leaves it; Delete removes the figure.
 * Ctrl+V pastes from the focused cell.
 */
import { ImportOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readActualsRows, readGridPaste, readTypedFigure, STATUS_LABELS, takesRealGrowth, type ActualsBatch, type ActualsDefaults } from '../../models/plan/actuals-input';
import { formatNumber } from '../../models/numbers/format';
import { isReportedStatus } from '../../models/engine/reported-path';
import type { ActualValue, Indicator, Plan } from '../../models/plan/plan-schema';
import { unitInfo } from '../../models/numbers/units';
import { usePlatform } from '../platform/platform-context';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { ActualsIssues, type ActualsOutcome } from './actuals-issues';
import { CellEditor } from './cell-editor';
import { actualAt, editText } from './grid-layout';
import { actualsGridYears, actualsYearGroups, isHistoryYear } from '../../models/plan/actuals-years';
import { readTableFileOffThread } from '../workers/read-table-in-worker';
import { tableReadError } from '../plan-import/table-read-error';
import './actuals.css';

export interface ActualsViewProps {
  plan: Plan;
  /** The current year (the grid reaches at least this far); the clock's by default. */
  currentYear?: number;
}

interface Pos {
  r: number;
  c: number;
}

const cellId = (r: number, c: number) => `actuals-cell-${r}-${c}`;

export default function ActualsView({ plan, currentYear = new Date().getFullYear() }: ActualsViewProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const store = useWorkspaceStore();
  const api = usePlatform();
  const lang = useWorkspace((s) => s.lang);
  const years = useMemo(() => actualsGridYears(plan, currentYear), [plan, currentYear]);
  const indicators = plan.indicators;
  const [pos, setPos] = useState<Pos>({ r: 0, c: Math.max(0, years.length - 2) });
  const [editing, setEditing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ActualsOutcome | null>(null);
  const [importing, setImporting] = useState(false);
  const gridRef = useRef<HTMLTableElement>(null);

  const groups = useMemo(() => actualsYearGroups(plan, years), [plan, years]);
  const yearClass = (y: number) => (isHistoryYear(plan, y) ? 'history' : y === plan.baseYear ? 'base-year' : 'plan-year');
  const yearLabel = (y: number) => (isHistoryYear(plan, y) ? t('actuals.historyYear', { year: y }) : y === plan.baseYear ? t('actuals.baseYearLabel', { year: y }) : String(y));

  const r = Math.min(pos.r, indicators.length - 1);
  const c = Math.min(pos.c, years.length - 1);
  const current = indicators[r] as Indicator;
  const year = years[c] as number;
  const existing = actualAt(plan, current.id, year);

  const focusCell = (next: Pos) => {
    setPos(next);
    setEditing(null);
    // Not away from a cell's input opened in the meantime (Enter pressed right after the click).
    requestAnimationFrame(() => {
      if (!(document.activeElement instanceof HTMLInputElement && gridRef.current?.contains(document.activeElement))) document.getElementById(cellId(next.r, next.c))?.focus();
    });
  };

  /** Write a batch as one undo step and say what happened. */
  const apply = (batch: ActualsBatch, what: string) => {
    const result = store.getState().applyActuals(batch.changes);
    const applied = result.ok ? batch.changes.length : 0;
    // Base values taken with the figures (or left, where the user's own differs) are always said.
    const basesTaken = result.basesTaken ?? [];
    const basesDiffer = (result.basesDiffer ?? []).map((d) => d.indicator);
    // A figure typed without a problem needs no report; a paste or an import always gets one.
    const quiet = batch.form === 'cell' && batch.issues.length === 0 && basesTaken.length + basesDiffer.length === 0;
    setOutcome(quiet ? null : { what, applied, issues: batch.issues, basesTaken, basesDiffer });
    return applied;
  };

  const defaults = (source: string): ActualsDefaults => ({ source, status: 'reported' });

  /** A value typed into the cell: the figure's growth, source and status stay as they were. */
  const commitTyped = (text: string) => {
    const input = { indicator: current.id, year, value: text, source: existing?.source ?? '', status: existing?.status ?? '', note: existing?.note ?? '', realGrowth: existing?.realGrowth === undefined ? '' : editText(existing.realGrowth * 100) };
    apply(readTypedFigure(plan, input, defaults(t('actuals.typedSource'))), t('actuals.typed'));
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(cellId(r, c))?.focus());
  };

  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData.getData('text/plain');
    // A single value pasted into the cell being edited is the input's business.
    if (editing !== null && !/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    if (text.trim() === '') return;
    const batch = readGridPaste(plan, text, { indicators: indicators.map((i) => i.id), years, row: r, col: c }, defaults(t('actuals.pastedSource')));
    setEditing(null);
    apply(batch, t('actuals.pasted'));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (editing !== null) return;
    const move = (dr: number, dc: number) => {
      e.preventDefault();
      focusCell({ r: Math.max(0, Math.min(indicators.length - 1, r + dr)), c: Math.max(0, Math.min(years.length - 1, c + dc)) });
    };
    switch (e.key) {
      case 'ArrowUp':
        return move(-1, 0);
      case 'ArrowDown':
        return move(1, 0);
      case 'ArrowLeft':
        return move(0, -1);
      case 'ArrowRight':
        return move(0, 1);
      case 'Home':
        return move(0, -c);
      case 'End':
        return move(0, years.length - 1 - c);
      case 'Enter':
      case 'F2':
        e.preventDefault();
        setEditing(editText(existing?.value));
        return;
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        if (existing) apply(readTypedFigure(plan, { indicator: current.id, year, value: '' }, defaults('')), t('actuals.removed'));
        return;
      default:
        if (!e.ctrlKey && !e.metaKey && !e.altKey && /^[0-9.\-０-９]$/.test(e.key)) {
          e.preventDefault();
          setEditing(e.key);
        }
    }
  };

  const importFile = async () => {
    if (!api?.openDataFile) {
      void message.error(t('actuals.importNone'));
      return;
    }
    setImporting(true);
    let name = '';
    try {
      const file = await api.openDataFile();
      if (file === null) return;
      name = file.name;
      const table = await readTableFileOffThread(file.name, file.bytes);
      const batch = readActualsRows(plan, table.rows, defaults(t('actuals.importSource', { name: file.name })));
      apply(batch, t('actuals.imported', { name: file.name }));
    } catch (error) {
      void message.error(name === '' ? t('actuals.importFailed', { reason: error instanceof Error ? error.message : String(error) }) : tableReadError(error, name, t));
    } finally {
      setImporting(false);
    }
  };

  return (
    <div className="actuals-view" data-testid="actuals-view">
      <div className="actuals-toolbar">
        <p className="actuals-intro muted">
          {t('actuals.intro')} <span data-testid="actuals-every-scenario">{t('actuals.everyScenario')}</span>
        </p>
        <Button icon={<ImportOutlined />} onClick={() => void importFile()} loading={importing} data-testid="actuals-import">
          {t('actuals.import')}
        </Button>
      </div>
      <ActualsIssues plan={plan} outcome={outcome} lang={lang} onClose={() => setOutcome(null)} />
      <div className="actuals-scroll">
        <table
          ref={gridRef}
          className="actuals-grid"
          role="grid"
          aria-label={t('actuals.grid')}
          aria-describedby="actuals-help"
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          data-testid="actuals-grid"
        >
          <thead>
            <tr role="row" className="actuals-groups" data-testid="actuals-groups">
              <th role="columnheader" scope="col" rowSpan={2} className="actuals-name-head">
                {t('actuals.indicator')}
              </th>
              {groups.map((g) => (
                <th key={g.kind} role="columnheader" scope="colgroup" colSpan={g.span} className={`actuals-group ${g.kind}`} title={g.kind === 'history' ? t('actuals.historyTip') : undefined} data-testid={`actuals-group-${g.kind}`}>
                  {t(`actuals.group.${g.kind}`)}
                </th>
              ))}
            </tr>
            <tr role="row" className="actuals-years" data-testid="actuals-years">
              {years.map((y) => (
                <th key={y} role="columnheader" scope="col" className={yearClass(y)} aria-label={yearLabel(y)}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indicators.map((ind, ri) => (
              <tr key={ind.id} role="row" data-testid={`actuals-row-${ind.id}`}>
                <th role="rowheader" scope="row" className="actuals-name">
                  {ind.name[lang]}
                  <span className="muted"> {unitInfo(ind.unit, plan.units)[lang] || ''}</span>
                </th>
                {years.map((y, ci) => {
                  const a = ind.actuals?.find((x) => x.year === y);
                  const active = ri === r && ci === c;
                  return (
                    <td
                      key={y}
                      id={cellId(ri, ci)}
                      role="gridcell"
                      tabIndex={active ? 0 : -1}
                      aria-selected={active}
                      className={`actuals-cell ${yearClass(y)}${active ? ' active' : ''}${a ? ` status-${a.status}` : ''}${a && !isReportedStatus(a.status) ? ' not-reported' : ''}`}
                      onClick={() => {
                        // A click in the cell being edited is the input's (placing the caret).
                        if (!(active && editing !== null)) focusCell({ r: ri, c: ci });
                      }}
                      onDoubleClick={() => {
                        setPos({ r: ri, c: ci });
                        setEditing(editText(a?.value));
                      }}
                      data-testid={`actual-${ind.id}-${y}`}
                      data-value={a?.value}
                      title={a ? `${a.source} · ${STATUS_LABELS[a.status][lang]}${isReportedStatus(a.status) ? '' : ` · ${t('actuals.notReported')}`}` : undefined}
                    >
                      {active && editing !== null ? (
                        <input
                          className="actuals-input"
                          autoFocus
                          value={editing}
                          aria-label={t('actuals.cellLabel', { indicator: ind.name[lang], year: y })}
                          onChange={(e) => setEditing(e.target.value)}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter' || e.key === 'Tab') {
                              e.preventDefault();
                              commitTyped(editing);
                            } else if (e.key === 'Escape') {
                              e.preventDefault();
                              focusCell({ r: ri, c: ci });
                            }
                          }}
                          onBlur={() => setEditing(null)}
                          data-testid="actuals-input"
                        />
                      ) : (
                        <CellText actual={a} indicator={ind} lang={lang} units={plan.units} />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="actuals-help" className="actuals-help muted">
        {t('actuals.help')}
      </p>
      <CellEditor
        key={`${current.id}-${year}-${existing ? JSON.stringify(existing) : ''}`}
        plan={plan}
        indicator={current}
        year={year}
        actual={existing}
        lang={lang}
        onApply={(batch) => apply(batch, t('actuals.typed'))}
      />
    </div>
  );
}

function CellText({ actual, indicator, lang, units }: { actual: ActualValue | undefined; indicator: Indicator; lang: 'zh' | 'en'; units: Plan['units'] }) {
  if (actual === undefined) return <span className="actuals-empty">·</span>;
  // A plan's own unit by its decimals (and, above, its name in the chosen language).
  const decimals = Math.max(unitInfo(indicator.unit, units).decimals, 0);
  return (
    <span className="actuals-figure">
      <span className="actuals-value">{formatNumber(actual.value, decimals)}</span>
      <span className="actuals-meta">
        {takesRealGrowth(indicator) && actual.realGrowth !== undefined ? <span className="actuals-growth">{formatNumber(actual.realGrowth * 100, 1)}%</span> : null}
        <span className={`actuals-status status-${actual.status}`}>{STATUS_LABELS[actual.status][lang]}</span>
      </span>
    </span>
  );
}
