/** Usage text. */
import type { Lang } from '../../models';

const USAGE = {
  zh: `PlanPath 命令行：规划情景推演与目标检查

用法：
  npm run cli -- project  <plan.json> [--scenario ID] [--format table|csv|json] [--basis nominal|real] [--lang zh|en]
  npm run cli -- check    <plan.json> [--scenario ID] [--json] [--lang zh|en]
  npm run cli -- export   <plan.json> [--scenario ID] --format csv|xlsx|json --out FILE [--basis nominal|real] [--lang zh|en]
  npm run cli -- validate <file.json> [--lang zh|en]
  npm run cli -- help | --help

命令：
  project   逐年推演每个指标（默认表格；csv、json 便于脚本处理）
  check     检查每项目标：预测值、差距、所需年均增长、是否达成，以及目标间的一致性
  export    把一个情景导出到文件（先写临时文件再改名，失败时不留半个文件）：
              csv   推演表（指标 × 年份，按 --basis 口径），UTF-8 带 BOM，Excel 可直接打开
              xlsx  工作表：情景假设、现价推演、不变价推演、目标与差距，附来源说明
              json  即 project --format json 的内容，另加 check --json 的 targets
  validate  校验规划文件，列出每个问题的字段路径和原因

选项：
  --scenario ID   情景标识（默认 plan，没有则取第一个）
  --format        project 的输出格式：table（默认）、csv、json；export 必填：csv、xlsx、json
  --out FILE      export 写入的文件（必填；已存在则替换）
  --basis         project、export（csv、json）的价格口径：nominal 现价（默认）、real 基年不变价
  --json          check 以 JSON 输出（字段名为稳定接口）
  --lang          语言：zh（默认）或 en

退出码：0 成功（目标未达成也是 0）；1 文件或参数错误；2 内部错误。
`,
  en: `PlanPath command line: scenario projections and target checks for development plans

Usage:
  npm run cli -- project  <plan.json> [--scenario ID] [--format table|csv|json] [--basis nominal|real] [--lang zh|en]
  npm run cli -- check    <plan.json> [--scenario ID] [--json] [--lang zh|en]
  npm run cli -- export   <plan.json> [--scenario ID] --format csv|xlsx|json --out FILE [--basis nominal|real] [--lang zh|en]
  npm run cli -- validate <file.json> [--lang zh|en]
  npm run cli -- help | --help

Commands:
  project   every indicator, year by year (a table by default; csv and json for scripts)
  check     every target: projected value, gap, required annual growth, met or not,
            and the tensions between targets
  export    one scenario to a file (written to a temporary file, then renamed: never
            a partial file):
              csv   the projection (indicators × years, in --basis), UTF-8 with a BOM for Excel
              xlsx  sheets: assumptions, projection at current prices, at base-year prices,
                    targets and gaps; with a source line
              json  what project --format json prints, plus targets as check --json prints them
  validate  check a plan file; each problem is given with its field path and reason

Options:
  --scenario ID   scenario id (default: plan, else the first scenario)
  --format        project output: table (default), csv, json; export (required): csv, xlsx, json
  --out FILE      the file export writes (required; replaced if it exists)
  --basis         price basis of project and of export's csv and json: nominal (current
                  prices, default) or real (base-year prices)
  --json          check output as JSON (the field names are a stable interface)
  --lang          language: zh (default) or en

Exit codes: 0 ok (also when targets are missed); 1 a file or argument error; 2 an internal error.
`,
} as const;

export function helpText(lang: Lang): string {
  return USAGE[lang];
}
