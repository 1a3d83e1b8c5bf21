/**
 * `next-plan FILE --out FILE [--scenario ID]`: the next period's plan made from this one
 * (models/plan/next-plan.ts), written atomically as a plan file that `validate` accepts.
 */
import { NextPlanError, nextPlan } from '../../models/plan/next-plan';
import type { CommandArgs } from './args';
import { writeFileAtomic } from './atomic-write';
import { t } from './cli-messages';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { loadPlanScenario } from './load-plan';

export async function runNextPlan(args: CommandArgs, io: CliIo): Promise<number> {
  const loaded = await loadPlanScenario(args.file, args.scenario, io, args.lang);
  if (!loaded.ok) {
    io.stderr(`${loaded.lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  let result;
  try {
    result = nextPlan(loaded.plan, { scenarioId: loaded.scenario.id });
  } catch (error) {
    if (error instanceof NextPlanError) {
      io.stderr(`${t(args.lang, error.code === 'no-finished-period' ? 'next-plan-no-period' : 'next-plan-no-years', error.params)}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
  const out = args.out as string;
  const written = await writeFileAtomic(io, out, `${JSON.stringify(result.plan, null, 2)}\n`, args.lang);
  if (!written.ok) {
    io.stderr(`${written.lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(
    `${t(args.lang, 'next-plan-written', {
      file: out,
      base: result.plan.baseYear,
      reported: result.reportedBases.length,
      estimated: result.estimatedBases.length,
      missing: result.missingBases.length,
      carried: result.carriedTargets.length,
      outcomes: result.outcomes.length,
    })}\n`,
  );
  return EXIT_OK;
}
