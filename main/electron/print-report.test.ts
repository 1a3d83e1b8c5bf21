import { describe, expect, it } from 'vitest';
import { escapeHtml, footerTemplate, printToPdfOptions } from './print-report';

describe('report PDF options', () => {
  it('prints A4 portrait with backgrounds, and a footer with the page numbers', () => {
    const o = printToPdfOptions('zh', '依据：《建议》');
    expect(o).toMatchObject({ pageSize: 'A4', landscape: false, printBackground: true, displayHeaderFooter: true, preferCSSPageSize: true });
    expect(o.footerTemplate).toContain('第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页');
    expect(o.footerTemplate).toContain('依据：《建议》');
    expect(printToPdfOptions('en').footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(o.margins?.bottom).toBeCloseTo(18 / 25.4, 10);
  });

  it('escapes the footer text, so a scenario name cannot inject markup', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    expect(footerTemplate('en', '<script>')).not.toContain('<script>');
  });
});
