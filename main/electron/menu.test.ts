import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../renderer/platform/platform-api';
import { buildMenuTemplate, type MenuOptions } from './menu';

const RECENT: RecentFile[] = [
  { name: 'xuzhou.json', path: '/plans/xuzhou.json', openedAt: '2026-01-02T00:00:00Z' },
  { name: 'nanjing.json', path: '/plans/nanjing.json', openedAt: '2026-01-01T00:00:00Z' },
];

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    lang: 'en',
    recentFiles: RECENT,
    send: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    isDev: false,
    platform: 'linux',
    ...overrides,
  };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const sub = item?.submenu;
  if (!Array.isArray(sub)) throw new Error(`no submenu in ${item?.label}`);
  return sub;
}

function find(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  for (const item of items) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      try {
        return find(item.submenu, id);
      } catch {
        // not in this branch
      }
    }
  }
  throw new Error(`no item ${id}`);
}

function click(item: MenuItemConstructorOptions): void {
  // The click handler's arguments (item, window, event) are not used by our items.
  (item.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it('has File, Edit, View and Help with the standard items', () => {
    const template = buildMenuTemplate(options());
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const labels = (i: number) => submenu(template[i]).filter((m) => m.type !== 'separator').map((m) => m.label);
    expect(labels(0)).toEqual(['New', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export…', 'Quit']);
    expect(labels(1)).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All']);
    expect(submenu(template[1]).filter((m) => m.role).map((m) => m.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(labels(3)).toEqual(['About PlanPath']);
  });

  it('uses the standard accelerators', () => {
    const template = buildMenuTemplate(options());
    const accel = (id: string) => find(template, id).accelerator;
    expect(accel('file:new')).toBe('CmdOrCtrl+N');
    expect(accel('file:open')).toBe('CmdOrCtrl+O');
    expect(accel('file:save')).toBe('CmdOrCtrl+S');
    expect(accel('file:save-as')).toBe('CmdOrCtrl+Shift+S');
    expect(accel('file:export')).toBe('CmdOrCtrl+E');
    expect(accel('edit:undo')).toBe('CmdOrCtrl+Z');
    expect(accel('edit:redo')).toBe('CmdOrCtrl+Shift+Z');
  });

  it('sends each command item to the renderer', () => {
    const send = vi.fn();
    const template = buildMenuTemplate(options({ send }));
    const commands: MenuCommand[] = [
      'file:new',
      'file:open',
      'file:save',
      'file:save-as',
      'file:export',
      'edit:undo',
      'edit:redo',
      'view:toggle-language',
      'view:toggle-basis',
      'help:about',
    ];
    for (const command of commands) click(find(template, command));
    expect(send.mock.calls.map((c) => c[0])).toEqual(commands);
  });

  it('lists recent files, opens them by path and can clear them', () => {
    const openRecent = vi.fn();
    const clearRecent = vi.fn();
    const template = buildMenuTemplate(options({ openRecent, clearRecent }));
    const recent = submenu(find(template, 'file:open-recent'));
    expect(recent.map((m) => m.label ?? m.type)).toEqual(['xuzhou.json', 'nanjing.json', 'separator', 'Clear Recent']);
    click(find(template, 'recent:1'));
    expect(openRecent).toHaveBeenCalledWith('/plans/nanjing.json');
    click(find(template, 'recent:clear'));
    expect(clearRecent).toHaveBeenCalledOnce();
  });

  it('shows an empty, disabled recent list; full paths when names repeat; doubled & on Windows', () => {
    const empty = submenu(find(buildMenuTemplate(options({ recentFiles: [] })), 'file:open-recent'));
    expect(empty[0]).toMatchObject({ label: '(none)', enabled: false });
    expect(find(buildMenuTemplate(options({ recentFiles: [] })), 'recent:clear').enabled).toBe(false);

    const twins: RecentFile[] = [
      { name: 'plan.json', path: '/a/plan.json', openedAt: '' },
      { name: 'plan.json', path: '/b/plan.json', openedAt: '' },
      { name: 'R&D.json', path: 'C:\\x\\R&D.json', openedAt: '' },
    ];
    const labels = submenu(find(buildMenuTemplate(options({ recentFiles: twins, platform: 'win32' })), 'file:open-recent')).map((m) => m.label);
    expect(labels.slice(0, 3)).toEqual(['/a/plan.json', '/b/plan.json', 'R&&D.json']);
  });

  it('has reload and developer tools in development only', () => {
    const roles = (isDev: boolean) => submenu(buildMenuTemplate(options({ isDev }))[2]).map((m) => m.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('speaks Chinese, and follows macOS conventions on a Mac', () => {
    const zh = buildMenuTemplate(options({ lang: 'zh' }));
    expect(zh.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(find(zh, 'file:save-as').label).toBe('另存为…');

    const mac = buildMenuTemplate(options({ platform: 'darwin', lang: 'zh' }));
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(mac.slice(1).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    // The Window menu is Electron's own (its role fills the items); only macOS has one.
    expect(mac[4]).toMatchObject({ role: 'windowMenu' });
    expect(mac[4]?.submenu).toBeUndefined();
    expect(zh.some((m) => m.role === 'windowMenu')).toBe(false);
    expect(submenu(mac[1]).at(-1)?.role).toBe('close');
  });
});
