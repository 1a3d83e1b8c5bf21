/**
 * The export dialog (loaded when first opened): the chart in view as PNG (2×) or SVG,
 * the tables as XLSX (optionally with the Monte Carlo run) or CSV, and the PDF report.
 * The report view is put into the page (off screen) while the host prints it.
 */
import { FileExcelOutlined, FileImageOutlined, FilePdfOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Checkbox, Input, Modal, Select, Tooltip } from 'antd';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { chartsFor } from '../charts/chart-defs';
import type { PlanPathApi } from '../platform/platform-api';
import { buildReportModel, type ReportModel } from '../report/report-model';
import { ReportView, type ReportLabels } from '../report/report-view';
import { ReviewReportView } from '../report/review-report-view';
import type { ReviewReport } from '../../models/export/report-types';
import { setReportMeta } from '../../models/plan/target-binding';
import { reviewReportFile, reviewReportOf, type ReviewReportFormat } from './review-report';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { chartTitle, scenarioNames } from './chart-export';
import { chartInView } from './chart-in-view';
import { exportChart, exportCsvFile, exportWorkbook, reasonOf, scopeOrSay, type ExportDeps } from './export-actions';
import { exportScope } from './export-scope';
import { monteCarloRunOf, monteCarloRunsVersion, onMonteCarloRuns } from './monte-carlo-runs';
import './export.css';

export interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  api: PlanPathApi;
}

type Job = 'png' | 'svg' | 'xlsx' | 'csv' | 'pdf' | 'review-docx' | 'review-xlsx' | 'review-pdf';

/** Waits until the report is in the page with its images decoded and fonts loaded. */
async function reportReady(root: HTMLElement): Promise<void> {
  for (let i = 0; i < 200 && root.querySelector('.report-view') === null; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
  await Promise.all(Array.from(root.querySelectorAll('img'), (img) => img.decode().catch(() => undefined)));
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));
}

