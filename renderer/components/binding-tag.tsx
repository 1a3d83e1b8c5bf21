/** 约束性 / 预期性 as a small tag beside a target's name. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetBinding } from '../../models/plan/plan-schema';

export function BindingTag({ binding, id }: { binding: TargetBinding | undefined; id: string }) {
  const { t } = useTranslation();
  if (binding === undefined) return null;
  return (
    <Tag className={`binding-tag binding-${binding}`} color={binding === 'binding' ? 'red' : undefined} variant={binding === 'binding' ? 'outlined' : 'filled'} data-testid={`binding-${id}`}>
      {t(`binding.${binding}`)}
    </Tag>
  );
}
