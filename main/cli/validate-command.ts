/** `validate`: one OK line, or every problem as `<path>: <message>`. */
import { SCHEMA_VERSION } from '../../models';
import type { CommandArgs } from './args';
import { t } from './cli-messages';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { loadPlan } from './load-plan';

export async function runValidate(args: CommandArgs, io: CliIo): Promise<number> {
  const loaded = await loadPlan(args.file, io, args.lang);
  if (!loaded.ok) {
    io.stderr(`${loaded.lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  const { plan, migratedFrom } = loaded;
  io.stdout(
    `${t(args.lang, 'validate-ok', {
      title: plan.title[args.lang],
      indicators: plan.indicators.length,
      targets: plan.targets.length,
      scenarios: plan.scenarios.length,
    })}\n`,
  );
  if (migratedFrom !== undefined) io.stdout(`${t(args.lang, 'migrated-from', { from: migratedFrom, to: SCHEMA_VERSION })}\n`);
  return EXIT_OK;
}
