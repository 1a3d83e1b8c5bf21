/**
 * Every CLI command in one list: its name, what follows it in the usage line, the
 * options it takes, its description in the help, and how it runs. The argument parser,
 * the help, the unknown-command message (with its "did you mean") and the dispatcher all
 * read this list, so a new command joins all of them by adding one entry here (and its
 * new options, if any, to OPTIONS in args.ts and to OPTION_HELP in help.ts).
 *
 * Commands past check/project/validate load their module when called (dynamic import),
 * so the bundled CLI starts without exceljs, the document readers or Monte Carlo.
 */
import type { Lang } from '../../models';
import type { CommandArgs, OptionName } from './args';
import type { CliIo } from './io';
import { runPlanCommand } from './plan-commands';
import { runValidate } from './validate-command';

export interface CommandSpec {
  name: string;
  /** What follows the command in the usage line; a second line continues it. */
  usage: string;
  /** The options it takes (`--lang` and `--help` included). */
  options: readonly OptionName[];
  /** Its description in the help, line by line. */
  describe: Record<Lang, readonly string[]>;
  run(args: CommandArgs, io: CliIo): Promise<number>;
}

export const COMMAND_SPECS = [
  {
    name: 'project',
    usage: '<plan.json> [--scenario ID] [--format table|csv|json] [--basis nominal|real] [--lang zh|en]',
    options: ['scenario', 'format', 'basis', 'lang', 'help'],
    describe: {
      zh: ['逐年推演每个指标（默认表格；csv、json 便于脚本处理）'],
      en: ['every indicator, year by year (a table by default; csv and json for scripts)'],
    },
    run: runPlanCommand,
  },
  {
    name: 'check',
    usage: '<plan.json> [--scenario ID] [--json] [--lang zh|en]',
    options: ['scenario', 'json', 'lang', 'help'],
    describe: {
      zh: ['检查每项目标（附目标标识）：预测值、差距、所需年均增长、是否达成，以及目标间的一致性'],
      en: ['every target (with its id): projected value, gap, required annual growth, met or not,', 'and the tensions between targets'],
    },
    run: runPlanCommand,
  },
  {
    name: 'export',
    usage: '<plan.json> [--scenario ID] --format csv|xlsx|json --out FILE [--basis nominal|real] [--lang zh|en]',
    options: ['scenario', 'format', 'basis', 'out', 'lang', 'help'],
    describe: {
      zh: [
        '把一个情景导出到文件（先写临时文件再改名，失败时不留半个文件）：',
        '  csv   推演表（指标 × 年份，按 --basis 口径），UTF-8 带 BOM，Excel 可直接打开',
        '  xlsx  工作表：情景假设、现价推演、不变价推演、目标与差距，附来源说明',
        '  json  即 project --format json 的内容，另加 check --json 的 targets',
      ],
      en: [
        'one scenario to a file (written to a temporary file, then renamed: never',
        'a partial file):',
        '  csv   the projection (indicators × years, in --basis), UTF-8 with a BOM for Excel',
        '  xlsx  sheets: assumptions, projection at current prices, at base-year prices,',
        '        targets and gaps; with a source line',
        '  json  what project --format json prints, plus targets as check --json prints them',
      ],
    },
    run: async (args, io) => (await import('./export-command')).runExport(args, io),
  },
  {
    name: 'validate',
    usage: '<file.json> [--lang zh|en]',
    options: ['lang', 'help'],
    describe: {
      zh: ['校验规划文件，列出每个问题的字段路径和原因'],
      en: ['check a plan file; each problem is given with its field path and reason'],
    },
    run: runValidate,
  },
  {
    name: 'montecarlo',
    usage: '<plan.json> [--scenario ID] [--runs N] [--seed S] [--sd ID=SD,…] [--rho ID=RHO,…]\n[--corr ID:ID=R,…] [--basis nominal|real] [--json] [--lang zh|en]',
    options: ['scenario', 'runs', 'seed', 'sd', 'rho', 'corr', 'json', 'basis', 'lang', 'help'],
    describe: {
      zh: [
        '蒙特卡洛模拟：每项目标的达成概率，主要指标 2025、2030、2035 年的',
        '5/25/50/75/95 分位数。各年冲击作用于实际增长率的对数（份额类以百分点计，',
        '流量类作用于数额的对数），可设 AR(1) 持续性与指标间相关；同一种子结果相同。',
        '不给 --sd 时，GDP 的标准差由规划文件中报告的实际增长率校准，与 GDP 挂钩的收入随之变动',
      ],
      en: [
        'Monte Carlo runs: the probability of meeting each target, and the',
        'percentiles 5/25/50/75/95 of the main indicators in 2025, 2030 and 2035.',
        'Shocks each year on log real growth (points for shares, the log amount for',
        'flows), with AR(1) persistence and correlations if set; the same seed gives',
        "the same numbers. Without --sd, GDP's sd is calibrated from the real growth",
        'rates reported in the plan file, and incomes linked to GDP follow it',
      ],
    },
    run: async (args, io) => (await import('./montecarlo-command')).runMonteCarloCommand(args, io),
  },
  {
    name: 'sensitivity',
    usage: '<plan.json> [--scenario ID] --target ID [--step unit|sd] [--sd ID=SD,…] [--json] [--lang zh|en]',
    options: ['scenario', 'target', 'step', 'sd', 'json', 'lang', 'help'],
    describe: {
      zh: [
        '龙卷风图：每项假设（指标 × 规划期、价格平减指数）上下移动一步后目标差距的变化，按摆幅排序；',
        '摆幅为 0 的假设合并为一行',
      ],
      en: [
        'the tornado of one target: each assumption (indicator × plan period, and',
        "the deflator) moved down and up by one step, the change of the target's gap,",
        'sorted by swing; the assumptions with a zero swing are folded into one line',
      ],
    },
    run: async (args, io) => (await import('./sensitivity-command')).runSensitivityCommand(args, io),
  },
  {
    name: 'extract',
    usage: '<text.txt|.docx|.pdf> [--json] [--plan-out draft.json] [--lang zh|en]',
    options: ['json', 'plan-out', 'lang', 'help'],
    describe: {
      zh: [
        '从规划文本中找出每一处量化表述（目标、基期值、实际值）：指标、数值和单位、年份、比较词、',
        '类型、是否前瞻、置信度及所在句子和章节。读 .txt（UTF-8、UTF-16 或 GB18030，自动识别）、.docx',
        '和有文字层的 PDF',
      ],
      en: [
        'every quantitative statement of a plan text (targets, base values, actuals):',
        'indicator, value and unit, year, comparison, kind, forward-looking or not,',
        'confidence, with its sentence and section. Reads .txt (UTF-8, UTF-16 or GB18030,',
        'detected), .docx and PDFs with a text layer',
      ],
    },
    run: async (args, io) => (await import('./extract-command')).runExtract(args, io),
  },
  {
    name: 'review',
    usage: '<plan.json> [--scenario ID] [--as-of YEAR] [--json] [--lang zh|en]',
    options: ['scenario', 'as-of', 'json', 'lang', 'help'],
    describe: {
      zh: [
        '规划评估：每项目标按报告数据（无报告数据的年份按情景预测，标“预测”）判定达成与否，',
        '差距（数值与百分比），基期以来实际与名义年均增长对比规划增长，以及从最新报告值起',
        '到目标年份所需的年均增长与近五年实际增长',
      ],
      en: [
        'the plan review: every target judged on the reported figure of its year',
        "(the scenario's projection where there is none, marked projected), the gap",
        'in units and percent, growth achieved since the base year (real and nominal)',
        'against the growth planned, and the growth still required from the latest',
        'reported level beside the growth of the last five reported years',
      ],
    },
    run: async (args, io) => (await import('./review-command')).runReview(args, io),
  },
  {
    name: 'report',
    usage: '<plan.json> [--scenario ID] [--as-of YEAR] --format docx|pdf|xlsx --out FILE [--lang zh|en]',
    options: ['scenario', 'as-of', 'format', 'out', 'lang', 'help'],
    describe: {
      zh: [
        '规划实施情况评估报告（一个情景、一次评估）：完成情况（达成/未达成/待公布/无数据，分约束性、',
        '预期性计数）、主要目标、已实现与尚需增速、主要指标走势图、分类目标表、方法说明、数据来源。',
        'docx 为可编辑的 Word 文档；xlsx 为可打印的工作簿；pdf 由本机 Chromium 排版打印',
      ],
      en: [
        'the review report of one scenario (one evaluation): the summary (met / missed /',
        'pending / no data, counted for binding and expected targets apart), the headline',
        'targets, growth achieved and now required, the headline chart, the targets by',
        'group, methods and sources. docx: an editable Word document; xlsx: a workbook',
        'ready to print; pdf: laid out and printed by the local Chromium',
      ],
    },
    run: async (args, io) => (await import('./report-command')).runReport(args, io),
  },
  {
    name: 'next-plan',
    usage: '<plan.json> --out FILE [--scenario ID] [--lang zh|en]',
    options: ['scenario', 'out', 'lang', 'help'],
    describe: {
      zh: [
        '续编下一期规划：以已结束规划期的末年为基期，基期值取该年报告数（无报告数的按情景推算并标“预计”），',
        '沿用指标、价格、情景和远期目标，上期各项目标的完成情况记入新规划（predecessor）',
      ],
      en: [
        "start the next plan: the finished period's last year becomes the base year, each",
        'base value the reported figure of that year (estimated from the scenario and marked',
        '"estimate" where there is none); indicators, prices, scenarios and goals beyond the',
        "period are carried, and the finished period's outcomes kept in the new plan (predecessor)",
      ],
    },
    run: async (args, io) => (await import('./next-plan-command')).runNextPlan(args, io),
  },
  {
    name: 'compare',
    usage: '<a.json> <b.json> [--json] [--lang zh|en]',
    options: ['json', 'lang', 'help'],
    describe: {
      zh: ['两个规划并列对比：指标按标识或名称匹配，逐项列出两规划的目标、数值、判定与所需/实际增长，', '以及只见于一方的指标'],
      en: [
        'two plans side by side: indicators matched by id or name, each target of both plans',
        'with its value, verdict and achieved or required growth, and the indicators only',
        'one plan has',
      ],
    },
    run: async (args, io) => (await import('./compare-command')).runCompare(args, io),
  },
] as const satisfies readonly CommandSpec[];

export type Command = (typeof COMMAND_SPECS)[number]['name'];

export const COMMANDS: readonly Command[] = COMMAND_SPECS.map((c) => c.name);

/** The words the CLI takes in the command's place besides the commands: for messages and "did you mean". */
export const OTHER_WORDS = ['help'] as const;

export function commandSpec(name: Command): CommandSpec {
  return COMMAND_SPECS.find((c) => c.name === name) as CommandSpec;
}
