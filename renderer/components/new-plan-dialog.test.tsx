// @vitest-environment jsdom
import '../test/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo } from 'react';
import { describe, expect, it } from 'vitest';
import { createFileCommands } from '../commands/file-commands';
import { planToText } from '../store/snapshot';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import { fakePlatform, type FakePlatform } from '../test/fake-platform';
import type { WorkspaceStore } from '../store/workspace-store';
import { validatePlan } from '../../models/plan/validate-plan';
import { HeaderBar } from './header-bar';
import { useNewPlanDialog } from './new-plan-dialog';
import { CommandsProvider } from '../commands/commands-context';

function Harness({ store, api, confirm }: { store: WorkspaceStore; api: FakePlatform; confirm: () => Promise<boolean> }) {
  const dialog = useNewPlanDialog();
  const commands = useMemo(
    () =>
      createFileCommands({
        api,
        store,
        confirmDiscard: confirm,
        showIssues: () => undefined,
        notify: () => undefined,
        t: (key) => key,
        chooseTemplate: dialog.ask,
      }),
    [api, store, confirm, dialog.ask],
  );
  return (
    <CommandsProvider value={commands}>
      <HeaderBar />
      {dialog.element}
      <button type="button" data-testid="harness-save" onClick={() => void commands.saveAs()}>
        save
      </button>
    </CommandsProvider>
  );
}

function setup(confirm: () => Promise<boolean> = async () => true) {
  const store = storeWithDefaultPlan();
  const before = store.getState().plan;
  const api = fakePlatform();
  const r = renderWithStore(<Harness store={store} api={api} confirm={confirm} />, store);
  return { ...r, api, before, user: userEvent.setup() };
}

describe('新建规划 / New plan dialog', () => {
  it('offers the four starting points with descriptions; the 15th-plan template is chosen first', async () => {
    const { user } = setup();
    await user.click(screen.getByTestId('cmd-new'));
    const dialog = await screen.findByTestId('new-plan-dialog');
    expect(within(dialog).getByText('新建规划')).toBeTruthy();
    for (const id of ['blank', 'city-14th', 'city-15th', 'xuzhou']) expect(within(dialog).getByTestId(`new-plan-template-${id}`)).toBeTruthy();
    expect(within(dialog).getByText('空白规划')).toBeTruthy();
    expect(within(dialog).getByText(/基期2020年，远景2035年/)).toBeTruthy();
    const checked = dialog.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    expect(checked?.value).toBe('city-15th');
  });

  it('loads the chosen template as a new, untitled document; Save asks where and writes a file the validator reads', async () => {
    const { user, store, api } = setup();
    await user.click(screen.getByTestId('cmd-new'));
    const dialog = await screen.findByTestId('new-plan-dialog');
    await user.click(within(dialog).getByText('城市“十四五”规划模板'));
    await user.click(screen.getByTestId('new-plan-confirm'));
    await waitFor(() => expect(store.getState().plan?.id).toBe('city-14th-fyp'));
    const s = store.getState();
    expect(s.fileName).toBe('');
    expect(s.filePath).toBeUndefined();
    expect(s.plan?.baseYear).toBe(2020);
    expect(s.plan?.targets).toEqual([]);
    expect(screen.getByTestId('file-name').textContent).toBe('未命名规划');
    await user.click(screen.getByTestId('harness-save'));
    await waitFor(() => expect(api.saved).toHaveLength(1));
    // No file yet: Save asks where (no path), suggesting the plan's id as the name.
    expect(api.saved[0]?.options).toEqual({ suggestedName: 'city-14th-fyp.json' });
    const written = api.saved[0]?.text ?? '';
    expect(written).toBe(planToText(s.plan!));
    const back = validatePlan(JSON.parse(written));
    expect(back.ok).toBe(true);
    expect(store.getState().fileName).toBe('saved.json');
    expect(screen.getByTestId('file-name').textContent).toBe('saved.json');
  });

  // Focus on open and back on close follow the dialog's animation, which jsdom does not run: e2e/new-plan.e2e.ts checks them.
  it('is keyboard usable: opens from the keyboard, Enter on an option creates that plan', async () => {
    const { user, store } = setup();
    screen.getByTestId('cmd-new').focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByTestId('new-plan-dialog');
    const blank = dialog.querySelector<HTMLInputElement>('input[value="blank"]');
    expect(blank).not.toBeNull();
    fireEvent.click(blank!);
    blank!.focus();
    fireEvent.keyDown(blank!, { key: 'Enter' });
    await waitFor(() => expect(store.getState().plan?.id).toBe('new-plan'));
    expect(store.getState().plan?.indicators).toHaveLength(1);
  });

  it('cancel leaves the open plan as it was; unsaved changes are guarded first', async () => {
    let asked = 0;
    const { user, store, before } = setup(async () => {
      asked++;
      return false;
    });
    store.setState({ dirty: true });
    await user.click(screen.getByTestId('cmd-new'));
    expect(asked).toBe(1);
    expect(screen.queryByTestId('new-plan-dialog')).toBeNull();
    store.setState({ dirty: false });
    await user.click(screen.getByTestId('cmd-new'));
    await screen.findByTestId('new-plan-dialog');
    await user.click(screen.getByText('取 消'));
    expect(store.getState().plan).toBe(before);
    // Asked again, it opens again and creates.
    await user.click(screen.getByTestId('cmd-new'));
    await user.click(screen.getByTestId('new-plan-confirm'));
    await waitFor(() => expect(store.getState().plan?.id).toBe('city-15th-fyp'));
  });
});
