import { describe, expect, it } from 'vitest';
import { escapeHtml, footerTemplate, printToPdfOptions } from './print-report';

describe('report PDF options', () => {
  it("prints A4 portrait with backgrounds; the footer is the page's own @page one, not a second template", () => {
    const o = printToPdfOptions('zh', '依据：《建议》');
    expect(o).toMatchObject({ pageSize: 'A4', landscape: false, printBackground: true, displayHeaderFooter: false, preferCSSPageSize: true });
    expect(o.footerTemplate).toBeUndefined();
    expect(o.margins?.bottom).toBeCloseTo(18 / 25.4, 10);
  });

  it('without @page margin boxes, a footer template with the source line and the page numbers', () => {
    const o = printToPdfOptions('zh', '依据：《建议》', false);
    expect(o).toMatchObject({ displayHeaderFooter: true });
    expect(o.footerTemplate).toContain('第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页');
    expect(o.footerTemplate).toContain('依据：《建议》');
    expect(printToPdfOptions('en', undefined, false).footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });

  it('escapes the footer text, so a scenario name cannot inject markup', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    expect(footerTemplate('en', '<script>')).not.toContain('<script>');
  });
});
