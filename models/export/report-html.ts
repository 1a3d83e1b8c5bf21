/**
 * The review report as one HTML document for print (A4 portrait): what the CLI prints to
 * PDF with headless Chromium and what the app prints from its page. The scenario is in
 * every page header (a CSS page-margin box), "page n of m" in the footer; table header
 * rows repeat across pages; no line breaks inside a number with its unit, a bracket or a
 * tag (each cell part is one unbreakable span).
 */
import { chartSvg } from './report-chart-svg';
import type { ReportCell, ReportTable, ReviewReport } from './report-types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
/** A CSS string literal (for `content:`). */
const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;

/** 仿宋/宋体 first where installed, then the CJK fonts a Linux or Windows machine has. */
export const REPORT_FONT_FAMILY = '"FangSong", "仿宋", "STFangsong", "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", serif';

export function cellHtml(cell: ReportCell): string {
  return cell.parts
    .map((p, i) => {
      const sep = i === 0 || p.startsWith('（') || (/）$/.test(cell.parts[i - 1] ?? '') && /^[估预]/.test(p)) ? '' : ' ';
      return `${sep}<span class="nb">${escapeHtml(p)}</span>`;
    })
    .join('');
}

function tableHtml(table: ReportTable, className = ''): string {
  const head = table.columns.map((c) => `<th class="${c.numeric ? 'num' : ''}">${escapeHtml(c.header)}</th>`).join('');
  const rows = table.rows
    .map((r) => {
      const cells = r.cells
        .map((c, i) => {
          const col = table.columns[i];
          const verdict = r.status !== undefined && /判定|Verdict/.test(col?.header ?? '') ? ` status status-${r.status}` : '';
          return `<td class="${col?.numeric ? 'num' : ''}${verdict}">${cellHtml(c)}</td>`;
        })
        .join('');
      return `<tr data-id="${escapeHtml(r.id)}">${cells}</tr>`;
    })
    .join('');
  return `<table class="${className}" data-table="${escapeHtml(table.name)}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

export function reportCss(report: ReviewReport): string {
  const parts = report.labels.page.split(/(\{page\}|\{pages\})/).filter((p) => p !== '');
  const pageOf = parts.map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p))).join(' ');
  const box = `font-family: ${REPORT_FONT_FAMILY}; font-size: 8pt; color: #595959;`;
  return `@page {
  size: A4 portrait;
  margin: 18mm 15mm 18mm 15mm;
  @top-right { content: ${cssString(report.pageHeader)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: ${pageOf}; ${box} vertical-align: top; padding-top: 3mm; }
}
.review-report { font-family: ${REPORT_FONT_FAMILY}; color: #1f1f1f; font-size: 10.5pt; line-height: 1.55; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.review-report .title-block { text-align: center; margin: 2mm 0 6mm; padding-bottom: 4mm; border-bottom: 2px solid #b91c1c; }
.review-report h1 { font-size: 20pt; margin: 0 0 2mm; letter-spacing: 0.05em; }
.review-report .plan { font-size: 11.5pt; margin: 0 0 3mm; }
.review-report .meta { font-size: 10pt; color: #434343; margin: 0; }
.review-report .meta span { margin: 0 3mm; white-space: nowrap; }
.review-report h2 { font-size: 14pt; margin: 6mm 0 2.5mm; break-after: avoid; page-break-after: avoid; }
.review-report h3 { font-size: 11.5pt; margin: 4mm 0 2mm; break-after: avoid; page-break-after: avoid; }
.review-report table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin-bottom: 3mm; }
.review-report table.wide { font-size: 7.8pt; }
.review-report thead { display: table-header-group; }
.review-report tr { break-inside: avoid; page-break-inside: avoid; }
.review-report th { background: #eef2f9; text-align: left; font-weight: 700; padding: 1.2mm 1.4mm; border: 1px solid #bfbfbf; }
.review-report td { padding: 1mm 1.4mm; border: 1px solid #d9d9d9; vertical-align: top; }
.review-report .num { text-align: right; }
.review-report .nb { white-space: nowrap; }
.review-report td.status { font-weight: 700; }
.review-report .status-met { color: #237804; }
.review-report .status-missed { color: #cf1322; }
.review-report .status-pending { color: #1d4ed8; }
.review-report .status-needs-base { color: #8c8c8c; }
.review-report figure { margin: 2mm 0 3mm; break-inside: avoid; }
.review-report figure svg { width: 100%; height: auto; display: block; }
.review-report .methods p { margin: 0 0 2mm; text-indent: 2em; }
.review-report .page-break { break-before: page; page-break-before: always; }
.review-report .outcomes-counts { margin: 0 0 2mm; font-weight: 700; }
.review-report .source-line { margin-top: 3mm; color: #595959; font-size: 8pt; }`;
}

