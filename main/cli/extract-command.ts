/**
 * `extract FILE [--json] [--plan-out draft.json]`: every quantitative statement of a plan
 * text, as a table or as {"candidates": […]} (field names fixed by issue 10), and on
 * request a draft plan file that `validate` accepts.
 */
import { readFile } from 'node:fs/promises';
import { validatePlan, type Lang } from '../../models';
import type { Candidate } from '../../models/extract/candidate';
import { buildDraftPlan } from '../../models/extract/draft-plan';
import { sourceTextOf } from '../../models/extract/source-text';
import { extractTargets } from '../../models/extract/extract-targets';
import type { CommandArgs } from './args';
import { writeFileAtomic } from './atomic-write';
import { t } from './cli-messages';
import { displayWidth } from './display-width';
import { checkDocumentSize, documentText } from './extract-document';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { stringifyJson } from './json-safe';
import { describeFsError } from './load-plan';

/** Reads a file's bytes; passed in so tests can hand over bytes without a file. */
export type ReadBytes = (path: string) => Promise<Uint8Array>;

const nodeReadBytes: ReadBytes = async (path) => new Uint8Array(await readFile(path));

const TEXT = {
  zh: {
    'no-targets': '{file}：没有找到带数字的目标或指标（{sentences} 句）；这段文本可能不是规划，或数字以图片、表格形式存在',
    summary: '共 {total} 项：目标 {forward} 项，基期值或实际值 {backward} 项；规划期 {period}',
    'no-period': '未识别',
    forward: '目标',
    backward: '回顾',
    'plan-written': '已写入草稿规划 {file}：{indicators} 个指标、{targets} 项目标、{facts} 项已知数据；从文本读入的基期值标为“待核”(draft)',
    'plan-skipped': '{n} 项未转为规划数据：',
    'plan-invalid': '内部错误：生成的草稿规划未通过校验：{detail}',
    unbalanced: '注意：文本中引号或括号不成对（{marks}），句子和章节的划分可能不准',
  },
  en: {
    'no-targets': '{file}: no statement with a number was found ({sentences} sentences); this may not be a plan text, or its figures are in images or tables',
    summary: '{total} statements: {forward} targets, {backward} base values or actuals; plan period {period}',
    'no-period': 'not found',
    forward: 'target',
    backward: 'past',
    'plan-written': 'Wrote the draft plan {file}: {indicators} indicators, {targets} targets, {facts} known figures; base values read from the text are marked draft',
    'plan-skipped': '{n} statements did not become plan data:',
    'plan-invalid': 'internal error: the draft plan does not validate: {detail}',
    unbalanced: 'Note: quotes or brackets are unbalanced in the text ({marks}); sentences and sections may be split imprecisely',
  },
} as const;
type TextKey = keyof (typeof TEXT)['zh'];

function say(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The fields of `extract --json`, in the order issue 10 names them, then the extras. */
function candidateJson(c: Candidate) {
  return {
    sentence: c.sentence,
    section: c.section,
    indicator: c.indicator,
    value: c.value,
    unit: c.unit,
    year: c.year,
    comparison: c.comparison,
    kind: c.kind,
    forwardLooking: c.forwardLooking,
    confidence: c.confidence,
    id: c.id,
    upper: c.upper,
    change: c.change,
    fromYear: c.fromYear,
    ofYear: c.ofYear,
    qualifier: c.qualifier,
    phrase: c.phrase,
    offset: c.offset,
    suggestion: c.suggestion,
    ...(c.reference ? { reference: c.reference } : {}),
  };
}

const PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['【', '】'],
];

/** Which paired marks do not balance, e.g. ["“”"]. */
export function unbalancedMarks(text: string): string[] {
  const out: string[] = [];
  for (const [open, close] of PAIRS) {
    if (text.split(open).length !== text.split(close).length) out.push(`${open}${close}`);
  }
  return out;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function clipWidth(text: string, width: number): string {
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) return `${out}…`;
    out += ch;
  }
  return out;
}

const KIND_ZH: Record<Candidate['kind'], string> = {
  level: '水平',
  'average-growth': '年均增长',
  share: '比重',
  count: '数量',
  cumulative: '累计',
  multiple: '倍数',
  reduction: '降幅',
  bound: '上限/下限',
  'all-or-nothing': '全覆盖/消除',
  'in-step': '同步',
};

const KIND_EN: Record<Candidate['kind'], string> = {
  level: 'level',
  'average-growth': 'growth a year',
  share: 'share',
  count: 'count',
  cumulative: 'total',
  multiple: 'multiple',
  reduction: 'reduction',
  bound: 'cap / floor',
  'all-or-nothing': 'all / none',
  'in-step': 'in step',
};

/** Signs as the app writes them (≥, ≤), not as typed (>=, <=); the --json keeps the typed ones. */
const SIGN: Readonly<Record<string, string>> = { '>=': '≥', '<=': '≤' };

const WIDTHS = [5, 6, 5, 28, 20, 14] as const;

/** The header row and its rule: each candidate is a row of these columns, then its sentence on a line of its own. */
function headerLines(lang: Lang): string[] {
  const heads = [t(lang, 'col-no'), t(lang, 'col-direction'), t(lang, 'col-year'), t(lang, 'col-indicator'), t(lang, 'col-value'), t(lang, 'col-category')];
  const last = t(lang, 'col-confidence');
  return [
    [...heads.map((h, i) => pad(h, WIDTHS[i] as number)), last].join(' '),
    [...WIDTHS.map((w) => '-'.repeat(w)), '-'.repeat(Math.max(4, displayWidth(last)))].join(' '),
  ];
}

