/**
 * Command-line arguments: one command, one file, and the options that command takes.
 * Never throws: every problem becomes a message in the chosen language.
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../../models';
import { t } from './cli-messages';
import { COMMANDS, commandSpec, OTHER_WORDS, type Command } from './command-registry';
import { nearestWord } from './did-you-mean';
import { parseSimulationArgs, type SimulationArgs } from './simulation-args';

export { COMMANDS, type Command } from './command-registry';

/** Output formats of `project` (to stdout). */
export const FORMATS = ['table', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];
/** File formats of `export` (to --out). */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
/** File formats of `report` (the review report, to --out). */
export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const BASES = ['nominal', 'real'] as const;
export type Basis = (typeof BASES)[number];
export const LANGS = ['zh', 'en'] as const;

const OPTIONS = {
  scenario: { type: 'string' },
  format: { type: 'string' },
  basis: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  sd: { type: 'string', multiple: true },
  rho: { type: 'string', multiple: true },
  corr: { type: 'string', multiple: true },
  target: { type: 'string' },
  step: { type: 'string' },
  'plan-out': { type: 'string' },
  'as-of': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
export type OptionName = keyof typeof OPTIONS;

export interface ExportTarget {
  format: ExportFormat;
  /** The file to write. */
  out: string;
}

export interface CommandArgs {
  command: Command;
  file: string;
  scenario: string | undefined;
  /** `project`'s output format ('table' for the other commands). */
  format: Format;
  basis: Basis;
  json: boolean;
  lang: Lang;
  /** Set for `export` only. */
  export: ExportTarget | undefined;
  /** Set for `montecarlo` and `sensitivity` only. */
  simulation: SimulationArgs | undefined;
  /** `extract --plan-out FILE`: where to write the draft plan. */
  planOut?: string | undefined;
  /** `review --as-of YEAR`: ignore figures after this year. */
  asOf?: number | undefined;
  /** Set for `report` only: the review report's format and file. */
  report?: { format: ReportFormat; out: string } | undefined;
  /** `compare A B`: the second plan file. */
  file2?: string | undefined;
  /** `next-plan --out FILE`: where to write the new plan. */
  out?: string | undefined;
}

export type ArgsResult =
  | { kind: 'run'; args: CommandArgs }
  | { kind: 'help'; lang: Lang }
  | { kind: 'version' }
  | { kind: 'error'; message: string; lang: Lang };

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** The language asked for, looked up before full parsing so that argument errors speak it. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined && isOneOf(LANGS, value)) return value;
  }
  return 'zh';
}

interface ParseError {
  code?: unknown;
  message?: unknown;
}

function optionInMessage(message: string): string {
  const match = /'(-{1,2}[^'\s=]+)/.exec(message);
  return match?.[1] ?? message;
}

function describeParseError(error: unknown, lang: Lang): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ParseError;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const option = optionInMessage(message);
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = option.startsWith('--') ? nearestWord(option.slice(2).split('=')[0] ?? '', Object.keys(OPTIONS)) : null;
      return t(lang, near === null ? 'unknown-option' : 'unknown-option-near', { option, near: `--${near ?? ''}` });
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = option.replace(/^-+/, '');
      const boolean = name in OPTIONS && OPTIONS[name as OptionName].type === 'boolean';
      return t(lang, boolean ? 'option-takes-no-value' : 'option-needs-value', { option });
    }
    default:
      return t(lang, 'bad-args', { detail: message });
  }
}

