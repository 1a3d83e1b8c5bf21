/**
 * Reads a plan file for any command: the size is checked before reading, fs errors
 * become one line naming the file and the problem, and the text goes through the one
 * validation gate of models/ (JSON, schema version, schema, semantic checks).
 */
import { MAX_FILE_BYTES, parsePlanText, type Lang, type Plan, type PlanIssue, type PlanWarning, type Scenario } from '../../models';
import { t } from './cli-messages';
import type { CliIo } from './io';

export type LoadResult =
  | { ok: true; plan: Plan; migratedFrom: number | undefined; migrationNotes?: PlanIssue[]; warnings?: PlanWarning[] }
  | { ok: false; lines: string[] };

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** One line for a failed stat or read. */
export function describeFsError(file: string, error: unknown, lang: Lang): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return t(lang, 'file-not-found', { file });
    case 'EISDIR':
      return t(lang, 'file-is-directory', { file });
    case 'EACCES':
    case 'EPERM':
      return t(lang, 'file-permission', { file });
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return t(lang, 'file-unreadable', { file, detail });
    }
  }
}

export async function loadPlan(file: string, io: CliIo, lang: Lang): Promise<LoadResult> {
  let size: number;
  try {
    const info = await io.stat(file);
    if (info.isDirectory) return { ok: false, lines: [t(lang, 'file-is-directory', { file })] };
    size = info.size;
  } catch (error) {
    return { ok: false, lines: [describeFsError(file, error, lang)] };
  }
  if (size > MAX_FILE_BYTES) {
    return { ok: false, lines: [t(lang, 'file-too-large', { file, size, limit: MAX_FILE_BYTES })] };
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { ok: false, lines: [describeFsError(file, error, lang)] };
  }
  // Editors on Windows may save UTF-8 with a byte-order mark, which JSON.parse refuses.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const result = parsePlanText(text, lang);
  // A problem with the file as a whole (not JSON, too deep) has the path "(file)": the file's own path names it.
  if (!result.ok) return { ok: false, lines: result.issues.map((issue) => `${issue.path === '(file)' ? file : issue.path}: ${issue.message}`) };
  return { ok: true, plan: result.plan, migratedFrom: result.migratedFrom, migrationNotes: result.migrationNotes ?? [], warnings: result.warnings ?? [] };
}

/** The scenario asked for; by default `plan` if the file has one, else the first. */
export function pickScenario(
  plan: Plan,
  id: string | undefined,
  lang: Lang,
): { ok: true; scenario: Scenario } | { ok: false; message: string } {
  const wanted = id ?? (plan.scenarios.some((s) => s.id === 'plan') ? 'plan' : plan.scenarios[0]?.id);
  const scenario = plan.scenarios.find((s) => s.id === wanted);
  if (scenario) return { ok: true, scenario };
  return {
    ok: false,
    message: t(lang, 'unknown-scenario', { id: String(id), available: plan.scenarios.map((s) => s.id).join(', ') }),
  };
}

/** loadPlan, then pickScenario: what every command that projects a plan starts with. */
export async function loadPlanScenario(
  file: string,
  scenarioId: string | undefined,
  io: CliIo,
  lang: Lang,
): Promise<{ ok: true; plan: Plan; scenario: Scenario } | { ok: false; lines: string[] }> {
  const loaded = await loadPlan(file, io, lang);
  if (!loaded.ok) return loaded;
  const picked = pickScenario(loaded.plan, scenarioId, lang);
  if (!picked.ok) return { ok: false, lines: [picked.message] };
  return { ok: true, plan: loaded.plan, scenario: picked.scenario };
}
