/**
 * 从文本提取目标 / Extract targets from text: paste a plan or open a file, review the
 * statements found (tick, edit value and year, map to an indicator), accept them into
 * the plan with their sentence and section. The rules live in models/extract; this
 * only holds the review's state.
 */
import { Alert, App as AntApp, Button, Checkbox, Input, InputNumber, Modal, Segmented, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptCandidates, defaultMapping } from '../../models/extract/accept-candidates';
import type { Candidate, ExtractionResult } from '../../models/extract/candidate';
import { referenceKey } from '../../models/extract/draft-plan';
import { sourceTextOf } from '../../models/extract/source-text';
import type { Plan } from '../../models/plan/plan-schema';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { readDocument } from './read-document';
import { runExtraction } from './run-extraction';
import './extract.css';

const NEW = '__new__';

interface Props {
  open: boolean;
  onClose: () => void;
}

export default function ExtractDialog({ open, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const store = useWorkspaceStore();
  const plan = useWorkspace((s) => s.plan);
  const lang = useWorkspace((s) => s.lang);
  const [text, setText] = useState('');
  const [source, setSource] = useState<{ title: string; fileName?: string }>({ title: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExtractionResult | null>(null);
  /** The text the candidates were read from (offsets point into it): kept with the plan on accept. */
  const [extracted, setExtracted] = useState('');
  const [rows, setRows] = useState<Candidate[]>([]);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState<'forward' | 'all'>('forward');
  const fileInput = useRef<HTMLInputElement>(null);

  const reset = () => {
    setResult(null);
    setRows([]);
    setPicked(new Set());
    setMapping({});
    setError(null);
  };

  const extract = async (body: string) => {
    setBusy(true);
    setError(null);
    try {
      const found = await runExtraction(body);
      if (found.candidates.length === 0) {
        setError(t('extract.errors.noTargets', { sentences: found.sentences }));
        return;
      }
      setResult(found);
      setExtracted(body);
      setRows(found.candidates);
      setPicked(new Set());
      setMapping(plan ? defaultMapping(plan, found.candidates) : {});
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    const read = await readDocument(file.name, new Uint8Array(await file.arrayBuffer()));
    setBusy(false);
    if (!read.ok) {
      setError(t(read.key, read.params));
      return;
    }
    setText(read.text);
    setSource({ title: file.name.replace(/\.[^.]+$/, ''), fileName: file.name });
    await extract(read.text);
  };

  const shown = useMemo(() => (filter === 'forward' ? rows.filter((r) => r.forwardLooking) : rows), [rows, filter]);
  const update = (id: string, patch: Partial<Candidate>) => setRows((list) => list.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const toggle = (id: string, on: boolean) =>
    setPicked((set) => {
      const next = new Set(set);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  /** Several statements of one target (a summary and its chapter): keep the first, drop the rest. */
  const merge = () => {
    const chosen = rows.filter((r) => picked.has(r.id));
    const [keep, ...rest] = chosen;
    if (keep === undefined || rest.length === 0) return;
    const dropped = new Set(rest.map((r) => r.id));
    setRows((list) => list.filter((r) => !dropped.has(r.id)));
    setPicked(new Set([keep.id]));
    void message.info(t('extract.merged', { n: chosen.length, indicator: keep.indicator }));
  };

  const accept = async () => {
    if (plan === null) return;
    const chosen = rows.filter((r) => picked.has(r.id));
    const map = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v !== NEW));
    const title = source.title || t('extract.pastedTitle');
    const kept = await sourceTextOf(extracted, source.fileName ?? title, source.fileName ?? 'pasted');
    const out = acceptCandidates(plan, chosen, map, { title, ...(source.fileName ? { fileName: source.fileName } : {}), text: kept }, lang);
    if (out.plan !== plan) store.getState().applyPlan(out.plan);
    void message.success(t('extract.accepted', out.added));
    if (out.skipped.length > 0) {
      modal.warning({
        title: t('extract.skippedTitle', { n: out.skipped.length }),
        content: (
          <ul className="extract-skipped" data-testid="extract-skipped">
            {out.skipped.map((s) => {
              const c = rows.find((r) => r.id === s.id);
              return (
                <li key={s.id}>
                  {c ? `${c.indicator} ${c.value} ${c.unit}` : s.id}：{s.reason[lang]}
                </li>
              );
            })}
          </ul>
        ),
      });
    }
    if (out.added.targets + out.added.facts + out.added.bases > 0) {
      reset();
      onClose();
    }
  };

  const columns = useColumns(plan, { update, toggle, picked, mapping, setMapping });

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('extract.title')}
      width={1180}
      destroyOnHidden={false}
      data-testid="extract-dialog"
      footer={
        result
          ? [
              <Button key="back" onClick={reset} data-testid="extract-back">
                {t('extract.back')}
              </Button>,
              <Tooltip key="merge" title={t('extract.mergeTip')}>
                <Button disabled={picked.size < 2} onClick={merge} data-testid="extract-merge">
                  {t('extract.merge')}
                </Button>
              </Tooltip>,
              <Button key="accept" type="primary" disabled={picked.size === 0} onClick={() => void accept()} data-testid="extract-accept">
                {t('extract.accept', { n: picked.size })}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="run" type="primary" loading={busy} disabled={text.trim() === ''} onClick={() => void extract(text)} data-testid="extract-run">
                {t('extract.run')}
              </Button>,
            ]
      }
    >
      {error ? <Alert type="error" showIcon title={error} className="extract-error" data-testid="extract-error" /> : null}
      {result === null ? (
        <div className="extract-input">
          <p className="muted">{t('extract.intro')}</p>
          <Input.TextArea
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setSource({ title: '' });
            }}
            rows={12}
            placeholder={t('extract.placeholder')}
            aria-label={t('extract.textLabel')}
            data-testid="extract-text"
          />
          <Space className="extract-actions">
            <Button onClick={() => fileInput.current?.click()} data-testid="extract-open">
              {t('extract.openFile')}
            </Button>
            <span className="muted">{t('extract.fileTypes')}</span>
          </Space>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            data-testid="extract-file-input"
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      ) : (
        <div className="extract-review">
          <Space className="extract-summary" wrap>
            <span data-testid="extract-summary">
              {t('extract.summary', {
                total: rows.length,
                forward: rows.filter((r) => r.forwardLooking).length,
                period: result.context.period ? `“${result.context.period.name}” ${result.context.period.start}–${result.context.period.end}` : t('extract.noPeriod'),
              })}
            </span>
            <Segmented<'forward' | 'all'>
              size="small"
              value={filter}
              onChange={setFilter}
              options={[
                { value: 'forward', label: t('extract.onlyTargets') },
                { value: 'all', label: t('extract.all') },
              ]}
              data-testid="extract-filter"
            />
            <Checkbox
              checked={shown.length > 0 && shown.every((r) => picked.has(r.id))}
              indeterminate={shown.some((r) => picked.has(r.id)) && !shown.every((r) => picked.has(r.id))}
              onChange={(e) => setPicked((set) => new Set(e.target.checked ? [...set, ...shown.map((r) => r.id)] : [...set].filter((id) => !shown.some((r) => r.id === id))))}
              data-testid="extract-pick-all"
            >
              {t('extract.pickAll')}
            </Checkbox>
          </Space>
          <Table<Candidate>
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={shown}
            pagination={false}
            scroll={{ y: 460 }}
            onRow={(row) => ({ 'data-testid': `extract-row-${row.id}` }) as React.HTMLAttributes<HTMLElement>}
          />
        </div>
      )}
    </Modal>
  );
}

interface ColumnDeps {
  update: (id: string, patch: Partial<Candidate>) => void;
  toggle: (id: string, on: boolean) => void;
  picked: ReadonlySet<string>;
  mapping: Record<string, string>;
  setMapping: (next: (m: Record<string, string>) => Record<string, string>) => void;
}

function useColumns(plan: Plan | null, deps: ColumnDeps): ColumnsType<Candidate> {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  const options = useMemo(
    () => (plan?.indicators ?? []).map((i) => ({ value: i.id, label: `${i.name[lang]}（${i.unit}）` })),
    [plan, lang],
  );
  const { update, toggle, picked, mapping, setMapping } = deps;
  return [
    {
      key: 'pick',
      width: 36,
      render: (_, row) => (
        <Checkbox checked={picked.has(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} aria-label={t('extract.pick', { indicator: row.indicator })} data-testid={`extract-pick-${row.id}`} />
      ),
    },
    {
      title: t('extract.col.statement'),
      key: 'statement',
      render: (_, row) => (
        <div className="extract-statement">
          <strong>{row.indicator || '—'}</strong>
          <Tooltip title={<span>{row.sentence}</span>}>
            <div className="extract-sentence" data-testid={`extract-sentence-${row.id}`} data-sentence={row.sentence}>
              <Highlighted sentence={row.sentence} phrase={row.phrase} />
            </div>
          </Tooltip>
          <div className="extract-section muted">{row.section}</div>
        </div>
      ),
    },
    {
      title: t('extract.col.value'),
      key: 'value',
      width: 150,
      render: (_, row) =>
        row.reference ? (
          <span data-testid={`extract-in-step-${row.id}`}>{t('extract.inStepWith', { reference: row.reference.suggestion?.[lang] ?? row.reference.phrase })}</span>
        ) : (
          <Space size={2}>
            <span>{row.comparison}</span>
            <InputNumber size="small" value={row.value} onChange={(v) => typeof v === 'number' && update(row.id, { value: v })} style={{ width: 84 }} aria-label={t('extract.col.value')} />
            <span>{row.unit}</span>
          </Space>
        ),
    },
    {
      title: t('extract.col.year'),
      key: 'year',
      width: 86,
      render: (_, row) => (
        <InputNumber size="small" value={row.year ?? undefined} min={1949} max={2100} onChange={(v) => update(row.id, { year: typeof v === 'number' ? v : null })} style={{ width: 74 }} aria-label={t('extract.col.year')} />
      ),
    },
    {
      title: t('extract.col.kind'),
      key: 'kind',
      width: 110,
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <span>{t(`extract.kind.${row.kind}`)}</span>
          <Tag color={row.forwardLooking ? 'blue' : 'default'}>{row.forwardLooking ? t('extract.forward') : t('extract.backward')}</Tag>
        </Space>
      ),
    },
    {
      title: t('extract.col.confidence'),
      key: 'confidence',
      width: 64,
      render: (_, row) => row.confidence.toFixed(2),
    },
    {
      title: t('extract.col.indicator'),
      key: 'map',
      width: 210,
      render: (_, row) => {
        const own = (
          <Select
            size="small"
            style={{ width: 196 }}
            value={mapping[row.id] ?? NEW}
            onChange={(v) => setMapping((m) => ({ ...m, [row.id]: v }))}
            options={[{ value: NEW, label: t('extract.newIndicator', { name: row.suggestion?.[lang] ?? row.indicator }) }, ...options]}
            aria-label={t('extract.col.indicator')}
            data-testid={`extract-map-${row.id}`}
          />
        );
        if (!row.reference) return own;
        // 同步: the indicator it keeps pace with is mapped too.
        const key = referenceKey(row.id);
        const name = row.reference.suggestion?.[lang] ?? row.reference.phrase;
        return (
          <Space orientation="vertical" size={2}>
            {own}
            <Select
              size="small"
              style={{ width: 196 }}
              value={mapping[key] ?? NEW}
              onChange={(v) => setMapping((m) => ({ ...m, [key]: v }))}
              options={[{ value: NEW, label: t('extract.newIndicator', { name }) }, ...options]}
              aria-label={t('extract.referenceIndicator')}
              title={t('extract.referenceIndicator')}
              data-testid={`extract-map-reference-${row.id}`}
            />
          </Space>
        );
      },
    },
  ];
}

/** Characters of the sentence shown before the marked phrase (the whole one is in the tooltip). */
const LEAD = 36;

/** The sentence with the phrase that carries the number marked, starting near it. */
function Highlighted({ sentence, phrase }: { sentence: string; phrase: string }) {
  const at = phrase === '' ? -1 : sentence.indexOf(phrase);
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {at > LEAD ? `…${sentence.slice(at - LEAD, at)}` : sentence.slice(0, at)}
      <mark className="extract-mark">{phrase}</mark>
      {sentence.slice(at + phrase.length)}
    </>
  );
}