/**
 * `--seed -1`: node's parseArgs refuses a value that starts with a dash ("ambiguous").
 * A negative number can never be an option, so it is joined to its option
 * (`--seed=-1`) and then refused for what it is, with the option's own message.
 */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    const name = a.startsWith('--') ? a.slice(2) : '';
    if (name in OPTIONS && OPTIONS[name as OptionName].type === 'string' && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

function tryParse(argv: readonly string[]) {
  try {
    const args = joinNegativeNumbers(argv);
    const result = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
    return { ok: true as const, result };
  } catch (error) {
    return { ok: false as const, error };
  }
}

export function parseCliArgs(argv: readonly string[]): ArgsResult {
  const lang = langFromArgv(argv);
  const error = (message: string): ArgsResult => ({ kind: 'error', message, lang });

  const parsed = tryParse(argv);
  if (!parsed.ok) return error(describeParseError(parsed.error, lang));
  const { values, positionals, tokens } = parsed.result;

  const [first, ...rest] = positionals;
  if (values.version) return { kind: 'version' };
  if (first === undefined || first === 'help') {
    if (first === undefined && !values.help) return error(t(lang, 'no-command'));
    return { kind: 'help', lang };
  }
  if (!isOneOf(COMMANDS, first)) {
    const words = [...COMMANDS, ...OTHER_WORDS];
    const near = nearestWord(first, words);
    const list = words.join(lang === 'zh' ? '、' : ', ');
    return error(t(lang, near === null ? 'unknown-command' : 'unknown-command-near', { command: first.slice(0, 80), near: near ?? '', commands: list }));
  }
  const command = first;

  const allowed: readonly OptionName[] = commandSpec(command).options;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const name = token.name as OptionName;
    if (name === 'version') continue;
    if (!allowed.includes(name)) {
      return error(
        t(lang, 'option-not-for-command', {
          option: name,
          command,
          allowed: allowed.filter((o) => o !== 'help').map((o) => `--${o}`).join(' '),
        }),
      );
    }
  }
  if (values.help) return { kind: 'help', lang };

  if (values.lang !== undefined && !isOneOf(LANGS, values.lang)) {
    return error(t(lang, 'bad-choice', { option: 'lang', value: values.lang, choices: LANGS.join('|') }));
  }
  let format: Format = 'table';
  let exportFormat: ExportFormat | undefined;
  let reportFormat: ReportFormat | undefined;
  if (command === 'report') {
    if (values.format === undefined) return error(t(lang, 'report-needs-format', { choices: REPORT_FORMATS.join('|') }));
    if (!isOneOf(REPORT_FORMATS, values.format)) {
      return error(t(lang, 'bad-choice', { option: 'format', value: values.format, choices: REPORT_FORMATS.join('|') }));
    }
    reportFormat = values.format;
  } else if (command === 'export') {
    if (values.format === undefined) return error(t(lang, 'export-needs-format', { choices: EXPORT_FORMATS.join('|') }));
    if (!isOneOf(EXPORT_FORMATS, values.format)) {
      return error(t(lang, 'bad-choice', { option: 'format', value: values.format, choices: EXPORT_FORMATS.join('|') }));
    }
    exportFormat = values.format;
  } else if (values.format !== undefined) {
    if (!isOneOf(FORMATS, values.format)) {
      return error(t(lang, 'bad-choice', { option: 'format', value: values.format, choices: FORMATS.join('|') }));
    }
    format = values.format;
  }
  const basis = values.basis ?? 'nominal';
  if (!isOneOf(BASES, basis)) {
    return error(t(lang, 'bad-choice', { option: 'basis', value: basis, choices: BASES.join('|') }));
  }

  const [file, ...more] = rest;
  if (file === undefined || file === '') return error(t(lang, 'missing-file', { command }));
  let file2: string | undefined;
  let extra = more;
  if (command === 'compare') {
    [file2, ...extra] = more;
    if (file2 === undefined || file2 === '') return error(t(lang, 'compare-needs-two'));
  }
  if (extra.length > 0) return error(t(lang, 'extra-arguments', { extra: extra.join(' ') }));
  let out: string | undefined;
  if (command === 'next-plan') {
    out = values.out;
    if (out === undefined || out === '') return error(t(lang, 'next-plan-needs-out'));
  }

  let report: { format: ReportFormat; out: string } | undefined;
  if (reportFormat !== undefined) {
    const reportOut = values.out;
    if (reportOut === undefined || reportOut === '') return error(t(lang, 'report-needs-out', { format: reportFormat }));
    report = { format: reportFormat, out: reportOut };
  }

  let exportTarget: ExportTarget | undefined;
  if (exportFormat !== undefined) {
    const out = values.out;
    if (out === undefined || out === '') return error(t(lang, 'export-needs-out', { format: exportFormat }));
    exportTarget = { format: exportFormat, out };
  }

  let asOf: number | undefined;
  const asOfText = values['as-of'];
  if (asOfText !== undefined) {
    asOf = /^\d{4}$/.test(asOfText) ? Number(asOfText) : Number.NaN;
    if (!Number.isInteger(asOf)) return error(t(lang, 'bad-as-of', { value: asOfText.slice(0, 80) }));
  }

  let simulation: SimulationArgs | undefined;
  if (command === 'montecarlo' || command === 'sensitivity') {
    const sim = parseSimulationArgs(command, values, lang);
    if (!sim.ok) return error(sim.message);
    simulation = sim.args;
  }

  return {
    kind: 'run',
    args: {
      command,
      file,
      scenario: values.scenario,
      format,
      basis,
      json: values.json ?? false,
      lang,
      export: exportTarget,
      simulation,
      planOut: values['plan-out'],
      asOf,
      ...(report ? { report } : {}),
      ...(file2 !== undefined ? { file2 } : {}),
      ...(out !== undefined ? { out } : {}),
    },
  };
}
