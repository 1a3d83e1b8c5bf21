/** Usage text. */
import type { Lang } from '../../models';

const USAGE = {
  zh: `PlanPath 命令行：规划情景推演与目标检查

用法：
  npm run cli -- project  <plan.json> [--scenario ID] [--format table|csv|json] [--basis nominal|real] [--lang zh|en]
  npm run cli -- check    <plan.json> [--scenario ID] [--json] [--lang zh|en]
  npm run cli -- export   <plan.json> [--scenario ID] --format csv|xlsx|json --out FILE [--basis nominal|real] [--lang zh|en]
  npm run cli -- validate <file.json> [--lang zh|en]
  npm run cli -- montecarlo  <plan.json> [--scenario ID] [--runs N] [--seed S] [--sd ID=SD,…] [--rho ID=RHO,…]
                             [--corr ID:ID=R,…] [--basis nominal|real] [--json] [--lang zh|en]
  npm run cli -- sensitivity <plan.json> [--scenario ID] --target ID [--step unit|sd] [--sd ID=SD,…] [--json] [--lang zh|en]
  npm run cli -- extract  <text.txt|.docx|.pdf> [--json] [--plan-out draft.json] [--lang zh|en]
  npm run cli -- review   <plan.json> [--scenario ID] [--as-of YEAR] [--json] [--lang zh|en]
  npm run cli -- next-plan <plan.json> --out FILE [--scenario ID] [--lang zh|en]
  npm run cli -- compare  <a.json> <b.json> [--json] [--lang zh|en]
  npm run cli -- report   <plan.json> [--scenario ID] [--as-of YEAR] --format docx|pdf|xlsx --out FILE [--lang zh|en]
  npm run cli -- help | --help

命令：
  project   逐年推演每个指标（默认表格；csv、json 便于脚本处理）
  check     检查每项目标：预测值、差距、所需年均增长、是否达成，以及目标间的一致性
  export    把一个情景导出到文件（先写临时文件再改名，失败时不留半个文件）：
              csv   推演表（指标 × 年份，按 --basis 口径），UTF-8 带 BOM，Excel 可直接打开
              xlsx  工作表：情景假设、现价推演、不变价推演、目标与差距，附来源说明
              json  即 project --format json 的内容，另加 check --json 的 targets
  validate  校验规划文件，列出每个问题的字段路径和原因
  review    规划评估：每项目标按报告数据（无报告数据的年份按情景预测，标“预测”）判定达成与否，
            差距（数值与百分比），基期以来实际与名义年均增长对比规划增长，以及从最新报告值起
            到目标年份所需的年均增长与近五年实际增长
  report    规划实施情况评估报告（一个情景、一次评估）：完成情况（达成/未达成/待公布/无数据，分约束性、
            预期性计数）、主要目标、已实现与尚需增速、主要指标走势图、分类目标表、方法说明、数据来源。
            docx 为可编辑的 Word 文档；xlsx 为可打印的工作簿；pdf 由本机 Chromium 排版打印
  montecarlo  蒙特卡洛模拟：每项目标的达成概率，主要指标 2025、2030、2035 年的
            5/25/50/75/95 分位数。各年冲击作用于实际增长率的对数（份额类以百分点计，
            流量类作用于数额的对数），可设 AR(1) 持续性与指标间相关；同一种子结果相同。
            不给 --sd 时，GDP 的标准差由规划文件中报告的实际增长率校准，与 GDP 挂钩的收入随之变动
  sensitivity 龙卷风图：每项假设（指标 × 规划期、价格平减指数）上下移动一步后目标差距的变化，按摆幅排序
  extract   从规划文本中找出每一处量化表述（目标、基期值、实际值）：指标、数值和单位、年份、比较词、
            类型、是否前瞻、置信度及所在句子和章节。读 .txt（UTF-8 或 GB18030，自动识别）、.docx
            和有文字层的 PDF
  next-plan 续编下一期规划：以已结束规划期的末年为基期，基期值取该年报告数（无报告数的按情景推算并标“预计”），
            沿用指标、价格、情景和远期目标，上期各项目标的完成情况记入新规划（predecessor）
  compare   两个规划并列对比：指标按标识或名称匹配，逐项列出两规划的目标、数值、判定与所需/实际增长，
            以及只见于一方的指标

选项：
  --scenario ID   情景标识（默认 plan，没有则取第一个）
  --format        project 的输出格式：table（默认）、csv、json；export 必填：csv、xlsx、json
  --out FILE      export 写入的文件（必填；已存在则替换）
  --basis         project、export（csv、json）、montecarlo 表格的价格口径：nominal 现价（默认）、real 基年不变价
  --json          check、montecarlo、sensitivity、extract 以 JSON 输出（字段名为稳定接口）
  --runs N        模拟路径数，1–200000（默认 10000）
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

退出码：0 成功（目标未达成也是 0）；1 文件或参数错误；2 内部错误。
`,
  en: `PlanPath command line: scenario projections and target checks for development plans

Usage:
  npm run cli -- project  <plan.json> [--scenario ID] [--format table|csv|json] [--basis nominal|real] [--lang zh|en]
  npm run cli -- check    <plan.json> [--scenario ID] [--json] [--lang zh|en]
  npm run cli -- export   <plan.json> [--scenario ID] --format csv|xlsx|json --out FILE [--basis nominal|real] [--lang zh|en]
  npm run cli -- validate <file.json> [--lang zh|en]
  npm run cli -- montecarlo  <plan.json> [--scenario ID] [--runs N] [--seed S] [--sd ID=SD,…] [--rho ID=RHO,…]
                             [--corr ID:ID=R,…] [--basis nominal|real] [--json] [--lang zh|en]
  npm run cli -- sensitivity <plan.json> [--scenario ID] --target ID [--step unit|sd] [--sd ID=SD,…] [--json] [--lang zh|en]
  npm run cli -- extract  <text.txt|.docx|.pdf> [--json] [--plan-out draft.json] [--lang zh|en]
  npm run cli -- review   <plan.json> [--scenario ID] [--as-of YEAR] [--json] [--lang zh|en]
  npm run cli -- next-plan <plan.json> --out FILE [--scenario ID] [--lang zh|en]
  npm run cli -- compare  <a.json> <b.json> [--json] [--lang zh|en]
  npm run cli -- report   <plan.json> [--scenario ID] [--as-of YEAR] --format docx|pdf|xlsx --out FILE [--lang zh|en]
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
  review    the plan review: every target judged on the reported figure of its year
            (the scenario's projection where there is none, marked projected), the gap
            in units and percent, growth achieved since the base year (real and nominal)
            against the growth planned, and the growth still required from the latest
            reported level beside the growth of the last five reported years
  report    the review report of one scenario (one evaluation): the summary (met / missed /
            pending / no data, counted for binding and expected targets apart), the headline
            targets, growth achieved and now required, the headline chart, the targets by
            group, methods and sources. docx: an editable Word document; xlsx: a workbook
            ready to print; pdf: laid out and printed by the local Chromium
  montecarlo  Monte Carlo runs: the probability of meeting each target, and the
            percentiles 5/25/50/75/95 of the main indicators in 2025, 2030 and 2035.
            Shocks each year on log real growth (points for shares, the log amount for
            flows), with AR(1) persistence and correlations if set; the same seed gives
            the same numbers. Without --sd, GDP's sd is calibrated from the real growth
            rates reported in the plan file, and incomes linked to GDP follow it
  sensitivity the tornado of one target: each assumption (indicator × plan period, and
            the deflator) moved down and up by one step, the change of the target's gap,
            sorted by swing
  extract   every quantitative statement of a plan text (targets, base values, actuals):
            indicator, value and unit, year, comparison, kind, forward-looking or not,
            confidence, with its sentence and section. Reads .txt (UTF-8 or GB18030,
            detected), .docx and PDFs with a text layer
  next-plan start the next plan: the finished period's last year becomes the base year, each
            base value the reported figure of that year (estimated from the scenario and marked
            "estimate" where there is none); indicators, prices, scenarios and goals beyond the
            period are carried, and the finished period's outcomes kept in the new plan (predecessor)
  compare   two plans side by side: indicators matched by id or name, each target of both plans
            with its value, verdict and achieved or required growth, and the indicators only
            one plan has

Options:
  --scenario ID   scenario id (default: plan, else the first scenario)
  --format        project output: table (default), csv, json; export (required): csv, xlsx, json
  --out FILE      the file export writes (required; replaced if it exists)
  --basis         price basis of project, of export's csv and json, and of montecarlo's
                  table: nominal (current prices, default) or real (base-year prices)
  --json          check, montecarlo, sensitivity and extract output as JSON (the field names are a
                  stable interface)
  --runs N        simulated paths, 1–200000 (default 10000)
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

Exit codes: 0 ok (also when targets are missed); 1 a file or argument error; 2 an internal error.
`,
} as const;

export function helpText(lang: Lang): string {
  return USAGE[lang];
}
