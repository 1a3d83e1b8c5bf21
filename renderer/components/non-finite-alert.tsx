/**
 * A visible warning for projected values that are not numbers (an overflowing deflator,
 * a formula that divides by zero in some year): they must never look like blanks that
 * were projected.
 */
import { Alert } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nonFiniteWarnings } from '../../models/engine/non-finite';
import type { Plan } from '../../models/plan/plan-schema';
import type { Projection } from '../../models/engine/projection';

export function NonFiniteAlert({ plan, projection, lang }: { plan: Plan; projection: Projection | null; lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  const warnings = useMemo(() => (projection === null ? [] : nonFiniteWarnings(projection)), [projection]);
  if (warnings.length === 0) return null;
  const nameOf = (id: string) =>
    id === 'deflator' ? t('nonFinite.deflator') : (plan.indicators.find((i) => i.id === id)?.name[lang] ?? id);
  return (
    <Alert
      type="warning"
      showIcon
      className="non-finite-alert"
      data-testid="non-finite-alert"
      title={t('nonFinite.title')}
      description={
        <ul className="non-finite-list">
          {warnings.map((w) => (
            <li key={w.indicator}>{t('nonFinite.item', { name: nameOf(w.indicator), year: w.year, basis: t(`basis.short.${w.basis}`) })}</li>
          ))}
        </ul>
      }
    />
  );
}
