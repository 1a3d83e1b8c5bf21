/**
 * `validate`: one OK line and any warnings (likely mistakes that do not block, each with
 * its fix), or every problem as `<path>: <message>`.
 */
import { SCHEMA_VERSION, type Lang, type PlanWarning } from '../../models';
import type { CommandArgs } from './args';
import { t } from './cli-messages';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { loadPlan } from './load-plan';

/** `warning: <path>: <message> (fix: <path> = <value>)`. */
export function warningLine(w: PlanWarning, lang: Lang): string {
  const head = `${lang === 'zh' ? '提醒' : 'warning'}: ${w.path}: ${w.message}`;
  if (w.fix === undefined) return head;
  const fix = w.fix.value === undefined ? (lang === 'zh' ? `删除 ${w.fix.path}` : `remove ${w.fix.path}`) : `${w.fix.path} = ${w.fix.value}`;
  return `${head} (${lang === 'zh' ? '修正' : 'fix'}: ${fix})`;
}

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
  for (const note of loaded.migrationNotes ?? []) io.stdout(`${note.path}: ${note.message}\n`);
  for (const w of loaded.warnings ?? []) io.stdout(`${warningLine(w, args.lang)}\n`);
  return EXIT_OK;
}
