/** The CLI's own words (argument and file errors, table headings), in both languages. */
import type { Lang } from '../../models';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const MESSAGES = {
  'no-command': {
    zh: () => '缺少命令。用法见 `npm run cli -- help`',
    en: () => 'no command given. See `npm run cli -- help`',
  },
  'unknown-command': {
    zh: (p) => `未知命令“${p.command}”（可用：project、check、export、validate、help）`,
    en: (p) => `unknown command "${p.command}" (use project, check, export, validate or help)`,
  },
  'unknown-option': {
    zh: (p) => `未知选项 ${p.option}。用法见 \`npm run cli -- help\``,
    en: (p) => `unknown option ${p.option}. See \`npm run cli -- help\``,
  },
  'option-not-for-command': {
    zh: (p) => `选项 --${p.option} 不适用于 ${p.command} 命令（可用：${p.allowed}）`,
    en: (p) => `option --${p.option} does not apply to the ${p.command} command (it takes ${p.allowed})`,
  },
  'option-needs-value': {
    zh: (p) => `选项 ${p.option} 需要一个值`,
    en: (p) => `option ${p.option} needs a value`,
  },
  'option-takes-no-value': {
    zh: (p) => `选项 ${p.option} 不接受值`,
    en: (p) => `option ${p.option} takes no value`,
  },
  'bad-args': {
    zh: (p) => `参数有误：${p.detail}`,
    en: (p) => `bad arguments: ${p.detail}`,
  },
  'bad-choice': {
    zh: (p) => `--${p.option} 的值“${p.value}”无效，应为 ${p.choices} 之一`,
    en: (p) => `--${p.option} "${p.value}" is not valid; use one of ${p.choices}`,
  },
  'missing-file': {
    zh: (p) => `${p.command} 命令需要一个文件路径，例如：npm run cli -- ${p.command} scenarios/xuzhou-14th-fyp.json`,
    en: (p) => `the ${p.command} command needs a file path, e.g. npm run cli -- ${p.command} scenarios/xuzhou-14th-fyp.json`,
  },
  'export-needs-format': {
    zh: (p) => `export 命令需要 --format（${p.choices} 之一），例如：--format xlsx`,
    en: (p) => `the export command needs --format (one of ${p.choices}), e.g. --format xlsx`,
  },
  'export-needs-out': {
    zh: (p) => `export 命令需要 --out 指定要写入的文件，例如：--out xuzhou.${p.format}`,
    en: (p) => `the export command needs --out with the file to write, e.g. --out xuzhou.${p.format}`,
  },
  'extra-arguments': {
    zh: (p) => `多余的参数：${p.extra}（每次只处理一个文件）`,
    en: (p) => `unexpected extra arguments: ${p.extra} (one file at a time)`,
  },
  'file-not-found': {
    zh: (p) => `${p.file}：文件不存在`,
    en: (p) => `${p.file}: no such file`,
  },
  'file-is-directory': {
    zh: (p) => `${p.file}：这是一个目录，不是文件`,
    en: (p) => `${p.file}: is a directory, not a file`,
  },
  'file-permission': {
    zh: (p) => `${p.file}：没有读取权限`,
    en: (p) => `${p.file}: permission denied`,
  },
  'file-unreadable': {
    zh: (p) => `${p.file}：无法读取（${p.detail}）`,
    en: (p) => `${p.file}: cannot be read (${p.detail})`,
  },
  'file-too-large': {
    zh: (p) => `${p.file}：文件过大（${p.size} 字节），上限为 ${p.limit} 字节（5 MB）`,
    en: (p) => `${p.file}: file is too large (${p.size} bytes); the limit is ${p.limit} bytes (5 MB)`,
  },
  'cannot-write': {
    zh: (p) => `无法写入 ${p.file}：${p.reason}`,
    en: (p) => `cannot write ${p.file}: ${p.reason}`,
  },
  'write-no-folder': { zh: () => '所在目录不存在', en: () => 'the folder does not exist' },
  'write-not-folder': { zh: () => '路径中有一部分不是目录', en: () => 'part of the path is not a folder' },
  'write-is-directory': { zh: () => '这是一个目录，不是文件', en: () => 'it is a directory, not a file' },
  'write-permission': { zh: () => '没有写入权限', en: () => 'permission denied' },
  'write-read-only-fs': { zh: () => '文件系统为只读', en: () => 'the file system is read-only' },
  'write-no-space': { zh: () => '磁盘空间不足', en: () => 'no space left on the device' },
  'write-busy': { zh: () => '文件正被其他程序占用', en: () => 'the file is in use by another program' },
  'write-is-input': { zh: () => '这是正在读取的规划文件本身', en: () => 'it is the plan file being read' },
  'temp-left': {
    zh: (p) => `临时文件 ${p.file} 未能删除，请手动删除`,
    en: (p) => `the temporary file ${p.file} could not be removed; please delete it`,
  },
  exported: {
    zh: (p) => `已写入 ${p.file}（${p.format}，情景：${p.scenario}）`,
    en: (p) => `wrote ${p.file} (${p.format}, scenario: ${p.scenario})`,
  },
  'unknown-scenario': {
    zh: (p) => `未知情景“${p.id}”。可用的情景：${p.available}`,
    en: (p) => `unknown scenario "${p.id}". Available scenarios: ${p.available}`,
  },
  'internal-error': {
    zh: (p) => `internal error: ${p.detail}（内部错误，请报告此问题）`,
    en: (p) => `internal error: ${p.detail}`,
  },
  // Headings and words of the tables.
  scenario: { zh: (p) => `情景：${p.name}`, en: (p) => `Scenario: ${p.name}` },
  'col-target': { zh: () => '目标', en: () => 'Target' },
  'col-year': { zh: () => '年份', en: () => 'Year' },
  'col-unit': { zh: () => '单位', en: () => 'Unit' },
  'col-threshold': { zh: () => '目标值', en: () => 'Threshold' },
  'col-projected': { zh: () => '预测值', en: () => 'Projected' },
  'col-gap': { zh: () => '差距', en: () => 'Gap' },
  'col-required': { zh: () => '所需年均增长', en: () => 'Required a year' },
  'col-status': { zh: () => '状态', en: () => 'Status' },
  'col-indicator': { zh: () => '指标', en: () => 'Indicator' },
  'status-met': { zh: () => '达成', en: () => 'met' },
  'status-missed': { zh: () => '未达成', en: () => 'missed' },
  'status-needs-base': { zh: () => '缺基期值', en: () => 'needs base' },
  'per-year': { zh: (p) => `${p.value}/年`, en: (p) => `${p.value}/yr` },
  'growth-unit': { zh: () => '年均增速', en: () => 'growth a year' },
  summary: {
    zh: (p) => `共 ${p.total} 项目标：达成 ${p.met}，未达成 ${p.missed}，缺基期值 ${p.needsBase}`,
    en: (p) => `${p.total} targets: ${p.met} met, ${p.missed} missed, ${p.needsBase} need a base value`,
  },
  'consistency-heading': { zh: () => '规划一致性检查：', en: () => 'Plan consistency:' },
  'consistency-none': { zh: () => '规划一致性检查：未发现目标间的矛盾。', en: () => 'Plan consistency: no tensions found.' },
  'severity-warning': { zh: () => '警告', en: () => 'warning' },
  'severity-info': { zh: () => '提示', en: () => 'note' },
  'basis-nominal': { zh: () => '现价（名义）', en: () => 'current prices (nominal)' },
  'basis-real': { zh: () => `基年不变价（实际）`, en: () => 'base-year prices (real)' },
  'footnote-reported': {
    zh: () => '* 实际报告值（非预测）',
    en: () => '* reported figure (not projected)',
  },
  'footnote-unknown': { zh: () => '— 未知（缺基期值）', en: () => '— unknown (needs a base value)' },
  'validate-ok': {
    // The format is a published interface: keep it in both languages.
    zh: (p) => `OK: ${p.title} — ${p.indicators} indicators, ${p.targets} targets, ${p.scenarios} scenarios`,
    en: (p) => `OK: ${p.title} — ${p.indicators} indicators, ${p.targets} targets, ${p.scenarios} scenarios`,
  },
  'migrated-from': {
    zh: (p) => `（文件格式版本 ${p.from} 已按当前版本 ${p.to} 读取）`,
    en: (p) => `(file format version ${p.from} read as the current version ${p.to})`,
  },
} satisfies Record<string, { zh: Template; en: Template }>;

export type CliMessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: CliMessageKey, params: Params = {}): string {
  return MESSAGES[key][lang](params);
}
