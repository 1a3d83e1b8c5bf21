/**
 * 规划对比 / Compare two plans: the open plan (A) beside another (B) — the plan a next plan
 * was started from, or any plan file opened here. Targets side by side (threshold, year,
 * value, verdict, required or achieved growth), the indicators found in one plan only,
 * and one indicator's two paths on one chart.
 */
import { Alert, Button, Modal, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { comparedPath, comparePlans } from '../../models/plan/compare-plans';
import { compareLegendNames } from '../../models/plan/short-plan-names';
import { unitLabel } from '../../models/numbers/format';
import Plot from '../charts/plot';
import { DataTable, type DataColumn } from '../components/data-table';
import { usePlatform } from '../platform/platform-context';
import { useWorkspace } from '../store/store-context';
import { parsePlan } from '../workers/parse-plan';
import { compareRows, matchSummary, onlyInNames, type CompareRow, type SideCells } from '../../models/plan/compare-rows';
import { planShelf } from './plan-shelf';

export interface ComparePlansDialogProps {
  open: boolean;
  onClose(): void;
}

const STATUS_COLOR: Record<string, string> = { met: 'green', missed: 'red', pending: 'blue', 'needs-base': 'default' };

export default function ComparePlansDialog({ open, onClose }: ComparePlansDialogProps) {
  const { t } = useTranslation();
  const api = usePlatform();
  const plan = useWorkspace((s) => s.plan);
  const lang = useWorkspace((s) => s.lang);
  const shelved = useStore(planShelf, (s) => s.plans);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [indicator, setIndicator] = useState<number>(0);
  const other = shelved.find((p) => p.key === chosen) ?? shelved[0] ?? null;

  const comparison = useMemo(() => (plan !== null && other !== null ? comparePlans(plan, other.plan) : null), [plan, other]);
  const rows = useMemo(() => (comparison && plan && other ? compareRows(comparison, plan, other.plan, lang) : []), [comparison, plan, other, lang]);
  const matched = useMemo(() => (comparison ? comparison.indicators.map((p, k) => ({ p, k })).filter(({ p }) => p.a !== null && p.b !== null) : []), [comparison]);
  const chartPair = matched.find((m) => m.k === indicator) ?? matched[0];
  const path = useMemo(
    () => (plan && other && comparison && chartPair ? comparedPath(plan, other.plan, chartPair.p) : null),
    [plan, other, comparison, chartPair],
  );
  const legend = useMemo(
    () =>
      plan && other
        ? compareLegendNames({ title: plan.title[lang], baseYear: plan.baseYear, horizon: plan.horizon }, { title: other.plan.title[lang], baseYear: other.plan.baseYear, horizon: other.plan.horizon }, lang)
        : ['A', 'B'],
    [plan, other, lang],
  );

  const openFile = async () => {
    setError(null);
    if (api === null) return;
    try {
      const file = await api.openPlanFile();
      if (file === null) return;
      const parsed = await parsePlan(file.text, lang);
      if (!parsed.ok) {
        setError(t('comparePlans.refused', { name: file.name, reason: parsed.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ') }));
        return;
      }
      const entry = planShelf.getState().add(parsed.plan, file.name);
      setChosen(entry.key);
    } catch (e) {
      setError(t('comparePlans.refused', { name: '', reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  const side = (which: 'a' | 'b', label: string): DataColumn<CompareRow>[] => [
    { key: `${which}-target`, title: `${label} · ${t('comparePlans.target')}`, render: (r) => <span title={r[which].sentence}>{r[which].target}</span> },
    { key: `${which}-value`, title: `${label} · ${t('comparePlans.value')}`, align: 'right', render: (r) => r[which].value },
    { key: `${which}-status`, title: `${label} · ${t('comparePlans.verdict')}`, render: (r) => statusTag(r[which], t) },
    { key: `${which}-growth`, title: `${label} · ${t('comparePlans.growth')}`, render: (r) => r[which].growth },
  ];
  const columns: DataColumn<CompareRow>[] = [{ key: 'indicator', title: t('comparePlans.indicator'), render: (r) => r.indicator }, ...side('a', 'A'), ...side('b', 'B')];
  const summary = comparison ? matchSummary(comparison) : null;

  return (
    <Modal open={open} onCancel={onClose} footer={null} width={1200} title={t('comparePlans.title')} destroyOnHidden modalRender={(node) => <div data-testid="compare-plans-dialog">{node}</div>}>
      {plan === null ? null : (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Typography.Text>
            A：<strong data-testid="compare-plans-a">{plan.title[lang]}</strong>（{plan.baseYear}—{plan.horizon}）
          </Typography.Text>
          <Space wrap>
            <span>B：</span>
            <Select
              style={{ minWidth: 420 }}
              value={other?.key ?? undefined}
              placeholder={t('comparePlans.pick')}
              onChange={(v: string) => setChosen(v)}
              options={shelved.map((p) => ({ value: p.key, label: `${p.plan.title[lang]}（${p.plan.baseYear}—${p.plan.horizon}） · ${p.origin}` }))}
              data-testid="compare-plans-b"
            />
            <Button onClick={() => void openFile()} data-testid="compare-plans-open">
              {t('comparePlans.openFile')}
            </Button>
          </Space>
          {error ? <Alert type="error" showIcon title={error} /> : null}
          {comparison === null || summary === null ? (
            <Alert type="info" showIcon title={t('comparePlans.empty')} data-testid="compare-plans-empty" />
          ) : (
            <>
              <Typography.Text data-testid="compare-plans-summary">
                {t('comparePlans.summary', summary)}
                {comparison.onlyInA.length > 0 ? ` ${t('comparePlans.onlyA', { list: onlyInNames(comparison, 'a', lang).join(lang === 'zh' ? '、' : '; ') })}` : ''}
                {comparison.onlyInB.length > 0 ? ` ${t('comparePlans.onlyB', { list: onlyInNames(comparison, 'b', lang).join(lang === 'zh' ? '、' : '; ') })}` : ''}
              </Typography.Text>
              <DataTable columns={columns} rows={rows} rowKey={(r) => r.key} maxHeight={360} aria-label={t('comparePlans.title')} data-testid="compare-plans-table" epoch={lang} />
              {matched.length > 0 && path !== null && chartPair ? (
                <>
                  <Space>
                    <span>{t('comparePlans.chartOf')}</span>
                    <Select
                      style={{ minWidth: 260 }}
                      value={chartPair.k}
                      onChange={(v: number) => setIndicator(v)}
                      options={matched.map(({ p, k }) => ({ value: k, label: p.name[lang] }))}
                      data-testid="compare-plans-indicator"
                    />
                  </Space>
                  <div data-testid="compare-plans-chart">
                    <Plot
                      data={[
                        // short names that tell the plans apart; the full title on hover
                        { type: 'scatter', mode: 'lines+markers', name: legend[0], hovertext: plan.title[lang], hoverinfo: 'x+y+text', x: path.years, y: path.a.map((v) => (Number.isFinite(v) ? v : null)) },
                        { type: 'scatter', mode: 'lines+markers', name: legend[1], hovertext: other?.plan.title[lang] ?? '', hoverinfo: 'x+y+text', x: path.years, y: path.b.map((v) => (Number.isFinite(v) ? v : null)), line: { dash: 'dot' } },
                      ]}
                      layout={{ height: 300, margin: { l: 70, r: 20, t: 10, b: 40 }, legend: { orientation: 'h', y: -0.2 }, yaxis: { title: { text: chartPair.p.unitA === null ? '' : unitLabel(chartPair.p.unitA, lang, plan.units) } } }}
                      config={{ displayModeBar: false, staticPlot: false }}
                      useResizeHandler
                    />
                  </div>
                </>
              ) : null}
            </>
          )}
        </Space>
      )}
    </Modal>
  );
}

function statusTag(c: SideCells, t: (k: string) => string) {
  if (c.status === null) return '—';
  return <Tag color={STATUS_COLOR[c.status]}>{t(`comparePlans.status.${c.status}`)}</Tag>;
}
