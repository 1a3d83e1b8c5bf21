/**
 * Documents as people have them (issue 21): a work report as .docx (Word heading styles,
 * or bold headings) and as a text PDF (wrapped lines, running header, page numbers) give
 * the same targets as its .txt — recall within 2 points, precision ≥ 90%. The readers are
 * the app's: mammoth's HTML through docx-text.ts, unpdf's positioned items through
 * pdf-lines.ts.
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { DOCX_STYLE_MAP, planTextFromDocxHtml } from './docx-text';
import { extractTargets } from './extract-targets';
import { scoreExtraction } from './labels/score';
import { WUXI_2026_LABELS } from './labels/wuxi-2026-labels';
import { rebuildPdfText, type PdfTextItem } from './pdf-lines';
import { docxOfText, pdfOfText } from './test-data/make-documents';

const wuxi = readFileSync(new URL('./test-data/wuxi-2026-work-report.zh.txt', import.meta.url), 'utf8');

async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: [...DOCX_STYLE_MAP] });
  return planTextFromDocxHtml(value);
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { items } = await extractTextItems(await getDocumentProxy(bytes));
  return rebuildPdfText(items);
}

function score(text: string) {
  const forward = extractTargets(text).candidates.filter((c) => c.forwardLooking);
  return scoreExtraction(text, forward, WUXI_2026_LABELS);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('a work report as .txt, .docx and text PDF', () => {
  const txt = score(wuxi);
  const check = (name: string, text: string) => {
    const s = score(text);
    console.log(`[extract] Wuxi 2026 work report as ${name}: recall ${pct(s.recall)} (${s.matched}/${s.labelled}), precision ${pct(s.precision)} (${s.matched}/${s.extracted}), year ${s.agree.year}/${s.matched}`);
    for (const m of s.missed) console.log(`  missed: ${m.quote}`);
    for (const c of s.spurious) console.log(`  not labelled: ${c.phrase} in “${c.sentence.slice(0, 50)}…”`);
    expect(s.recall).toBeGreaterThanOrEqual(txt.recall - 0.02);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.agree.year / Math.max(s.matched, 1)).toBeGreaterThanOrEqual(0.95);
  };

  it('.docx with Word heading styles', async () => {
    const text = await docxText(docxOfText(wuxi, 'styles'));
    expect(text).toContain('# 三、2026年主要工作');
    check('.docx (heading styles)', text);
  });

  it('.docx with bold headings', async () => {
    const text = await docxText(docxOfText(wuxi, 'bold'));
    expect(text).toContain('**三、2026年主要工作**');
    check('.docx (bold headings)', text);
  });

  it('a text PDF: wrapped lines, running header, page numbers', async () => {
    const bytes = pdfOfText(wuxi);
    const text = await pdfText(bytes);
    expect(text).not.toContain('某市人民政府文件');
    expect(text).not.toMatch(/^- \d+ -$/m);
    // A paragraph is one line again: the wraps inside it are gone.
    expect(text).toContain('全市地区生产总值由1.23万亿元增至1.68万亿元左右、年均增长5.7%，人均GDP突破3万美元');
    check('text PDF', text);
  }, 30_000);
});

describe('PDF text rebuilt into lines and paragraphs', () => {
  const item = (str: string, x: number, y: number): PdfTextItem => ({ str, x, y, width: str.length * 10, height: 10, fontSize: 10 });
  const page = (n: number, body: PdfTextItem[]): PdfTextItem[] => [item('某县人民政府', 100, 800), ...body, item(`第${n}页`, 150, 40)];

  it('a wrap inside a number and its unit is joined; a new paragraph (indented) is not', () => {
    const text = rebuildPdfText([
      page(1, [
        item('一、主要目标', 50, 700),
        item('全县常住人口达到18万', 70, 680),
        item('人，全县城镇化率将提高到6', 50, 665),
        item('5%。', 50, 650),
        item('新增就业1万人以上。', 70, 635),
      ]),
      page(2, [item('到2030年，建成厂房', 70, 700), item('50万平方米。', 50, 685)]),
    ]);
    expect(text.split('\n')).toEqual(['一、主要目标', '全县常住人口达到18万人，全县城镇化率将提高到65%。', '新增就业1万人以上。', '到2030年，建成厂房50万平方米。']);
  });

  it('a threshold stays apart from the target on the next line', () => {
    const text = rebuildPdfText([
      [item('对亩均税收超过20万元', 70, 700), item('的企业给予奖励。', 50, 685), item('培育企业30家。', 70, 670)],
    ]);
    expect(extractTargets(text).candidates.map((c) => [c.value, c.unit])).toEqual([[30, '家']]);
  });
});

describe('.docx headings from mammoth’s HTML', () => {
  it('h1–h6 become markdown headings, a bold paragraph a bold line, table rows one line each', () => {
    const html =
      '<h1>一、2025年工作回顾</h1><p>新建学校5所。</p><p><strong>二、2026年工作安排</strong></p><p>新建学校<strong>8所</strong>。</p>' +
      '<table><tr><td><p>指标</p></td><td><p>目标</p></td></tr><tr><td><p>新建学校</p></td><td><p>8所</p></td></tr></table>';
    expect(planTextFromDocxHtml(html).split('\n')).toEqual(['# 一、2025年工作回顾', '新建学校5所。', '**二、2026年工作安排**', '新建学校8所。', '指标　目标', '新建学校　8所']);
  });
});
