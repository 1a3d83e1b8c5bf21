/**
 * 导入指标表 / Import indicators: choose an XLSX/CSV indicator table, choose the sheet,
 * check what each column holds (a guess from the header words), see what the import
 * adds and changes with every row problem, then import. The import is one undoable
 * plan edit (applyPlan), so Ctrl+Z takes it back whole. The rules live in
 * models/plan-import; this holds the dialog's state.
 */
import { Alert, App as AntApp, Button, Checkbox, InputNumber, Modal, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTRY_STATUSES, STATUS_LABELS } from '../../models/plan/actuals-input';
import { targetName } from '../../models/targets/target-name';
import type { DataStatus } from '../../models/plan/plan-schema';
import {
  cellText,
  COLUMN_ROLES,
  guessMapping,
  guessStatus,
  proposeImport,
  YEAR_ROLES,
  type ColumnMap,
  type ColumnRole,
  type ImportMapping,
  type ImportRowChange,
} from '../../models/plan-import';
import type { TableRows } from '../actuals/read-table-file';
import { readTableSheetsOffThread } from '../workers/read-table-in-worker';
import { tableReadError } from './table-read-error';
import { usePlatform } from '../platform/platform-context';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { figureText, problemText, targetText } from './import-text';
import './plan-import.css';

interface Props {
  open: boolean;
  onClose: () => void;
}

interface Loaded {
  name: string;
  sheets: TableRows[];
}

const MAX_PREVIEW_COLUMNS = 40;

/** "替换“经济总量跻身万亿元城市”": the plan's target an imported one replaces, by name (the plan's sentence on hover), not by id. */
function ReplacedTag({ id }: { id: string }) {
  const { t } = useTranslation();
  const plan = useWorkspace((s) => s.plan);
  const lang = useWorkspace((s) => s.lang);
  const old = plan?.targets.find((x) => x.id === id);
  return (
    <Tag className="pi-replaces" title={old?.sentence} data-replaces={id}>
      {t('planImport.replaces', { name: old ? targetName(old, lang) : id })}
    </Tag>
  );
}

