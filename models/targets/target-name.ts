/**
 * How the app names a target to its users: the plan's short label in their language,
 * else the start of the plan's own sentence (every target has one). Never the internal
 * id, which is for files and code.
 */
import type { Target } from '../plan/plan-schema';

const MAX_CHARS = 30;

export function targetName(t: Pick<Target, 'label' | 'sentence'>, lang: 'zh' | 'en'): string {
  const label = t.label?.[lang]?.trim();
  if (label) return label;
  const chars = Array.from(t.sentence.trim());
  return chars.length <= MAX_CHARS ? chars.join('') : `${chars.slice(0, MAX_CHARS - 1).join('')}…`;
}

/** The name of the plan's target with this id; the id itself only for a target the plan no longer has. */
export function targetNameById(plan: { targets: readonly Pick<Target, 'id' | 'label' | 'sentence'>[] }, id: string, lang: 'zh' | 'en'): string {
  const t = plan.targets.find((x) => x.id === id);
  return t ? targetName(t, lang) : id;
}