function renderTable(candidates: readonly Candidate[], lang: Lang): string {
  const lines: string[] = headerLines(lang);
  for (const c of candidates) {
    const inStep = (phrase: string) => (lang === 'zh' ? `与${phrase}同步` : `in step: ${phrase}`);
    const value = c.reference ? inStep(c.reference.phrase) : `${SIGN[c.comparison] ?? c.comparison} ${c.value}${c.upper !== null ? `–${c.upper}` : ''} ${c.unit}`;
    lines.push(
      [
        pad(c.id, WIDTHS[0]),
        pad(say(lang, c.forwardLooking ? 'forward' : 'backward'), WIDTHS[1]),
        pad(c.year === null ? '—' : String(c.year), WIDTHS[2]),
        pad(clipWidth(c.indicator || '—', WIDTHS[3]), WIDTHS[3]),
        pad(displayWidth(value) > WIDTHS[4] ? clipWidth(value, WIDTHS[4]) : value, WIDTHS[4]),
        pad(lang === 'zh' ? KIND_ZH[c.kind] : KIND_EN[c.kind], WIDTHS[5]),
        c.confidence.toFixed(2),
      ].join(' '),
    );
    lines.push(`      ${clipWidth(`${c.section === '' ? '' : `[${c.section}] `}${c.sentence}`, 100)}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runExtract(args: CommandArgs, io: CliIo, readBytes: ReadBytes = nodeReadBytes): Promise<number> {
  const { file, lang } = args;
  if (args.planOut === '') {
    io.stderr(`${t(lang, 'option-needs-value', { option: '--plan-out' })}\n`);
    return EXIT_BAD_INPUT;
  }
  let size: number;
  try {
    const info = await io.stat(file);
    if (info.isDirectory) {
      io.stderr(`${describeFsError(file, Object.assign(new Error('directory'), { code: 'EISDIR' }), lang)}\n`);
      return EXIT_BAD_INPUT;
    }
    size = info.size;
  } catch (error) {
    io.stderr(`${describeFsError(file, error, lang)}\n`);
    return EXIT_BAD_INPUT;
  }
  const tooLarge = checkDocumentSize(file, size, lang);
  if (tooLarge && !tooLarge.ok) {
    io.stderr(`${tooLarge.message}\n`);
    return EXIT_BAD_INPUT;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch (error) {
    io.stderr(`${describeFsError(file, error, lang)}\n`);
    return EXIT_BAD_INPUT;
  }
  const document = await documentText(file, bytes, lang);
  if (!document.ok) {
    io.stderr(`${document.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = extractTargets(document.text);
  const { candidates, context } = result;
  const unbalanced = unbalancedMarks(document.text);
  if (unbalanced.length > 0) io.stderr(`${say(lang, 'unbalanced', { marks: unbalanced.join(' ') })}\n`);
  if (candidates.length === 0) {
    io.stderr(`${say(lang, 'no-targets', { file, sentences: result.sentences })}\n`);
    return EXIT_BAD_INPUT;
  }

  if (args.json) {
    io.stdout(stringifyJson({ candidates: candidates.map(candidateJson) }));
  } else {
    const period = context.period ? `“${context.period.name}” ${context.period.start}–${context.period.end}` : say(lang, 'no-period');
    const forward = candidates.filter((c) => c.forwardLooking).length;
    io.stdout(renderTable(candidates, lang));
    io.stdout(`${say(lang, 'summary', { total: candidates.length, forward, backward: candidates.length - forward, period })}\n`);
  }

  if (args.planOut !== undefined) {
    const title = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
    const fileName = file.replace(/^.*[\\/]/, '');
    // The text is kept with the draft (digest, length, the text): each target points to its place in it.
    const text = await sourceTextOf(document.text, fileName, fileName);
    const draft = buildDraftPlan(candidates, context, { title, fileName, text });
    const checked = validatePlan(JSON.parse(JSON.stringify(draft.plan)), lang);
    if (!checked.ok) {
      io.stderr(`${say(lang, 'plan-invalid', { detail: checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ') })}\n`);
      return EXIT_BAD_INPUT;
    }
    const written = await writeFileAtomic(io, args.planOut, `${JSON.stringify(draft.plan, null, 2)}\n`, lang);
    if (!written.ok) {
      io.stderr(`${written.lines.join('\n')}\n`);
      return EXIT_BAD_INPUT;
    }
    // With --json, stdout stays pure JSON: the report goes to stderr.
    const report = args.json ? io.stderr : io.stdout;
    const plan = draft.plan;
    report(
      `${say(lang, 'plan-written', { file: args.planOut, indicators: plan.indicators.length, targets: plan.targets.length, facts: plan.facts?.length ?? 0 })}\n`,
    );
    if (draft.skipped.length > 0) {
      report(`${say(lang, 'plan-skipped', { n: draft.skipped.length })}\n`);
      for (const s of draft.skipped) {
        const c = candidates.find((x) => x.id === s.id);
        report(`  ${s.id} ${c ? `${c.indicator} ${c.value} ${c.unit}` : ''}：${s.reason[lang]}\n`);
      }
    }
  }
  return EXIT_OK;
}
