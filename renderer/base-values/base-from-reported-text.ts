/** The words for a base value taken from a reported figure (the rules are in models/plan/base-from-reported.ts). */
import type { TFunction } from 'i18next';
import { STATUS_LABELS } from '../../models/plan/actuals-input';
import type { BaseProposal } from '../../models/plan/base-from-reported';
import type { Plan } from '../../models/plan/plan-schema';
import { figureText } from '../plan-import/import-text';
import type { Lang } from '../store/workspace-store';

/** Names listed before "等N项" / "and N in all". */
const LISTED = 3;
/** A source longer than this is cut in the button's text (the whole of it is in its accessible name). */
const SOURCE_CHARS = 24;

/** Indicators by name: "地区生产总值、常住人口" or "地区生产总值、常住人口、城镇化率 等5项". */
export function indicatorNames(plan: Pick<Plan, 'indicators'>, ids: readonly string[], lang: Lang, t: TFunction): string {
  const names = ids.map((id) => plan.indicators.find((i) => i.id === id)?.name[lang] ?? id);
  const list = names.slice(0, LISTED).join(t('baseFromReported.separator'));
  return names.length > LISTED ? t('baseFromReported.namesMore', { list, count: names.length }) : t('baseFromReported.names', { list });
}

function shortSource(source: string): string {
  return source.length > SOURCE_CHARS ? `${source.slice(0, SOURCE_CHARS - 1)}…` : source;
}

/** The button's text, its accessible name and the note on a differing base. */
export function proposalTexts(plan: Pick<Plan, 'indicators' | 'units'>, p: BaseProposal, lang: Lang, t: TFunction): { text: string; label: string; differs: string | null } {
  const ind = plan.indicators.find((i) => i.id === p.indicator);
  const unit = ind?.unit ?? '';
  const own = plan.units ?? [];
  const value = figureText(p.figure.value, unit, lang, own);
  const year = p.figure.year;
  return {
    text: t('baseFromReported.button', { year, value, source: shortSource(p.figure.source) }),
    label: t('baseFromReported.label', { year, value, source: p.figure.source, status: STATUS_LABELS[p.figure.status][lang], name: ind?.name[lang] ?? p.indicator }),
    differs: p.kind === 'differs' && p.current?.value != null ? t('baseFromReported.differs', { current: figureText(p.current.value, unit, lang, own) }) : null,
  };
}
