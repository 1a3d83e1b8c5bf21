/**
 * The report as HTML, for print: A4 portrait (report.css), the page footer with page
 * numbers drawn by CSS page-margin boxes (@page, Chromium 131+). The same markup is
 * printed by Electron (webContents.printToPDF), by the browser's print dialog, and by
 * the end-to-end test (page.pdf).
 */
import { EXPORT_FONT_FAMILY } from '../export/export-figure';
import type { ReportModel } from './report-model';
import './report.css';

export interface ReportLabels {
  heading: string;
  scenarios: string;
  charts: string;
  targets: string;
  notes: string;
  noNotes: string;
  source: string;
  columns: { target: string; year: string; threshold: string; projected: string; gap: string; required: string; status: string; probability: string };
  /** The plan review section: its heading, the mark of a projected value, its own columns. */
  review?: { heading: string; asOf: string; projected: string; columns: { value: string; verdict: string; achieved: string; required: string } };
  /** "第 {page} 页，共 {pages} 页" with {page} and {pages} as placeholders. */
  pageOf: string;
  footer: string;
}

/** A CSS string literal (for `content:`). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/** The @page rule: A4 portrait, margins, and the footer: a line on the left, "page n of m" on the right. */
export function pageRule(labels: Pick<ReportLabels, 'pageOf' | 'footer'>): string {
  const parts = labels.pageOf.split(/(\{page\}|\{pages\})/).filter((p) => p !== '');
  const pageOf = parts.map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p))).join(' ');
  const box = `font-family: ${EXPORT_FONT_FAMILY}; font-size: 8pt; color: #595959; vertical-align: top; padding-top: 4mm;`;
  return `@page {
  size: A4 portrait;
  margin: 16mm 15mm 18mm 15mm;
  @bottom-left { content: ${cssString(labels.footer)}; ${box} text-align: left; }
  @bottom-right { content: ${pageOf}; ${box} text-align: right; }
}`;
}

const STATUS_MARK = { met: '✔', missed: '✘', 'needs-base': '?' } as const;

export function ReportView({ model, labels }: { model: ReportModel; labels: ReportLabels }) {
  const c = labels.columns;
  return (
    <article className="report-view" data-testid="report-view" lang={model.lang === 'zh' ? 'zh-CN' : 'en'} style={{ fontFamily: EXPORT_FONT_FAMILY }}>
      <style>{pageRule(labels)}</style>
      <header className="report-head">
        <div className="report-kicker">{labels.heading}</div>
        <h1 data-testid="report-title">{model.title}</h1>
        <p className="report-subtitle">{model.subtitle}</p>
        <p className="report-meta">
          <span>{model.date}</span>
          <span>{model.basis}</span>
        </p>
      </header>

      <section className="report-section">
        <h2>{labels.scenarios}</h2>
        <ul className="report-scenarios">
          {model.scenarios.map((s) => (
            <li key={s.id}>
              <span className="report-swatch" style={{ background: s.color }} aria-hidden />
              <strong>{s.name}</strong>
              {s.description ? <span className="report-description">{s.description}</span> : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="report-section">
        <h2>{labels.charts}</h2>
        <div className="report-charts">
          {model.charts.map((chart) => (
            <figure key={chart.id} className="report-chart" data-testid={`report-chart-${chart.id}`}>
              <img src={chart.src} alt={chart.title} />
            </figure>
          ))}
        </div>
      </section>

      <section className="report-section">
        <h2>{labels.targets}</h2>
        {model.targets.map((block) => (
          <div key={block.scenario} className="report-targets">
            <h3>
              {block.scenario}
              <span className="report-summary">{block.summary}</span>
            </h3>
            <table>
              <thead>
                <tr>
                  <th className="col-target">{c.target}</th>
                  <th>{c.year}</th>
                  <th className="num">{c.threshold}</th>
                  <th className="num">{c.projected}</th>
                  <th className="num">{c.gap}</th>
                  <th className="num">{c.required}</th>
                  <th>{c.status}</th>
                  {block.withProbability ? <th className="num">{c.probability}</th> : null}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((r) => (
                  <tr key={r.id} data-testid={`report-target-${r.id}`}>
                    <td className="col-target">
                      {r.label}
                      {r.binding ? <span className="report-binding">{r.binding}</span> : null}
                    </td>
                    <td>{r.year}</td>
                    <td className="num">{r.threshold}</td>
                    <td className="num">{r.projected}</td>
                    <td className="num">{r.gap}</td>
                    <td className="num">{r.required}</td>
                    <td className={`status status-${r.status}`}>
                      <span aria-hidden>{STATUS_MARK[r.status]} </span>
                      {r.statusText}
                    </td>
                    {block.withProbability ? <td className="num">{r.probability}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      {model.reviews.length > 0 && labels.review ? <ReportReviewSection model={model} labels={labels} /> : null}

      <section className="report-section">
        <h2>{labels.notes}</h2>
        {model.notes.length === 0 ? (
          <p>{labels.noNotes}</p>
        ) : (
          <ul className="report-notes">
            {model.notes.map((n, i) => (
              <li key={i} className={`note-${n.severity}`}>
                {n.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <footer className="report-source" data-testid="report-source">
        {labels.source}
        {model.sourceLine}
      </footer>
    </article>
  );
}

const REVIEW_MARK = { met: '✔', missed: '✘', 'needs-base': '?', pending: '…' } as const;

/** The plan review: per scenario, each target on its reported (or projected, marked) value. */
function ReportReviewSection({ model, labels }: { model: ReportModel; labels: ReportLabels }) {
  const c = labels.columns;
  const r = labels.review;
  if (!r) return null;
  return (
    <section className="report-section" data-testid="report-review">
      <h2>{r.heading}</h2>
      {model.reviews.map((block) => (
        <div key={block.scenario} className="report-targets report-review">
          <h3>
            {block.scenario}
            <span className="report-summary">
              {r.asOf.replace('{year}', String(block.asOf))} · {block.summary}
            </span>
          </h3>
          <table>
            <thead>
              <tr>
                <th className="col-target">{c.target}</th>
                <th>{c.year}</th>
                <th className="num">{r.columns.value}</th>
                <th className="num">{c.threshold}</th>
                <th>{r.columns.verdict}</th>
                <th className="num">{c.gap}</th>
                <th className="num">{r.columns.achieved}</th>
                <th className="num">{r.columns.required}</th>
                {block.withProbability ? <th className="num">{c.probability}</th> : null}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row.id} data-testid={`report-review-${row.id}`}>
                  <td className="col-target">
                    {row.label}
                    {row.binding ? <span className="report-binding">{row.binding}</span> : null}
                  </td>
                  <td>{row.year}</td>
                  <td className="num">
                    {row.value}
                    {row.projected ? <span className="report-projected"> {r.projected}</span> : null}
                  </td>
                  <td className="num">{row.threshold}</td>
                  <td className={`status status-${row.status}`}>
                    <span aria-hidden>{REVIEW_MARK[row.status]} </span>
                    {row.verdict}
                  </td>
                  <td className="num">{row.gap}</td>
                  <td className="num">{row.achieved}</td>
                  <td className="num">{row.required}</td>
                  {block.withProbability ? <td className="num">{row.probability}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
