// @vitest-environment jsdom
import '../test/setup-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandsProvider } from '../commands/commands-context';
import type { FileCommands } from '../commands/file-commands';
import { renderWithStore } from '../test/render';
import { ALL_COMMANDS_SHOWN, HeaderBar } from './header-bar';

function setup() {
  const commands: FileCommands = {
    newFile: vi.fn(async () => undefined),
    open: vi.fn(async () => undefined),
    openPath: vi.fn(async () => undefined),
    save: vi.fn(async () => true),
    saveAs: vi.fn(async () => true),
    exportCsv: vi.fn(async () => undefined),
  };
  const r = renderWithStore(
    <CommandsProvider value={commands}>
      <HeaderBar />
    </CommandsProvider>,
  );
  return { ...r, commands, user: userEvent.setup() };
}

/** A window at least 1600 px wide: every file command is a button. */
function wideWindow() {
  const original = window.matchMedia;
  window.matchMedia = (query: string) => ({ ...original(query), matches: query === ALL_COMMANDS_SHOWN });
  return () => {
    window.matchMedia = original;
  };
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('header bar', () => {
  it('below 1600 px: Save As, Extract and Import are items of 更多, each doing what its button does', async () => {
    const { user, commands } = setup();
    for (const id of ['cmd-save-as', 'extract-open-dialog', 'plan-import-open']) expect(screen.queryByTestId(id)).toBeNull();
    for (const id of ['cmd-new', 'cmd-open', 'cmd-save', 'export-menu', 'cmd-undo', 'cmd-redo']) expect(screen.getByTestId(id)).toBeTruthy();

    await user.click(screen.getByTestId('header-more'));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((x) => x.textContent)).toEqual(['另存为', '从文本提取目标', '导入指标表', '续编下一期规划', '规划对比']);
    await user.click(within(menu).getByTestId('cmd-save-as'));
    expect(commands.saveAs).toHaveBeenCalledTimes(1);

    await user.click(screen.getByTestId('header-more'));
    await user.click(await screen.findByTestId('plan-import-open'));
    expect(await screen.findByTestId('plan-import-choose')).toBeTruthy();
  });

  it('from 1600 px: every file command is a button; 更多 holds only the plan commands', async () => {
    restore = wideWindow();
    const { user } = setup();
    await user.click(screen.getByTestId('header-more'));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((x) => x.textContent)).toEqual(['续编下一期规划', '规划对比']);
    await user.keyboard('{Escape}');
    for (const id of ['cmd-new', 'cmd-open', 'cmd-save', 'cmd-save-as', 'export-menu', 'extract-open-dialog', 'plan-import-open']) {
      expect(screen.getByTestId(id).tagName).toBe('BUTTON');
    }
    await user.click(screen.getByTestId('extract-open-dialog'));
    expect(await screen.findByTestId('extract-text')).toBeTruthy();
  });

  it('the price-basis switch is named 价格口径 for screen readers, whether or not the label is shown', async () => {
    setup();
    await waitFor(() => expect(screen.getByTestId('basis-switch').getAttribute('aria-label')).toBe('价格口径'));
  });
});
