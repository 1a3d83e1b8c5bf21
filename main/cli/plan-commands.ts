/** `check` and `project`: a plan and a scenario in, a table, CSV or JSON out. */
import type { CommandArgs } from './args';
import { checkReport, evaluatePlan } from './check-report';
import { renderCheckTable } from './check-table';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { stringifyJson } from './json-safe';
import { loadPlanScenario } from './load-plan';
import { projectCsv, projectJson, projectTable } from './project-output';

export async function runPlanCommand(args: CommandArgs, io: CliIo): Promise<number> {
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
