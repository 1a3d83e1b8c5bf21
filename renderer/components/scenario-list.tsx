/**
 * The plan's scenarios: select one, create, duplicate, rename, delete (with a
 * confirmation). Built-in scenarios cannot be renamed or deleted; duplicate them. In
 * compare mode each has a checkbox for the compare set (2–4).
 */
import { CopyOutlined, DeleteOutlined, EditOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Input, Modal, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Scenario } from '../../models/plan-schema';
import { SCENARIO_COLORS } from '../charts/chart-defs';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { MAX_COMPARE } from '../store/workspace-store';

export function ScenarioList() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const store = useWorkspaceStore();
  const plan = useWorkspace((s) => s.plan);
  const selectedId = useWorkspace((s) => s.selectedId);
  const compareMode = useWorkspace((s) => s.compareMode);
  const compareIds = useWorkspace((s) => s.compareIds);
  const lang = useWorkspace((s) => s.lang);
  const [renaming, setRenaming] = useState<Scenario | null>(null);
  if (plan === null) return null;
  const selected = plan.scenarios.find((s) => s.id === selectedId);
  const builtIn = selected?.builtIn === true;

  const create = () => {
    const n = plan.scenarios.filter((s) => !s.builtIn).length + 1;
    store.getState().newScenario({ zh: `新情景 ${n}`, en: `New scenario ${n}` });
  };
  const duplicate = () => {
    if (selected) store.getState().duplicateScenario(selected.id);
  };
  const remove = () => {
    if (!selected || builtIn) return;
    modal.confirm({
      title: t('scenario.deleteTitle'),
      content: t('scenario.deleteConfirm', { name: selected.name[lang] }),
      okText: t('scenario.delete'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-delete' },
      cancelText: t('common.cancel'),
      onOk: () => {
        const r = store.getState().deleteScenario(selected.id);
        if (!r.ok && r.reason === 'last-scenario') void message.warning(t('scenario.lastOne'));
      },
    });
  };
  const toggleCompare = (id: string) => {
    const r = store.getState().toggleCompare(id);
    if (!r.ok && r.reason === 'compare-limit') void message.warning(t('compare.limit', { max: MAX_COMPARE }));
  };

  const lockedTip = builtIn ? t('builtIn.locked') : undefined;
  return (
    <section className="scenario-list" aria-label={t('scenario.title')}>
      <div className="section-head">
        <h2 className="panel-title">{t('scenario.title')}</h2>
        <Space size={2}>
          <Tooltip title={t('scenario.new')}>
            <Button size="small" type="text" icon={<PlusOutlined />} aria-label={t('scenario.new')} onClick={create} data-testid="scenario-new" />
          </Tooltip>
          <Tooltip title={t('scenario.duplicate')}>
            <Button size="small" type="text" icon={<CopyOutlined />} aria-label={t('scenario.duplicate')} onClick={duplicate} data-testid="scenario-duplicate" />
          </Tooltip>
          <Tooltip title={lockedTip ?? t('scenario.rename')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              aria-label={t('scenario.rename')}
              disabled={builtIn}
              onClick={() => selected && setRenaming(selected)}
              data-testid="scenario-rename"
            />
          </Tooltip>
          <Tooltip title={lockedTip ?? t('scenario.delete')}>
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('scenario.delete')}
              disabled={builtIn}
              onClick={remove}
              data-testid="scenario-delete"
            />
          </Tooltip>
        </Space>
      </div>
      <ul className="scenario-items">
        {plan.scenarios.map((sc) => {
          const inCompare = compareIds.indexOf(sc.id);
          return (
            <li key={sc.id} className={sc.id === selectedId ? 'scenario-item selected' : 'scenario-item'} data-testid={`scenario-item-${sc.id}`}>
              {compareMode ? (
                <Checkbox
                  checked={inCompare >= 0}
                  onChange={() => toggleCompare(sc.id)}
                  aria-label={t('compare.include', { name: sc.name[lang] })}
                  data-testid={`compare-check-${sc.id}`}
                />
              ) : null}
              {compareMode && inCompare >= 0 ? (
                <span className="swatch" style={{ background: SCENARIO_COLORS[inCompare] }} aria-hidden />
              ) : null}
              <button
                type="button"
                className="scenario-select"
                aria-pressed={sc.id === selectedId}
                onClick={() => store.getState().selectScenario(sc.id)}
                title={sc.description[lang]}
              >
                <span className="scenario-name">{sc.name[lang]}</span>
                {sc.builtIn ? (
                  <Tag icon={<LockOutlined />} className="builtin-tag">
                    {t('scenario.builtIn')}
                  </Tag>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      <RenameDialog scenario={renaming} onClose={() => setRenaming(null)} />
    </section>
  );
}

function RenameDialog({ scenario, onClose }: { scenario: Scenario | null; onClose: () => void }) {
  return scenario === null ? null : <RenameForm key={scenario.id} scenario={scenario} onClose={onClose} />;
}

const MAX_NAME = 80;

function RenameForm({ scenario, onClose }: { scenario: Scenario; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const [name, setName] = useState<Bilingual>(scenario.name);
  const [tried, setTried] = useState(false);
  const bad = (v: string) => v.trim() === '' || v.length > MAX_NAME;
  const submit = () => {
    setTried(true);
    if (bad(name.zh) || bad(name.en)) return;
    store.getState().renameScenario(scenario.id, { zh: name.zh.trim(), en: name.en.trim() });
    onClose();
  };
  const field = (lang: 'zh' | 'en', label: string) => (
    <label className="form-field">
      <span>{label}</span>
      <Input
        value={name[lang]}
        maxLength={MAX_NAME}
        autoFocus={lang === 'zh'}
        status={tried && bad(name[lang]) ? 'error' : undefined}
        onChange={(e) => setName((n) => ({ ...n, [lang]: e.target.value }))}
        onPressEnter={submit}
        data-testid={`rename-${lang}`}
      />
      {tried && bad(name[lang]) ? (
        <span role="alert" className="field-error">
          {t('scenario.nameRequired')}
        </span>
      ) : null}
    </label>
  );
  return (
    <Modal
      open
      title={t('scenario.renameTitle')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'rename-ok' }}
    >
      {field('zh', t('scenario.nameZh'))}
      {field('en', t('scenario.nameEn'))}
    </Modal>
  );
}
