/** Define a unit of the plan's own (a custom unit): its Chinese name (also its id), English name, and what it measures. */
import { Button, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customUnit, type CustomUnit } from '../../models/plan/plan-schema';
import { BUILT_IN_UNITS, DIMENSIONS, type Dimension } from '../../models/numbers/unit-registry';

export function CustomUnitButton({ onDefined }: { onDefined(unit: CustomUnit): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const [dimension, setDimension] = useState<Dimension | undefined>(undefined);
  const candidate = { id: zh.trim(), name: { zh: zh.trim(), en: en.trim() }, ...(dimension === undefined ? {} : { dimension }) };
  const parsed = customUnit.safeParse(candidate);
  const builtIn = BUILT_IN_UNITS.has(candidate.id);
  const problem = builtIn ? t('planEditor.unitBuiltIn', { id: candidate.id }) : parsed.success ? null : t('planEditor.unitIncomplete');
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid="pe-define-unit">
        {t('planEditor.defineUnit')}
      </Button>
      <Modal
        open={open}
        title={t('planEditor.defineUnit')}
        okText={t('planEditor.defineUnitOk')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: problem !== null }}
        onCancel={() => setOpen(false)}
        onOk={() => {
          if (!parsed.success || builtIn) return;
          onDefined(parsed.data);
          setOpen(false);
        }}
      >
        <div className="pe-modal-grid">
          <label htmlFor="pe-unit-zh">{t('planEditor.unitZh')}</label>
          <Input id="pe-unit-zh" value={zh} onChange={(e) => setZh(e.target.value)} maxLength={24} data-testid="pe-unit-zh" />
          <label htmlFor="pe-unit-en">{t('planEditor.unitEn')}</label>
          <Input id="pe-unit-en" value={en} onChange={(e) => setEn(e.target.value)} data-testid="pe-unit-en" />
          <label htmlFor="pe-unit-dimension">{t('planEditor.unitDimension')}</label>
          <Select<Dimension>
            id="pe-unit-dimension"
            value={dimension}
            allowClear
            placeholder={t('planEditor.unitDimensionNone')}
            options={DIMENSIONS.map((d) => ({ value: d, label: d }))}
            onChange={(v) => setDimension(v)}
          />
        </div>
        {zh !== '' && problem !== null ? <div className="pe-error">{problem}</div> : null}
        <div className="pe-hint">{t('planEditor.defineUnitHint')}</div>
      </Modal>
    </>
  );
}
