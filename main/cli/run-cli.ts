/**
 * The CLI as a function: argv and side effects in, exit code out. Nothing here throws:
 * bad input is exit 1 with one message per problem, anything unexpected is exit 2 with
 * "internal error: …" and no stack trace.
 */
import type { Lang } from '../../models';
import { langFromArgv, parseCliArgs, type CommandArgs } from './args';
import { checkReport, evaluatePlan } from './check-report';
import { renderCheckTable } from './check-table';
import { t } from './cli-messages';
import { helpText } from './help';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, type CliIo } from './io';
import { stringifyJson } from './json-safe';
import { loadPlanScenario } from './load-plan';
import { projectCsv, projectJson, projectTable } from './project-output';
import { runValidate } from './validate-command';

export type { CliIo } from './io';

async function runPlanCommand(args: CommandArgs, io: CliIo): Promise<number> {
  const loaded = await loadPlanScenario(args.file, args.scenario, io, args.lang);
  if (!loaded.ok) {
    io.stderr(`${loaded.lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  const { plan, scenario } = loaded;
  if (args.command === 'check') {
    const evaluated = evaluatePlan(plan, scenario);
    io.stdout(args.json ? stringifyJson(checkReport(plan, scenario, evaluated)) : renderCheckTable(plan, scenario, evaluated, args.lang));
    return EXIT_OK;
  }
  switch (args.format) {
    case 'json':
      io.stdout(stringifyJson(projectJson(plan, scenario, args.basis)));
      break;
    case 'csv':
      io.stdout(projectCsv(plan, scenario, args.basis));
      break;
    case 'table':
      io.stdout(projectTable(plan, scenario, args.basis, args.lang));
      break;
  }
  return EXIT_OK;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = 'zh';
  try {
    lang = langFromArgv(argv);
    const parsed = parseCliArgs(argv);
    switch (parsed.kind) {
      case 'error':
        io.stderr(`${parsed.message}\n`);
        return EXIT_BAD_INPUT;
      case 'help':
        io.stdout(helpText(parsed.lang));
        return EXIT_OK;
      case 'run':
        switch (parsed.args.command) {
          case 'validate':
            return await runValidate(parsed.args, io);
          // Commands past check/project/validate are loaded when called (dynamic import), so
          // the bundled CLI starts without their modules (exceljs, document readers, Monte Carlo).
          case 'export':
            return await (await import('./export-command')).runExport(parsed.args, io);
          case 'montecarlo':
            return await (await import('./montecarlo-command')).runMonteCarloCommand(parsed.args, io);
          case 'sensitivity':
            return await (await import('./sensitivity-command')).runSensitivityCommand(parsed.args, io);
          case 'extract':
            return await (await import('./extract-command')).runExtract(parsed.args, io);
          case 'review':
            return await (await import('./review-command')).runReview(parsed.args, io);
          case 'next-plan':
            return await (await import('./next-plan-command')).runNextPlan(parsed.args, io);
          case 'compare':
            return await (await import('./compare-command')).runCompare(parsed.args, io);
          case 'report':
            return await (await import('./report-command')).runReport(parsed.args, io);
          default:
            return await runPlanCommand(parsed.args, io);
        }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    try {
      io.stderr(`${t(lang, 'internal-error', { detail })}\n`);
    } catch {
      // Nothing more can be said if stderr itself fails.
    }
    return EXIT_INTERNAL;
  }
}
