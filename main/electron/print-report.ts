/**
 * The report as a PDF: the options for webContents.printToPDF (A4 portrait, the
 * background printed). The footer ("page n of m") is the page's own: the report's
 * @page margin boxes, which Electron's Chromium (131+) draws. Chromium does not let
 * them replace a printToPDF footer template: with both, page 1 of the desktop e2e PDF
 * carried two footers, one over the other. So the template (the source line and the
 * page numbers) is drawn only for an engine without margin boxes.
 */
import type { PrintToPDFOptions } from 'electron';
import type { UiLanguage } from '../../renderer/platform/platform-api';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Chromium fills the spans with class pageNumber and totalPages. */
export function footerTemplate(lang: UiLanguage, footerText = ''): string {
  const pages =
    lang === 'zh'
      ? '第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页'
      : 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>';
  // The template is drawn without the page's styles, at a tiny default size: say it all inline.
  return (
    '<div style="width:100%;margin:0 15mm;display:flex;justify-content:space-between;gap:8mm;' +
    'font-family:\'Noto Sans CJK SC\',\'Source Han Sans SC\',\'WenQuanYi Micro Hei\',\'Microsoft YaHei\',\'PingFang SC\',sans-serif;' +
    'font-size:8px;color:#666">' +
    `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${escapeHtml(footerText)}</span>` +
    `<span style="white-space:nowrap">${pages}</span></div>`
  );
}

/**
 * A4 portrait; the margins (inches) match the report's @page rule (16 mm, 18 mm at the
 * foot). `pageMarginBoxes`: the engine draws the page's @page footer (Electron's does).
 */
export function printToPdfOptions(lang: UiLanguage, footerText?: string, pageMarginBoxes = true): PrintToPDFOptions {
  const base: PrintToPDFOptions = {
    pageSize: 'A4',
    landscape: false,
    printBackground: true,
    preferCSSPageSize: true,
    margins: { top: 16 / 25.4, bottom: 18 / 25.4, left: 15 / 25.4, right: 15 / 25.4 },
  };
  if (pageMarginBoxes) return { ...base, displayHeaderFooter: false };
  return { ...base, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footerTemplate(lang, footerText) };
}
