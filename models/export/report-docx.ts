/**
 * The review report as Word (.docx), with the `docx` package: real headings and tables
 * (header rows repeat on every page, rows never split), a native Word line chart (its
 * data editable in Word and WPS), A4 portrait, 仿宋 for text and 宋体 for tables (Latin
 * text in Times New Roman; Word and WPS substitute their own 仿宋/宋体 where a name is
 * missing), the scenario in every page header and "page n of m" in the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { cellText } from './report-text';
import type { ReportTable, ReviewReport } from './report-types';

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' } as const;
const TABLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' } as const;
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' } as const;
/** A4 in twentieths of a point, and the margins (2.54 cm top/bottom, 2.2 cm sides). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1247, right: 1247 };
const STATUS_COLOR = { met: '237804', missed: 'CF1322', pending: '1D4ED8', 'needs-base': '8C8C8C' } as const;

function para(text: string, run: Partial<IRunOptions> = {}, spacing = 120): Paragraph {
  return new Paragraph({ spacing: { after: spacing, line: 360 }, children: [new TextRun({ text, ...run })] });
}

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    spacing: { before: level === 1 ? 240 : 160, after: 120 },
    children: [new TextRun({ text, font: HEADING_FONT, bold: true, size: level === 1 ? 30 : 26, color: '1F1F1F' })],
  });
}

/** A Word table: the header row repeats on each page, no row splits across pages. */
function wordTable(table: ReportTable, size = 18): Table {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => Math.round(((A4.width - MARGIN.left - MARGIN.right) * c.width) / total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, i: number, options: { header?: boolean; color?: string } = {}) =>
    new TableCell({
      width: { size: widths[i] ?? 1000, type: WidthType.DXA },
      borders,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(options.header ? { shading: { fill: 'EEF2F9', type: 'clear', color: 'auto' } } : {}),
      children: [
        new Paragraph({
          alignment: table.columns[i]?.numeric && !options.header ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, font: TABLE_FONT, size, bold: options.header === true, ...(options.color ? { color: options.color } : {}) })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((c, i) => cell(c.header, i, { header: true })) }),
      ...table.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.cells.map((c, i) => {
              const isVerdict = table.columns[i]?.header !== undefined && row.status !== undefined && /判定|Verdict/.test(table.columns[i]?.header ?? '');
              return cell(cellText(c), i, isVerdict && row.status ? { color: STATUS_COLOR[row.status] } : {});
            }),
          }),
      ),
    ],
  });
}

export function reportDocument(report: ReviewReport): Document {
  const l = report.labels;
  const zh = report.lang === 'zh';
  const pageOf = l.page.split(/(\{page\}|\{pages\})/).filter((p) => p !== '');
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, heading: HeadingLevel.TITLE, children: [new TextRun({ text: report.title, font: HEADING_FONT, bold: true, size: 40 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: zh ? `——${report.plan}` : report.plan, font: BODY_FONT, size: 24 })] }),
    ...[
      ...(report.issuer ? [[l.issuer, report.issuer]] : []),
      [l.date, report.date],
      [l.scenario, report.scenario.name],
      [l.asOf, String(report.asOf)],
    ].map(([k, v]) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [new TextRun({ text: `${k}${zh ? '：' : ': '}${v}`, font: BODY_FONT, size: 24 })] })),
    heading(l.summary, 1),
    heading(l.counts, 2),
    wordTable(report.counts, 21),
    heading(l.headline, 2),
    wordTable(report.headline, 17),
    heading(l.growth, 2),
    wordTable(report.growth, 18),
  ];
  if (report.chart !== null) {
    const c = report.chart;
    children.push(
      heading(l.chart, 2),
      new Paragraph({
        keepNext: true,
        children: [
          new ChartRun({
            type: 'line',
            title: c.title,
            categories: c.years.map(String),
            series: [
              { name: c.legend.reported, values: c.reported.map((v) => (v === null ? null : Number(v.toPrecision(12)))), color: '1D4ED8' },
              { name: c.legend.planned, values: c.planned.map((v) => (v === null ? null : Number(v.toPrecision(12)))), color: 'D46B08' },
            ],
            markers: true,
            valueAxis: { title: c.unit },
            transformation: { width: 600, height: 300 },
            font: { name: zh ? '宋体' : 'Times New Roman' },
          }),
        ],
      }),
    );
  }
  children.push(heading(l.targets, 1));
  for (const g of report.groups) children.push(heading(g.heading, 2), wordTable(g.table, 15));
  if (report.outcomes !== null) {
    const o = report.outcomes;
    children.push(heading(l.outcomes, 1), heading(o.heading, 2), para(o.counts, { font: BODY_FONT, size: 21, bold: true }), wordTable(o.table, 15), para(o.note, { font: BODY_FONT, size: 18, italics: true, color: '595959' }));
  }
  children.push(heading(l.methods, 1), ...report.methods.paragraphs.map((p) => para(p, { font: BODY_FONT, size: 22 })));
  children.push(heading(l.sources, 1), wordTable(report.sources, 15), para(report.sourceLine, { font: BODY_FONT, size: 18, italics: true, color: '595959' }));
  return new Document({
    creator: 'PlanPath',
    title: `${report.title} — ${report.plan}`,
    description: report.pageHeader,
    styles: { default: { document: { run: { font: BODY_FONT, size: 24 } } } },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height }, margin: { ...MARGIN, header: 708, footer: 708 } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: report.pageHeader, font: BODY_FONT, size: 16, color: '595959' })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: pageOf.map((p) =>
                  p === '{page}'
                    ? new TextRun({ children: [PageNumber.CURRENT], font: BODY_FONT, size: 18 })
                    : p === '{pages}'
                      ? new TextRun({ children: [PageNumber.TOTAL_PAGES], font: BODY_FONT, size: 18 })
                      : new TextRun({ text: p, font: BODY_FONT, size: 18 }),
                ),
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function reportDocx(report: ReviewReport): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(report)));
}
