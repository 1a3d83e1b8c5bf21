/**
 * Usage text: the usage lines and the commands' descriptions come from
 * command-registry.ts, so every command is in the help; the options are described here.
 */
import type { Lang } from '../../models';
import { COMMAND_SPECS } from './command-registry';

const TEXT = {
  zh: {
    title: 'PlanPath 命令行：规划情景推演与目标检查',
    usage: '用法：',
    commands: '命令：',
    options: `选项：
  --scenario ID   情景标识（默认 plan，没有则取第一个）
  --format        project 的输出格式：table（默认）、csv、json；export 必填：csv、xlsx、json
  --out FILE      export 写入的文件（必填；已存在则替换）
  --basis         project、export（csv、json）、montecarlo 表格的价格口径：nominal 现价（默认）、real 基年不变价
  --json          check、review、compare、montecarlo、sensitivity、extract 以 JSON 输出（字段名为稳定接口）
  --runs N        模拟路径数，1–1000000（默认 10000）
  --seed S        随机种子，0–4294967295（默认 1）
  --sd ID=SD      冲击的标准差（每年）：水平指标为实际增长率对数（0.02 约 2 个百分点），份额类为百分点，
                  流量类为数额对数；价格平减指数用 deflator。可重复或用逗号分隔；给出后取代默认值
  --rho ID=RHO    冲击的持续性 AR(1)，−1 < ρ < 1（默认 0：各年独立）
  --corr A:B=R    两个冲击的相关系数，−1 到 1（两者都要有 --sd 或默认冲击）
  --target ID     sensitivity 的目标（必填）
  --as-of YEAR    review 只用该年及以前的报告数据
  --plan-out FILE extract 另写一个草稿规划文件（validate 可通过），从文本读入的值标为“待核”(draft)
  --step          sensitivity 的步长：unit（默认：增长率 ±1 个百分点，份额 ±1 个百分点，流量 ±10%）或 sd（±1 个标准差；给出 --sd 时默认为 sd）
  --lang          语言：zh（默认）或 en
  --version, -v   打印版本号`,
    exit: '退出码：0 成功（目标未达成也是 0）；1 文件或参数错误；2 内部错误。',
  },
  en: {
    title: 'PlanPath command line: scenario projections and target checks for development plans',
    usage: 'Usage:',
    commands: 'Commands:',
    options: `Options:
  --scenario ID   scenario id (default: plan, else the first scenario)
  --format        project output: table (default), csv, json; export (required): csv, xlsx, json
  --out FILE      the file export writes (required; replaced if it exists)
  --basis         price basis of project, of export's csv and json, and of montecarlo's
                  table: nominal (current prices, default) or real (base-year prices)
  --json          check, review, compare, montecarlo, sensitivity and extract output as JSON (the
                  field names are a stable interface)
  --runs N        simulated paths, 1–1000000 (default 10000)
  --seed S        random seed, 0–4294967295 (default 1)
  --sd ID=SD      a shock's standard deviation a year: of log real growth for levels (0.02 is
                  about 2 points), in points for shares, of the log amount for flows; the
                  deflator is "deflator". Repeat it or separate by commas; replaces the default
  --rho ID=RHO    the shock's AR(1) persistence, −1 < rho < 1 (default 0: independent years)
  --corr A:B=R    correlation of two shocks, −1 to 1 (both need a shock)
  --target ID     the target of sensitivity (required)
  --plan-out FILE extract also writes a draft plan file (valid for validate); values read
                  from the text are marked draft
  --as-of YEAR    review: ignore figures reported for later years
  --step          sensitivity's step: unit (default: growth ±1 point, shares ±1 point, flows
                  ±10%) or sd (±1 standard deviation; implied by --sd)
  --lang          language: zh (default) or en
  --version, -v   print the version`,
    exit: 'Exit codes: 0 ok (also when targets are missed); 1 a file or argument error; 2 an internal error.',
  },
} as const;

const PREFIX = '  npm run cli -- ';
const NAME_WIDTH = 8;
const DESCRIBE_INDENT = 12;

function usageLines(): string[] {
  const lines: string[] = [];
  for (const c of COMMAND_SPECS) {
    const head = c.name.length <= NAME_WIDTH ? `${PREFIX}${c.name.padEnd(NAME_WIDTH)} ` : `${PREFIX}${c.name}  `;
    const [first, ...more] = c.usage.split('\n');
    lines.push(`${head}${first ?? ''}`);
    for (const line of more) lines.push(`${' '.repeat(head.length)}${line}`);
  }
  lines.push(`${PREFIX}help | --help`, `${PREFIX}--version`);
  return lines;
}

function commandLines(lang: Lang): string[] {
  const lines: string[] = [];
  for (const c of COMMAND_SPECS) {
    c.describe[lang].forEach((text, i) => {
      if (i > 0) lines.push(`${' '.repeat(DESCRIBE_INDENT)}${text}`);
      else lines.push(c.name.length + 2 < DESCRIBE_INDENT - 1 ? `  ${c.name.padEnd(DESCRIBE_INDENT - 2)}${text}` : `  ${c.name}  ${text}`);
    });
  }
  return lines;
}

export function helpText(lang: Lang): string {
  const w = TEXT[lang];
  return `${[w.title, '', w.usage, ...usageLines(), '', w.commands, ...commandLines(lang), '', w.options, '', w.exit].join('\n')}\n`;
}
