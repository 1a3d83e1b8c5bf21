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
    zh: (p) => `未知命令“${p.command}”（可用：${p.commands}）`,
    en: (p) => `unknown command "${p.command}" (use one of ${p.commands})`,
  },
  'unknown-command-near': {
    zh: (p) => `未知命令“${p.command}”，是否要用 ${p.near}？（可用：${p.commands}）`,
    en: (p) => `unknown command "${p.command}"; did you mean ${p.near}? (use one of ${p.commands})`,
  },
  'unknown-option': {
    zh: (p) => `未知选项 ${p.option}。用法见 \`npm run cli -- help\``,
    en: (p) => `unknown option ${p.option}. See \`npm run cli -- help\``,
  },
  'unknown-option-near': {
    zh: (p) => `未知选项 ${p.option}，是否要用 ${p.near}？用法见 \`npm run cli -- help\``,
    en: (p) => `unknown option ${p.option}; did you mean ${p.near}? See \`npm run cli -- help\``,
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
  'compare-needs-two': {
    zh: () => 'compare 命令需要两个规划文件，例如：npm run cli -- compare a.json b.json',
    en: () => 'the compare command needs two plan files, e.g. npm run cli -- compare a.json b.json',
  },
  'next-plan-needs-out': {
    zh: () => 'next-plan 命令需要 --out FILE：新规划写入的文件',
    en: () => 'the next-plan command needs --out FILE: the file to write the new plan to',
  },
  'next-plan-no-period': {
    zh: (p) => `无法续编：没有在基期 ${p.base} 年之后结束的规划期`,
    en: (p) => `cannot start the next plan: no period ends after the base year ${p.base}`,
  },
  'next-plan-no-years': {
    zh: (p) => `无法续编：规划期结束于 ${p.base} 年，已到远景年份 ${p.horizon} 年`,
    en: (p) => `cannot start the next plan: the period ends in ${p.base}, the plan's horizon year ${p.horizon}`,
  },
  'next-plan-written': {
    zh: (p) => `已写入 ${p.file}：基期 ${p.base} 年；基期值取自报告数 ${p.reported} 项、按情景推算 ${p.estimated} 项（标“预计”）、缺 ${p.missing} 项；沿用远期目标 ${p.carried} 项；上期 ${p.outcomes} 项目标的完成情况记入 predecessor`,
    en: (p) => `wrote ${p.file}: base year ${p.base}; base values from reported figures ${p.reported}, estimated from the scenario ${p.estimated} (status estimate), missing ${p.missing}; goals carried ${p.carried}; outcomes of ${p.outcomes} targets of the finished period kept in predecessor`,
  },
  'report-needs-format': {
    zh: (p) => `report 命令需要 --format（${p.choices} 之一），例如：--format docx`,
    en: (p) => `the report command needs --format (one of ${p.choices}), e.g. --format docx`,
  },
  'report-needs-out': {
    zh: (p) => `report 命令需要 --out 指定要写入的文件，例如：--out review.${p.format}`,
    en: (p) => `the report command needs --out with the file to write, e.g. --out review.${p.format}`,
  },
  'no-chromium': {
    zh: () => 'PDF 需要 Chromium 或 Chrome 来排版打印，但未找到；请安装 chromium，或用环境变量 PLANPATH_CHROMIUM 指定其路径（也可改用 --format docx）',
    en: () => 'a PDF needs Chromium or Chrome to lay out and print it, and none was found; install chromium or set PLANPATH_CHROMIUM to its path (or use --format docx)',
  },
  'pdf-failed': {
    zh: (p) => `Chromium 未能打印 PDF：${p.detail}`,
    en: (p) => `Chromium could not print the PDF: ${p.detail}`,
  },
  reported: {
    zh: (p) => `已写入 ${p.file}（评估报告，${p.format}，情景：${p.scenario}，截至${p.asOf}年）`,
    en: (p) => `wrote ${p.file} (review report, ${p.format}, scenario: ${p.scenario}, as of ${p.asOf})`,
  },
  'bad-as-of': {
    zh: (p) => `--as-of 应为四位年份，而不是“${p.value}”`,
    en: (p) => `--as-of takes a four-digit year, not "${p.value}"`,
  },
  'as-of-out-of-range': {
    zh: (p) => `--as-of ${p.value} 不在规划的年份范围 ${p.from}—${p.to} 内`,
    en: (p) => `--as-of ${p.value} is outside the plan's years ${p.from}–${p.to}`,
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
  // montecarlo and sensitivity: options.
  'bad-whole-number': {
    zh: (p) => `--${p.option} 的值“${p.value}”无效，应为 ${p.min} 到 ${p.max} 之间的整数`,
    en: (p) => `--${p.option} "${p.value}" is not valid; use a whole number from ${p.min} to ${p.max}`,
  },
  'bad-pair': {
    zh: (p) => `--${p.option} 的值“${p.item}”无效，应为“指标=数值”，例如 ${p.example}（多项用逗号分隔）`,
    en: (p) => `--${p.option} "${p.item}" is not valid; use indicator=number, e.g. ${p.example} (several separated by commas)`,
  },
  'bad-pair-number': {
    zh: (p) => `--${p.option}：“${p.item}”中的“${p.number}”不是数字`,
    en: (p) => `--${p.option}: "${p.number}" in "${p.item}" is not a number`,
  },
  'bad-corr-pair': {
    zh: (p) => `--corr 的值“${p.item}”无效，应为“指标:指标=相关系数”，例如 income_urban:gdp=0.8`,
    en: (p) => `--corr "${p.item}" is not valid; use indicator:indicator=correlation, e.g. income_urban:gdp=0.8`,
  },
  'needs-target': {
    zh: () => 'sensitivity 命令需要 --target 指定目标，例如 --target gdp-2035-double',
    en: () => 'the sensitivity command needs --target with a target id, e.g. --target gdp-2035-double',
  },
  'unknown-target': {
    zh: (p) => `--target：未知目标“${p.id}”。可用的目标：${p.available}`,
    en: (p) => `--target: unknown target "${p.id}". Available targets: ${p.available}`,
  },
  'sd-with-unit-step': {
    zh: () => '--sd 只用于 --step sd（按标准差移动假设）；--step unit 时请去掉 --sd',
    en: () => '--sd applies only with --step sd (moving assumptions by a standard deviation); drop it with --step unit',
  },
  'unknown-shock-indicator': {
    zh: (p) => `--${p.option}：未知指标“${p.id}”（可用：${p.available}）`,
    en: (p) => `--${p.option}: unknown indicator "${p.id}" (use one of ${p.available})`,
  },
  'derived-shock': {
    zh: (p) => `--sd：${p.id} 是派生指标，随其公式的输入变动；请对输入指标设定波动`,
    en: (p) => `--sd: ${p.id} is derived and follows its formula's inputs; give the inputs an sd instead`,
  },
  'duplicate-flag': {
    zh: (p) => `--${p.option}：${p.id} 给了两次`,
    en: (p) => `--${p.option}: ${p.id} is given twice`,
  },
  'bad-sd-log': {
    zh: (p) => `--sd：${p.id} 的标准差“${p.value}”无效，应在 0 到 ${p.max} 之间（对数增长率，例如 0.02 即约 2 个百分点）`,
    en: (p) => `--sd: ${p.id}'s standard deviation "${p.value}" is not valid; use 0 to ${p.max} (of log growth: 0.02 is about 2 points)`,
  },
  'bad-sd-points': {
    zh: (p) => `--sd：${p.id} 的标准差“${p.value}”无效，应在 0 到 ${p.max} 个百分点之间`,
    en: (p) => `--sd: ${p.id}'s standard deviation "${p.value}" is not valid; use 0 to ${p.max} percentage points`,
  },
  'rho-without-shock': {
    zh: (p) => `--rho：${p.id} 没有设定波动，请先用 --sd 给出它的标准差`,
    en: (p) => `--rho: ${p.id} has no shock; give it a standard deviation with --sd first`,
  },
  'bad-rho': {
    zh: (p) => `--rho：${p.id} 的持续性“${p.value}”无效，应大于 −1 且小于 1（0 为各年独立）`,
    en: (p) => `--rho: ${p.id}'s persistence "${p.value}" is not valid; use a number above −1 and below 1 (0: independent years)`,
  },
  'corr-self': {
    zh: (p) => `--corr：“${p.item}”是同一指标与自身的相关`,
    en: (p) => `--corr: "${p.item}" correlates an indicator with itself`,
  },
  'bad-corr': {
    zh: (p) => `--corr：“${p.item}”的相关系数 ${p.value} 无效，应在 −1 到 1 之间`,
    en: (p) => `--corr: the correlation ${p.value} in "${p.item}" is not valid; use −1 to 1`,
  },
  'corr-without-shock': {
    zh: (p) => `--corr：“${p.item}”中的 ${p.missing} 没有设定波动，请用 --sd 给出标准差`,
    en: (p) => `--corr: ${p.missing} in "${p.item}" has no shock; give it a standard deviation with --sd`,
  },
  'corr-not-positive-definite': {
    zh: () => '--corr：所给的相关系数不能同时成立（相关矩阵非正定）；±1 也不可用，可改用 ±0.999',
    en: () => '--corr: the correlations given cannot hold together (the matrix is not positive definite); ±1 is refused too, use ±0.999',
  },
  'uncertainty-rejected': {
    zh: (p) => `--${p.option}：${p.detail}`,
    en: (p) => `--${p.option}: ${p.detail}`,
  },
  'no-default-uncertainty': {
    zh: (p) => `未给出 --sd，而默认的波动无法从规划文件校准：${p.reason}。请用 --sd 指定，例如 --sd ${p.id}=0.02`,
    en: (p) => `no --sd given, and the default volatility cannot be calibrated from the plan file: ${p.reason}. Give one with --sd, e.g. --sd ${p.id}=0.02`,
  },
  'calibration-no-indicator': { zh: (p) => `规划中没有指标 ${p.indicator}`, en: (p) => `the plan has no indicator ${p.indicator}` },
  'calibration-derived': { zh: (p) => `${p.indicator} 是派生指标`, en: (p) => `${p.indicator} is derived` },
  'calibration-no-real-growth': {
    zh: (p) => `${p.indicator} 没有报告的实际增长率`,
    en: (p) => `${p.indicator} has no reported real growth rates`,
  },
  'calibration-too-few': {
    zh: (p) => `${p.indicator} 只有 ${p.count} 年报告的增长率，至少需要 3 年`,
    en: (p) => `${p.indicator} has ${p.count} reported growth rates; at least 3 are needed`,
  },
  // montecarlo and sensitivity: output.
  'mc-runs': {
    zh: (p) => `模拟 ${p.runs} 条路径，随机种子 ${p.seed}（同一种子在任何机器上给出相同结果）`,
    en: (p) => `${p.runs} simulated paths, seed ${p.seed} (the same seed gives the same numbers on every machine)`,
  },
  'mc-uncertainty': {
    zh: () => '不确定性（各年冲击；水平指标作用于实际增长率的对数）：',
    en: () => 'Uncertainty (a shock each year; on the log of real growth for levels):',
  },
  'mc-shock': {
    zh: (p) => `  ${p.name}：标准差 ${p.sd}/年，持续性 ρ = ${p.rho}`,
    en: (p) => `  ${p.name}: sd ${p.sd} a year, persistence rho = ${p.rho}`,
  },
  'mc-calibrated': {
    zh: (p) => `    默认值，由规划文件中 ${p.count} 年报告的实际增长率校准（${p.years}；增长率本身的标准差 ${p.sdRate}）`,
    en: (p) => `    the default, calibrated from ${p.count} reported real growth rates in the plan file (${p.years}; sd of the rates themselves ${p.sdRate})`,
  },
  'mc-followers': {
    zh: (p) => `  随之变动（与其挂钩）：${p.names}`,
    en: (p) => `  Following it (linked): ${p.names}`,
  },
  'mc-correlation': {
    zh: (p) => `  相关：${p.a} 与 ${p.b}，ρ = ${p.rho}`,
    en: (p) => `  Correlation: ${p.a} and ${p.b}, rho = ${p.rho}`,
  },
  'mc-targets': { zh: () => '各目标的达成概率：', en: () => 'Probability of meeting each target:' },
  'col-probability': { zh: () => '达成概率', en: () => 'Probability' },
  'col-deterministic': { zh: () => '确定性推演', en: () => 'Deterministic' },
  'mc-probability-note': {
    zh: (p) => `达成概率 = 达成目标的路径占全部路径的比例；抽样误差至多约 ±${p.se} 个百分点（一个标准误）。— 缺基期值，无法模拟。`,
    en: (p) => `Probability = share of all paths that meet the target; sampling error at most about ±${p.se} points (one standard error). — needs a base value.`,
  },
  'mc-percentiles': {
    zh: (p) => `主要指标的分位数，${p.basis}：`,
    en: (p) => `Percentiles of the main indicators, ${p.basis}:`,
  },
  'col-path': { zh: () => '情景推演', en: () => 'Scenario' },
  'mc-no-main': { zh: () => '（规划中没有主要指标）', en: () => '(the plan has none of the main indicators)' },
  deflator: { zh: () => '价格平减指数', en: () => 'Price deflator' },
  'sens-target': {
    zh: (p) => `目标：${p.label}（${p.id}），${p.year} 年`,
    en: (p) => `Target: ${p.label} (${p.id}), ${p.year}`,
  },
  'sens-base-gap': {
    zh: (p) => `基线差距（预测值 − 目标值）：${p.gap}${p.unit}`,
    en: (p) => `Baseline gap (projected − target): ${p.gap}${p.unit}`,
  },
  'sens-no-gap': {
    zh: () => '该目标在此情景下没有预测值（缺基期值），无法做敏感性分析。',
    en: () => 'The target has no projected value in this scenario (it needs a base value): no sensitivity to show.',
  },
  'sens-steps-unit': {
    zh: () => '每项假设在该时期各年同时下移、上移一步：增长率与价格 ±1 个百分点/年，份额 ±1 个百分点/年，流量 ±10%。按摆幅排序。',
    en: () => 'Each assumption is moved down and up by one step in every year of its period: growth and prices ±1 point a year, shares ±1 point a year, flows ±10%. Sorted by swing.',
  },
  'sens-steps-sd': {
    zh: () => '每项假设在该时期各年同时下移、上移一个标准差（未设波动的假设按单位步长）。按摆幅排序。',
    en: () => 'Each assumption is moved down and up by one standard deviation in every year of its period (the unit step where it has none). Sorted by swing.',
  },
  'col-assumption': { zh: () => '假设', en: () => 'Assumption' },
  'col-period': { zh: () => '时期', en: () => 'Period' },
  'col-step': { zh: () => '步长', en: () => 'Step' },
  'col-gap-low': { zh: () => '差距（下移）', en: () => 'Gap at −step' },
  'col-gap-high': { zh: () => '差距（上移）', en: () => 'Gap at +step' },
  'col-swing': { zh: () => '摆幅', en: () => 'Swing' },
  'sens-unit': { zh: (p) => `单位：${p.unit}`, en: (p) => `Unit: ${p.unit}` },
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
  'col-binding': { zh: () => '属性', en: () => 'Binding' },
  'binding-binding': { zh: () => '约束性', en: () => 'binding' },
  'binding-expected': { zh: () => '预期性', en: () => 'expected' },
  'binding-unmarked': { zh: () => '未标注', en: () => 'not marked' },
  'col-indicator': { zh: () => '指标', en: () => 'Indicator' },
  'col-id': { zh: () => '标识', en: () => 'Id' },
  'col-no': { zh: () => '编号', en: () => 'No.' },
  'col-direction': { zh: () => '类型', en: () => 'Type' },
  'col-value': { zh: () => '数值', en: () => 'Value' },
  'col-category': { zh: () => '类别', en: () => 'Kind' },
  'col-confidence': { zh: () => '置信度', en: () => 'Confidence' },
  'sens-zero-rows': {
    zh: (p) => `另有 ${p.count} 项假设的摆幅为 0（按显示精度）：${p.names}`,
    en: (p) => `${p.count} more assumptions have a zero swing (at the precision shown): ${p.names}`,
  },
  'status-met': { zh: () => '达成', en: () => 'met' },
  'status-missed': { zh: () => '未达成', en: () => 'missed' },
  'status-needs-base': { zh: () => '缺基期值', en: () => 'needs base' },
  'per-year': { zh: (p) => `${p.value}/年`, en: (p) => `${p.value}/yr` },
  'growth-unit': { zh: () => '年均增速', en: () => 'growth a year' },
  summary: {
    zh: (p) => `共 ${p.total} 项目标：达成 ${p.met}，未达成 ${p.missed}，缺基期值 ${p.needsBase}`,
    en: (p) => `${p.total} targets: ${p.met} met, ${p.missed} missed, ${p.needsBase} need a base value`,
  },
  'summary-group': {
    zh: (p) => `  ${p.group} ${p.total} 项：达成 ${p.met}，未达成 ${p.missed}，缺基期值 ${p.needsBase}`,
    en: (p) => `  ${p.group}, ${p.total}: ${p.met} met, ${p.missed} missed, ${p.needsBase} need a base value`,
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
    // Scripts look for the leading "OK: ": it stays in both languages.
    zh: (p) => `OK: ${p.title} — ${p.indicators} 个指标，${p.targets} 项目标，${p.scenarios} 个情景`,
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