export default function PlanImportDialog({ open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const api = usePlatform();
  const store = useWorkspaceStore();
  const plan = useWorkspace((s) => s.plan);
  const lang = useWorkspace((s) => s.lang);
  const [file, setFile] = useState<Loaded | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [status, setStatus] = useState<DataStatus>('reported');
  const [customUnits, setCustomUnits] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const rows = useMemo(() => file?.sheets[sheetIndex]?.rows ?? [], [file, sheetIndex]);

  const startSheet = (loaded: Loaded, index: number) => {
    const sheetRows = loaded.sheets[index]?.rows ?? [];
    if (plan === null) return;
    const guessed = guessMapping(sheetRows, plan);
    setSheetIndex(index);
    setMapping(guessed);
    setStatus(guessStatus(sheetRows, guessed));
    setError(sheetRows.length === 0 ? t('planImport.emptySheet') : null);
  };

  const choose = async () => {
    if (!api?.openDataFile) {
      setError(t('planImport.noFileApi'));
      return;
    }
    setBusy(true);
    let name = '';
    try {
      const picked = await api.openDataFile();
      if (picked === null) return;
      name = picked.name;
      const sheets = await readTableSheetsOffThread(picked.name, picked.bytes);
      const loaded = { name: picked.name, sheets };
      setFile(loaded);
      startSheet(loaded, 0);
    } catch (e) {
      setError(tableReadError(e, name, t));
    } finally {
      setBusy(false);
    }
  };

  const proposal = useMemo(
    () => (plan === null || mapping === null || file === null ? null : proposeImport(plan, rows, mapping, { fileName: file.name, status, customUnits, lang })),
    [plan, rows, mapping, file, status, customUnits, lang],
  );

  const setColumn = (index: number, patch: Partial<ColumnMap>) =>
    setMapping((m) => {
      if (m === null) return m;
      const columns = m.columns.map((c, i) => {
        if (i !== index) return c;
        const next: ColumnMap = { ...c, ...patch };
        if (!YEAR_ROLES.has(next.role)) return { role: next.role };
        // A year role picked for a column without one starts at the plan's base year (base) or its first period's end.
        if (next.year === undefined && plan !== null) next.year = next.role === 'base' ? plan.baseYear : (plan.periods[0]?.end ?? plan.baseYear + 5);
        if ((next.role === 'growth' || next.role === 'cumulative') && next.fromYear === undefined && plan !== null) next.fromYear = next.role === 'growth' ? plan.baseYear : plan.baseYear + 1;
        if (next.role !== 'growth' && next.role !== 'cumulative') delete next.fromYear;
        return next;
      });
      return { ...m, columns };
    });

  const close = () => {
    setFile(null);
    setMapping(null);
    setError(null);
    onClose();
  };

  const accept = () => {
    if (proposal === null || file === null) return;
    if (proposal.changes.length === 0 || proposal.plan === plan) {
      void message.warning(t('planImport.nothing'));
      return;
    }
    store.getState().applyPlan(proposal.plan);
    void message.success(
      t('planImport.accepted', {
        name: file.name,
        added: proposal.changes.filter((c) => c.isNew).length,
        updated: proposal.changes.filter((c) => !c.isNew).length,
        targets: proposal.changes.reduce((n, c) => n + c.targets.length, 0),
      }),
    );
    close();
  };

  const own = plan?.units ?? [];
  const header = mapping === null ? [] : (rows[mapping.headerRow] ?? []);
  const sampleOf = (col: number) => {
    if (mapping === null) return '';
    for (let i = mapping.headerRow + 1; i < rows.length; i++) {
      const text = cellText(rows[i]?.[col]);
      if (text !== '') return text;
    }
    return '';
  };

  const mappingColumns: ColumnsType<number> = [
    { title: t('planImport.column'), key: 'col', width: 56, render: (_, col) => col + 1 },
    { title: t('planImport.header'), key: 'header', width: 180, render: (_, col) => <span className="pi-header">{cellText(header[col])}</span> },
    { title: t('planImport.sample'), key: 'sample', width: 150, render: (_, col) => <span className="muted pi-sample">{sampleOf(col)}</span> },
    {
      title: t('planImport.role'),
      key: 'role',
      width: 200,
      render: (_, col) => (
        <select
          className="native-select"
          value={mapping?.columns[col]?.role ?? 'ignore'}
          aria-label={t('planImport.roleOf', { n: col + 1, header: cellText(header[col]) })}
          data-testid={`plan-import-role-${col}`}
          onChange={(e) => setColumn(col, { role: e.target.value as ColumnRole })}
        >
          {COLUMN_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`planImport.roles.${r}`)}
            </option>
          ))}
        </select>
      ),
    },
    {
      title: t('planImport.year'),
      key: 'year',
      render: (_, col) => {
        const c = mapping?.columns[col];
        if (c === undefined || !YEAR_ROLES.has(c.role)) return null;
        const span = c.role === 'growth' || c.role === 'cumulative';
        return (
          <Space size={4}>
            {span ? (
              <InputNumber
                size="small"
                min={1949}
                max={2100}
                value={c.fromYear ?? null}
                aria-label={t('planImport.fromYearOf', { n: col + 1 })}
                data-testid={`plan-import-from-${col}`}
                onChange={(v) => setColumn(col, { fromYear: v ?? undefined })}
              />
            ) : null}
            {span ? '—' : null}
            <InputNumber
              size="small"
              min={1949}
              max={2100}
              value={c.year ?? null}
              aria-label={t('planImport.yearOf', { n: col + 1 })}
              data-testid={`plan-import-year-${col}`}
              onChange={(v) => setColumn(col, { year: v ?? undefined })}
            />
          </Space>
        );
      },
    },
  ];

  const previewColumns: ColumnsType<ImportRowChange> = [
    { title: t('planImport.row'), dataIndex: 'row', key: 'row', width: 56 },
    {
      title: t('planImport.indicator'),
      key: 'indicator',
      width: 260,
      render: (_, c) => (
        <div>
          <div>{plan?.indicators.find((i) => i.id === c.indicator)?.name[lang] ?? proposal?.plan.indicators.find((i) => i.id === c.indicator)?.name[lang] ?? c.name}</div>
          <div className="muted pi-id">
            {c.indicator} · {t(`planImport.kinds.${c.kind}`)} · {c.unit}
          </div>
        </div>
      ),
    },
    {
      title: t('planImport.action'),
      key: 'action',
      width: 72,
      render: (_, c) => (c.isNew ? <Tag color="green">{t('planImport.new')}</Tag> : <Tag color="blue">{t('planImport.update')}</Tag>),
    },
    {
      title: t('planImport.base'),
      key: 'base',
      width: 170,
      render: (_, c) => (
        <div>
          {c.base ? (
            <div>
              {c.base.year}：{figureText(c.base.value, c.unit, lang, own)}
              {c.base.previous !== null && c.base.previous !== c.base.value ? <span className="muted"> （{t('planImport.was', { value: figureText(c.base.previous, c.unit, lang, own) })}）</span> : null}
            </div>
          ) : null}
          {c.actuals.map((a) => (
            <div key={a.year} className="muted">
              {t('planImport.actual', { year: a.year, value: figureText(a.value, c.unit, lang, own) })}
            </div>
          ))}
        </div>
      ),
    },
    {
      title: t('planImport.targets'),
      key: 'targets',
      render: (_, c) => (
        <ul className="pi-targets">
          {c.targets.map(({ target, replaces }) => (
            <li key={target.id} data-testid={`plan-import-target-${target.id}`}>
              {targetText(target, c.unit, lang, t, own)}
              {target.qualifier ? <span className="muted"> “{target.qualifier}”</span> : null}
              {replaces ? <ReplacedTag id={replaces} /> : null}
            </li>
          ))}
        </ul>
      ),
    },
  ];

  const counts = proposal
    ? {
        added: proposal.changes.filter((c) => c.isNew).length,
        updated: proposal.changes.filter((c) => !c.isNew).length,
        bases: proposal.changes.filter((c) => c.base !== undefined).length,
        targets: proposal.changes.reduce((n, c) => n + c.targets.length, 0),
        replaced: proposal.changes.reduce((n, c) => n + c.targets.filter((x) => x.replaces !== null).length, 0),
        problems: proposal.problems.length,
      }
    : null;
  const width = Math.min(mapping?.columns.length ?? 0, MAX_PREVIEW_COLUMNS);

  return (
    <Modal
      open={open}
      onCancel={close}
      title={t('planImport.title')}
      width={1100}
      data-testid="plan-import-dialog"
      footer={[
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Tooltip key="accept" title={t('planImport.acceptTip')}>
          <Button type="primary" disabled={proposal === null || proposal.changes.length === 0} onClick={accept} data-testid="plan-import-accept">
            {t('planImport.accept')}
          </Button>
        </Tooltip>,
      ]}
    >
      <p className="muted pi-intro">{t('planImport.intro')}</p>
      <Space className="pi-file" wrap>
        <Button onClick={() => void choose()} loading={busy} data-testid="plan-import-choose">
          {t('planImport.chooseFile')}
        </Button>
        {file ? (
          <span data-testid="plan-import-file">{file.name}</span>
        ) : (
          <span className="muted">{t('planImport.fileTypes')}</span>
        )}
        {file && file.sheets.length > 1 ? (
          <label>
            {t('planImport.sheet')}{' '}
            <select className="native-select" value={sheetIndex} onChange={(e) => startSheet(file, Number(e.target.value))} data-testid="plan-import-sheet">
              {file.sheets.map((s, i) => (
                <option key={s.sheet ?? i} value={i}>
                  {s.sheet ?? i + 1}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {mapping ? (
          <label>
            {t('planImport.headerRow')}{' '}
            <InputNumber
              size="small"
              min={1}
              max={Math.max(1, rows.length)}
              value={mapping.headerRow + 1}
              data-testid="plan-import-header-row"
              onChange={(v) => {
                if (v === null || plan === null) return;
                // A header row chosen by hand: the column guess follows it.
                const headerRow = Math.min(Math.max(0, v - 1), Math.max(0, rows.length - 1));
                setMapping(guessMapping(rows, plan, headerRow));
              }}
            />
          </label>
        ) : null}
        {mapping ? (
          <label>
            {t('planImport.status')}{' '}
            <select className="native-select" value={status} onChange={(e) => setStatus(e.target.value as DataStatus)} data-testid="plan-import-status">
              {ENTRY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s][lang]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {mapping ? (
          <Checkbox checked={customUnits} onChange={(e) => setCustomUnits(e.target.checked)} data-testid="plan-import-custom-units">
            {t('planImport.customUnits')}
          </Checkbox>
        ) : null}
      </Space>
      {error ? <Alert type="error" showIcon title={error} className="pi-error" data-testid="plan-import-error" /> : null}
      {mapping && proposal && counts ? (
        <>
          <h4 className="pi-h">{t('planImport.mappingTitle')}</h4>
          <Table<number>
            size="small"
            rowKey={(col) => col}
            columns={mappingColumns}
            dataSource={Array.from({ length: width }, (_, i) => i)}
            pagination={false}
            scroll={{ y: 240 }}
            data-testid="plan-import-mapping"
          />
          <h4 className="pi-h">{t('planImport.previewTitle')}</h4>
          <p data-testid="plan-import-summary">{t('planImport.summary', counts)}</p>
          <Table<ImportRowChange>
            size="small"
            rowKey="row"
            columns={previewColumns}
            dataSource={proposal.changes}
            pagination={false}
            scroll={{ y: 320 }}
            onRow={(c) => ({ 'data-testid': `plan-import-row-${c.row}` }) as React.HTMLAttributes<HTMLElement>}
            data-testid="plan-import-preview"
          />
          {proposal.problems.length > 0 ? (
            <div className="pi-problems">
              <h4 className="pi-h">{t('planImport.problemsTitle', { n: proposal.problems.length })}</h4>
              <ul data-testid="plan-import-problems">
                {proposal.problems.map((p, i) => (
                  <li key={`${p.row}-${p.column ?? '-'}-${p.code}-${i}`} data-code={p.code} data-row={p.row} className={`pi-${p.severity}`}>
                    <Tag color={p.severity === 'error' ? 'red' : 'orange'}>{t(`planImport.${p.severity}`)}</Tag>
                    {problemText(p, lang, t)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
    </Modal>
  );
}
