/** The plan as a whole: title, region, base year, horizon, and its periods. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import * as edit from '../../models/plan/plan-edit';
import { NumberText, TextField } from './fields';
import { usePlanDraft } from './use-plan-draft';

export function GeneralSection() {
  const { t } = useTranslation();
  const { draft, edit: apply } = usePlanDraft();
  const year = (v: number | null) => v ?? Number.NaN;
  return (
    <div className="pe-section" data-testid="pe-general">
      <div className="pe-grid">
        <TextField label={t('planEditor.titleZh')} path="title.zh" value={draft.title.zh} onText={(v, g) => apply((p) => edit.setTitle(p, 'zh', v), g)} wide />
        <TextField label={t('planEditor.titleEn')} path="title.en" value={draft.title.en} onText={(v, g) => apply((p) => edit.setTitle(p, 'en', v), g)} wide />
        <TextField label={t('planEditor.regionZh')} path="region.zh" value={draft.region.zh} onText={(v, g) => apply((p) => edit.setRegion(p, 'zh', v), g)} />
        <TextField label={t('planEditor.regionEn')} path="region.en" value={draft.region.en} onText={(v, g) => apply((p) => edit.setRegion(p, 'en', v), g)} />
        <NumberText
          label={t('planEditor.baseYear')}
          path="baseYear"
          value={draft.baseYear}
          hint={t('planEditor.baseYearHint')}
          onValue={(v, g) => apply((p) => edit.setBaseYear(p, year(v)), g)}
        />
        <NumberText label={t('planEditor.horizon')} path="horizon" value={draft.horizon} onValue={(v, g) => apply((p) => edit.setHorizon(p, year(v)), g)} />
        <TextField
          label={t('planEditor.sourceNoteZh')}
          path="source.note.zh"
          value={draft.source.note?.zh ?? ''}
          hint={t('planEditor.sourceNoteHint')}
          onText={(v, g) => apply((p) => edit.setSourceNote(p, 'zh', v), g)}
          multiline
        />
        <TextField
          label={t('planEditor.sourceNoteEn')}
          path="source.note.en"
          value={draft.source.note?.en ?? ''}
          onText={(v, g) => apply((p) => edit.setSourceNote(p, 'en', v), g)}
          multiline
        />
      </div>
      <h3 className="pe-subtitle">{t('planEditor.periods')}</h3>
      <div className="pe-periods" role="list" aria-label={t('planEditor.periods')}>
        {draft.periods.map((period, i) => (
          <div className="pe-period" role="listitem" key={i} data-testid={`pe-period-${i}`}>
            <TextField label={t('planEditor.periodId')} path={`periods[${i}].id`} value={period.id} onText={(v, g) => apply((p) => edit.setPeriod(p, i, { id: v }), g)} />
            <TextField
              label={t('planEditor.nameZh')}
              path={`periods[${i}].name.zh`}
              value={period.name.zh}
              onText={(v, g) => apply((p) => edit.setPeriod(p, i, { name: { zh: v } }), g)}
            />
            <TextField
              label={t('planEditor.nameEn')}
              path={`periods[${i}].name.en`}
              value={period.name.en}
              onText={(v, g) => apply((p) => edit.setPeriod(p, i, { name: { en: v } }), g)}
            />
            <NumberText label={t('planEditor.start')} path={`periods[${i}].start`} value={period.start} onValue={(v, g) => apply((p) => edit.setPeriod(p, i, { start: year(v) }), g)} />
            <NumberText label={t('planEditor.end')} path={`periods[${i}].end`} value={period.end} onValue={(v, g) => apply((p) => edit.setPeriod(p, i, { end: year(v) }), g)} />
            <Tooltip title={draft.periods.length <= 1 ? t('planEditor.lastPeriod') : t('planEditor.removePeriod')}>
              <Button
                className="pe-remove"
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('planEditor.removePeriodOf', { name: period.name.zh })}
                disabled={draft.periods.length <= 1}
                onClick={() => apply((p) => edit.removePeriod(p, i))}
              />
            </Tooltip>
          </div>
        ))}
      </div>
      <Button size="small" icon={<PlusOutlined />} onClick={() => apply(edit.addPeriod)} data-testid="pe-add-period">
        {t('planEditor.addPeriod')}
      </Button>
    </div>
  );
}