/** The report's body (an <article>), for a page that brings its own <head>. */
export function reportBodyHtml(report: ReviewReport): string {
  const l = report.labels;
  const zh = report.lang === 'zh';
  const sep = zh ? '：' : ': ';
  const meta = [...(report.issuer ? [[l.issuer, report.issuer]] : []), [l.date, report.date], [l.scenario, report.scenario.name], [l.asOf, String(report.asOf)]]
    .map(([k, v]) => `<span>${escapeHtml(`${k}${sep}${v}`)}</span>`)
    .join('');
  const chart = report.chart === null ? '' : `<h3>${escapeHtml(l.chart)}</h3><figure data-testid="report-chart">${chartSvg(report.chart)}</figure>`;
  return [
    `<article class="review-report" lang="${zh ? 'zh-CN' : 'en'}" data-testid="review-report">`,
    `<header class="title-block"><h1>${escapeHtml(report.title)}</h1><p class="plan">${escapeHtml(zh ? `——${report.plan}` : report.plan)}</p><p class="meta">${meta}</p></header>`,
    `<section data-section="summary"><h2>${escapeHtml(l.summary)}</h2>`,
    `<h3>${escapeHtml(l.counts)}</h3>${tableHtml(report.counts)}`,
    `<h3>${escapeHtml(l.headline)}</h3>${tableHtml(report.headline)}`,
    `<h3>${escapeHtml(l.growth)}</h3>${tableHtml(report.growth)}`,
    chart,
    '</section>',
    `<section class="page-break" data-section="targets"><h2>${escapeHtml(l.targets)}</h2>`,
    ...report.groups.map((g) => `<h3>${escapeHtml(g.heading)}</h3>${tableHtml(g.table, 'wide')}`),
    '</section>',
    ...(report.outcomes === null
      ? []
      : [
          `<section data-section="outcomes"><h2>${escapeHtml(l.outcomes)}</h2><h3>${escapeHtml(report.outcomes.heading)}</h3>`,
          `<p class="outcomes-counts">${escapeHtml(report.outcomes.counts)}</p>${tableHtml(report.outcomes.table, 'wide')}<p class="source-line">${escapeHtml(report.outcomes.note)}</p></section>`,
        ]),
    `<section class="methods" data-section="methods"><h2>${escapeHtml(l.methods)}</h2>${report.methods.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</section>`,
    `<section data-section="sources"><h2>${escapeHtml(l.sources)}</h2>${tableHtml(report.sources, 'wide')}<p class="source-line">${escapeHtml(report.sourceLine)}</p></section>`,
    '</article>',
  ].join('\n');
}

/** A whole HTML document: print it to PDF (A4) as it is. */
export function reportHtml(report: ReviewReport): string {
  return `<!doctype html>
<html lang="${report.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(report.fileStem)}</title>
<style>html, body { margin: 0; background: #fff; }
${reportCss(report)}</style></head>
<body>${reportBodyHtml(report)}</body></html>`;
}