export default function ExportDialog({ open, onClose, api }: ExportDialogProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const store = useWorkspaceStore();
  const plan = useWorkspace((s) => s.plan);
  const lang = useWorkspace((s) => s.lang);
  const basis = useWorkspace((s) => s.basis);
  const selectedId = useWorkspace((s) => s.selectedId);
  const compareIds = useWorkspace((s) => s.compareIds);
  const compareMode = useWorkspace((s) => s.compareMode);
  const chartIds = useWorkspace((s) => s.chartIds);
  const scope = useMemo(() => exportScope({ plan, selectedId, compareIds, compareMode, basis, lang, chartIds }), [plan, selectedId, compareIds, compareMode, basis, lang, chartIds]);
  const runsVersion = useSyncExternalStore(onMonteCarloRuns, monteCarloRunsVersion);
  const charts = useMemo(() => (plan ? chartsFor(plan, chartIds) : []), [plan, chartIds]);
  const [chartId, setChartId] = useState<string>('');
  const [withMonteCarlo, setWithMonteCarlo] = useState(true);
  const [withReview, setWithReview] = useState(true);
  const [busy, setBusy] = useState<Job | null>(null);
  const [report, setReport] = useState<ReportModel | null>(null);
  const [reviewReport, setReviewReport] = useState<ReviewReport | null>(null);
  const [issuer, setIssuer] = useState(plan?.report?.issuer ?? '');
  const [reportDate, setReportDate] = useState(plan?.report?.date ?? '');
  const [printRoot] = useState(() => {
    const el = document.createElement('div');
    el.className = 'report-print-root';
    return el;
  });

  useEffect(() => {
    document.body.append(printRoot);
    return () => printRoot.remove();
  }, [printRoot]);

  // The chart in view when the dialog opens.
  useEffect(() => {
    if (!open) return;
    const inView = chartInView();
    setChartId((current) => (inView !== null && charts.some((c) => c.id === inView) ? inView : charts.some((c) => c.id === current) ? current : (charts[0]?.id ?? '')));
  }, [open, charts]);

  // runsVersion changes when the uncertainty panel publishes a run.
  const hasRun = runsVersion >= 0 && typeof scope !== 'string' && scope.scenarios.some((s) => monteCarloRunOf(s) !== null);

  const deps: ExportDeps = {
    api,
    store,
    t: (key, options) => t(key, options),
    notify: (kind, text) => void message[kind](text),
    lookup: monteCarloRunOf,
  };

  const run = async (job: Job, work: () => Promise<unknown>) => {
    setBusy(job);
    onClose();
    try {
      await work();
    } finally {
      setBusy(null);
    }
  };

  const printReport = async () => {
    const s = scopeOrSay(deps);
    if (s === null) return;
    if (!api.printReportToPdf) {
      message.error(t('export.noPrint'));
      return;
    }
    let model: ReportModel;
    try {
      model = await buildReportModel(s, deps.t, { lookup: monteCarloRunOf, review: withReview });
    } catch (error) {
      message.error(t('file.exportFailed', { reason: reasonOf(error) }));
      return;
    }
    document.body.classList.add('printing-report');
    setReport(model);
    try {
      await reportReady(printRoot);
      if (api.info().kind === 'browser') message.info(t('export.printDialog'));
      const saved = await api.printReportToPdf({ suggestedName: model.fileName, footerText: model.sourceLine });
      if (saved !== null) message.success(t('file.exported', { name: saved.name }));
    } catch (error) {
      message.error(t('file.exportFailed', { reason: reasonOf(error) }));
    } finally {
      document.body.classList.remove('printing-report');
      setReport(null);
    }
  };

  // The title block is kept with the plan (an edit, undoable) when a field is left.
  useEffect(() => {
    if (!open) return;
    setIssuer(store.getState().plan?.report?.issuer ?? '');
    setReportDate(store.getState().plan?.report?.date ?? '');
  }, [open, store]);
  const saveMeta = () => {
    const current = store.getState().plan;
    if (current === null) return;
    const next = setReportMeta(current, { issuer, date: reportDate });
    if (next !== current) store.getState().applyPlan(next, 'report-meta');
  };
  /** The review report of the selected scenario, with the title block as entered now. */
  const buildReview = (): ReviewReport | null => {
    const s = store.getState();
    const current = s.plan;
    if (current === null) {
      message.error(t('export.noPlan'));
      return null;
    }
    saveMeta();
    const withMeta = setReportMeta(current, { issuer, date: reportDate });
    return reviewReportOf(withMeta, s.selectedId, s.lang);
  };
  const exportReview = async (format: ReviewReportFormat) => {
    const model = buildReview();
    if (model === null) return;
    try {
      const saved = await api.exportFile(await reviewReportFile(model, format));
      if (saved !== null) message.success(t('file.exported', { name: saved.name }));
    } catch (error) {
      message.error(t('file.exportFailed', { reason: reasonOf(error) }));
    }
  };
  const printReview = async () => {
    if (!api.printReportToPdf) {
      message.error(t('export.noPrint'));
      return;
    }
    let model: ReviewReport | null;
    try {
      model = buildReview();
    } catch (error) {
      message.error(t('file.exportFailed', { reason: reasonOf(error) }));
      return;
    }
    if (model === null) return;
    document.body.classList.add('printing-report');
    setReviewReport(model);
    try {
      await reportReady(printRoot);
      if (api.info().kind === 'browser') message.info(t('export.printDialog'));
      const saved = await api.printReportToPdf({ suggestedName: `${model.fileStem}.pdf`, footerText: model.sourceLine });
      if (saved !== null) message.success(t('file.exported', { name: saved.name }));
    } catch (error) {
      message.error(t('file.exportFailed', { reason: reasonOf(error) }));
    } finally {
      document.body.classList.remove('printing-report');
      setReviewReport(null);
    }
  };

  const labels: ReportLabels = {
    heading: t('report.heading'),
    scenarios: t('report.scenarios'),
    charts: t('report.charts'),
    targets: t('report.targets'),
    notes: t('report.notes'),
    noNotes: t('consistency.none'),
    source: '',
    columns: {
      target: t('table.target'),
      year: t('table.year'),
      threshold: t('table.threshold'),
      projected: t('table.projected'),
      gap: t('table.gap'),
      required: t('table.required'),
      status: t('table.status'),
      probability: t('report.probability'),
    },
    review: {
      heading: t('review.reportHeading'),
      asOf: t('review.reportAsOf'),
      projected: t('review.projected'),
      columns: { value: t('review.value'), verdict: t('review.verdict'), achieved: t('review.achieved'), required: t('review.required') },
    },
    pageOf: t('report.pageOf'),
    footer: report ? t('report.footer', { date: report.day }) : '',
  };

  const disabled = typeof scope === 'string';
  const scopeText = typeof scope === 'string' ? t(scope === 'empty-comparison' ? 'export.emptyComparison' : 'export.noPlan') : t('export.scope', { scenarios: scenarioNames(scope), basis: t(`basis.${basis}`) });

  return (
    <>
      <Modal open={open} title={t('export.title')} onCancel={onClose} footer={null} width={560} destroyOnHidden={false} data-testid="export-dialog">
        <p className={`export-scope${disabled ? ' export-error' : ''}`} data-testid="export-scope" role={disabled ? 'alert' : undefined}>
          {scopeText}
        </p>
        <section className="export-section">
          <h4>{t('export.chartSection')}</h4>
          <div className="export-row">
            <Select
              size="small"
              value={chartId || undefined}
              onChange={setChartId}
              options={charts.map((c) => ({ value: c.id, label: plan ? chartTitle(plan, c, lang, deps.t) : c.id }))}
              aria-label={t('export.chart')}
              data-testid="export-chart"
              style={{ minWidth: 220 }}
            />
            <Button icon={<FileImageOutlined />} disabled={disabled || !chartId} loading={busy === 'png'} onClick={() => void run('png', () => exportChart(deps, chartId, 'png'))} data-testid="export-png">
              {t('export.png')}
            </Button>
            <Button icon={<FileImageOutlined />} disabled={disabled || !chartId} loading={busy === 'svg'} onClick={() => void run('svg', () => exportChart(deps, chartId, 'svg'))} data-testid="export-svg">
              {t('export.svg')}
            </Button>
          </div>
        </section>
        <section className="export-section">
          <h4>{t('export.tableSection')}</h4>
          <div className="export-row">
            <Button icon={<FileExcelOutlined />} disabled={disabled} loading={busy === 'xlsx'} onClick={() => void run('xlsx', () => exportWorkbook(deps, withMonteCarlo && hasRun))} data-testid="export-xlsx">
              {t('export.xlsx')}
            </Button>
            <Tooltip title={hasRun ? undefined : t('export.noMonteCarlo')}>
              <Checkbox checked={withMonteCarlo && hasRun} disabled={!hasRun} onChange={(e) => setWithMonteCarlo(e.target.checked)} data-testid="export-monte-carlo">
                {t('export.monteCarlo')}
              </Checkbox>
            </Tooltip>
          </div>
          <p className="export-hint">{t('export.xlsxHint')}</p>
          <div className="export-row">
            <Button icon={<FileTextOutlined />} disabled={disabled} loading={busy === 'csv'} onClick={() => void run('csv', () => exportCsvFile(deps))} data-testid="export-csv">
              {t('export.csv')}
            </Button>
          </div>
          <p className="export-hint">{t('export.csvHint')}</p>
        </section>
        <section className="export-section">
          <h4>{t('export.reportSection')}</h4>
          <div className="export-row">
            <Button icon={<FilePdfOutlined />} disabled={disabled} loading={busy === 'pdf'} onClick={() => void run('pdf', printReport)} data-testid="export-pdf">
              {t('export.pdf')}
            </Button>
            <Checkbox checked={withReview} onChange={(e) => setWithReview(e.target.checked)} data-testid="export-review">
              {t('review.includeInReport')}
            </Checkbox>
          </div>
          <p className="export-hint">{t('export.pdfHint')}</p>
        </section>
        <section className="export-section" data-testid="export-review-section">
          <h4>{t('export.reviewSection')}</h4>
          <div className="export-row">
            <label className="export-field">
              <span>{t('export.issuer')}</span>
              <Input size="small" value={issuer} maxLength={300} placeholder={t('export.issuerPlaceholder')} onChange={(e) => setIssuer(e.target.value)} onBlur={saveMeta} data-testid="export-issuer" />
            </label>
            <label className="export-field">
              <span>{t('export.reportDate')}</span>
              <Input size="small" value={reportDate} maxLength={40} placeholder={t('export.reportDatePlaceholder')} onChange={(e) => setReportDate(e.target.value)} onBlur={saveMeta} data-testid="export-report-date" />
            </label>
          </div>
          <div className="export-row">
            <Button icon={<FileWordOutlined />} disabled={disabled} loading={busy === 'review-docx'} onClick={() => void run('review-docx', () => exportReview('docx'))} data-testid="export-review-docx">
              {t('export.reviewDocx')}
            </Button>
            <Button icon={<FileExcelOutlined />} disabled={disabled} loading={busy === 'review-xlsx'} onClick={() => void run('review-xlsx', () => exportReview('xlsx'))} data-testid="export-review-xlsx">
              {t('export.reviewXlsx')}
            </Button>
            <Button type="primary" icon={<FilePdfOutlined />} disabled={disabled} loading={busy === 'review-pdf'} onClick={() => void run('review-pdf', printReview)} data-testid="export-review-pdf">
              {t('export.reviewPdf')}
            </Button>
          </div>
          <p className="export-hint">
            {t('export.reviewHint')} {t('export.metaSaved')}
          </p>
        </section>
      </Modal>
      {report ? createPortal(<ReportView model={report} labels={labels} />, printRoot) : null}
      {reviewReport ? createPortal(<ReviewReportView report={reviewReport} />, printRoot) : null}
    </>
  );
}

