/**
 * The plan's scenarios: select one, create, duplicate, rename, delete (with a
 * confirmation). Built-in scenarios cannot be renamed or deleted; duplicate them. In
 * compare mode each has a checkbox for the compare set (2–4).
 */
import { CopyOutlined, DeleteOutlined, EditOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Input, Modal, Space, Tag, Tooltip } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Scenario } from '../../models/plan/plan-schema';
import { SCENARIO_COLORS } from '../charts/chart-defs';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { MAX_COMPARE } from '../store/workspace-store';

/**
 * The list re-renders when the plan changes (a slider step changes the selected
 * scenario), but its buttons and rows are memoized on what they show: names, the
 * selection and the compare set, which a step leaves as they were.
 */
export function ScenarioList() {
  const { t } = useTranslation();
  const scenarios = useWorkspace((s) => s.plan?.scenarios ?? null);
  const selectedId = useWorkspace((s) => s.selectedId);
  const compareMode = useWorkspace((s) => s.compareMode);
  const compareIds = useWorkspace((s) => s.compareIds);
  const lang = useWorkspace((s) => s.lang);
  const [renaming, setRenaming] = useState<Scenario | null>(null);
  if (scenarios === null) return null;
  const builtIn = scenarios.find((s) => s.id === selectedId)?.builtIn === true;
  return (
    <section className="scenario-list" aria-label={t('scenario.title')}>
      <div className="section-head">
        <h2 className="panel-title">{t('scenario.title')}</h2>
        <ScenarioActions builtIn={builtIn} onRename={setRenaming} />
      </div>
      <ul className="scenario-items">
        {scenarios.map((sc) => (
          <ScenarioItem
            key={sc.id}
            id={sc.id}
            name={sc.name}
            description={sc.description}
            builtIn={sc.builtIn === true}
            selected={sc.id === selectedId}
            compareMode={compareMode}
            compareIndex={compareIds.indexOf(sc.id)}
            lang={lang}
          />
        ))}
      </ul>
      <RenameDialog scenario={renaming} onClose={() => setRenaming(null)} />
    </section>
  );
}

/** New, duplicate, rename and delete, on the selected scenario as the store has it when clicked. */
const ScenarioActions = memo(function ScenarioActions({ builtIn, onRename }: { builtIn: boolean; onRename: (scenario: Scenario) => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const store = useWorkspaceStore();
  const selected = () => {
    const s = store.getState();
    return s.plan?.scenarios.find((x) => x.id === s.selectedId);
  };
  const create = () => {
    const n = (store.getState().plan?.scenarios ?? []).filter((s) => !s.builtIn).length + 1;
    store.getState().newScenario({ zh: `新情景 ${n}`, en: `New scenario ${n}` });
  };
  const duplicate = () => {
    const sc = selected();
    if (sc) store.getState().duplicateScenario(sc.id);
  };
  const rename = () => {
    const sc = selected();
    if (sc && !sc.builtIn) onRename(sc);
  };
  const remove = () => {
    const sc = selected();
    if (!sc || sc.builtIn) return;
    modal.confirm({
      title: t('scenario.deleteTitle'),
      content: t('scenario.deleteConfirm', { name: sc.name[store.getState().lang] }),
      okText: t('scenario.delete'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-delete' },
      cancelText: t('common.cancel'),
      onOk: () => {
        const r = store.getState().deleteScenario(sc.id);
        if (!r.ok && r.reason === 'last-scenario') void message.warning(t('scenario.lastOne'));
      },
    });
  };
  const lockedTip = builtIn ? t('builtIn.locked') : undefined;
  return (
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
          onClick={rename}
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
  );
});

interface ScenarioItemProps {
  id: string;
  name: Bilingual;
  description: Bilingual;
  builtIn: boolean;
  selected: boolean;
  compareMode: boolean;
  /** Place in the compare set, or -1. */
  compareIndex: number;
  lang: 'zh' | 'en';
}

const ScenarioItem = memo(function ScenarioItem({ id, name, description, builtIn, selected, compareMode, compareIndex, lang }: ScenarioItemProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const store = useWorkspaceStore();
  const toggleCompare = () => {
    const r = store.getState().toggleCompare(id);
    if (!r.ok && r.reason === 'compare-limit') void message.warning(t('compare.limit', { max: MAX_COMPARE }));
  };
  return (
    <li className={selected ? 'scenario-item selected' : 'scenario-item'} data-testid={`scenario-item-${id}`}>
      {compareMode ? (
        <Checkbox checked={compareIndex >= 0} onChange={toggleCompare} aria-label={t('compare.include', { name: name[lang] })} data-testid={`compare-check-${id}`} />
      ) : null}
      {compareMode && compareIndex >= 0 ? <span className="swatch" style={{ background: SCENARIO_COLORS[compareIndex] }} aria-hidden /> : null}
      <button type="button" className="scenario-select" aria-pressed={selected} onClick={() => store.getState().selectScenario(id)} title={description[lang]}>
        <span className="scenario-name">{name[lang]}</span>
        {builtIn ? (
          <Tag icon={<LockOutlined />} className="builtin-tag">
            {t('scenario.builtIn')}
          </Tag>
        ) : null}
      </button>
    </li>
  );
});

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
