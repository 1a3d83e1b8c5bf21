/**
 * Menu and MenuItem kept as data: a test finds an item by its labels (mnemonic "&"
 * markers ignored) and clicks it, or presses a key that is an item's accelerator.
 * A click calls the item's click(menuItem, focusedWindow, event) as Electron does; an
 * item with only a role performs that role through `roles`.
 */
import type { MenuItemConstructorOptions } from 'electron';

export type RoleHandler = (role: string) => Promise<void> | void;

export interface MenuItemStandIn {
  id: string | undefined;
  label: string;
  role: string | undefined;
  type: string;
  accelerator: string | undefined;
  enabled: boolean;
  visible: boolean;
  checked: boolean;
  submenu: MenuStandIn | undefined;
  click: ((item: MenuItemStandIn, window: unknown, event: { triggeredByAccelerator: boolean }) => void) | undefined;
}

/** The default label of a role item with no label of its own (Electron's English ones). */
const ROLE_LABELS: Record<string, string> = {
  appmenu: 'PlanPath',
  windowmenu: 'Window',
  filemenu: 'File',
  editmenu: 'Edit',
  viewmenu: 'View',
  help: 'Help',
  minimize: 'Minimize',
  zoom: 'Zoom',
  front: 'Bring All to Front',
  close: 'Close Window',
  quit: 'Quit',
};

/** Roles whose item Electron fills with a submenu of its own when none is given. */
const ROLE_SUBMENUS: Record<string, string[]> = {
  appmenu: ['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit'],
  windowmenu: ['minimize', 'zoom', 'close'],
};

export class MenuItem implements MenuItemStandIn {
  id: string | undefined;
  label: string;
  role: string | undefined;
  type: string;
  accelerator: string | undefined;
  enabled: boolean;
  visible: boolean;
  checked: boolean;
  submenu: MenuStandIn | undefined;
  click: MenuItemStandIn['click'];

  constructor(options: MenuItemConstructorOptions) {
    this.id = options.id;
    this.role = options.role;
    const role = options.role?.toLowerCase();
    this.label = options.label ?? (role ? (ROLE_LABELS[role] ?? options.role ?? '') : '');
    this.type = options.type ?? (options.submenu || (role && ROLE_SUBMENUS[role]) ? 'submenu' : 'normal');
    this.accelerator = typeof options.accelerator === 'string' ? options.accelerator : undefined;
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
    this.checked = options.checked ?? false;
    const sub = options.submenu;
    if (sub instanceof MenuStandIn) this.submenu = sub;
    else if (Array.isArray(sub)) this.submenu = MenuStandIn.buildFromTemplate(sub);
    else if (role && ROLE_SUBMENUS[role]) this.submenu = MenuStandIn.buildFromTemplate(ROLE_SUBMENUS[role].map((r) => ({ role: r as MenuItemConstructorOptions['role'] })));
    const click = options.click as MenuItemStandIn['click'] | undefined;
    this.click = click;
  }
}

export class MenuStandIn {
  items: MenuItemStandIn[] = [];

  static buildFromTemplate(template: readonly (MenuItemConstructorOptions | MenuItem)[]): MenuStandIn {
    const menu = new MenuStandIn();
    for (const entry of template) menu.append(entry instanceof MenuItem ? entry : new MenuItem(entry));
    return menu;
  }

  append(item: MenuItemStandIn): void {
    this.items.push(item);
  }

  insert(position: number, item: MenuItemStandIn): void {
    this.items.splice(position, 0, item);
  }

  getMenuItemById(id: string): MenuItemStandIn | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const found = item.submenu?.getMenuItemById(id);
      if (found) return found;
    }
    return null;
  }

  popup(): void {
    // Context menus are not shown by the harness.
  }

  closePopup(): void {}
}

/** "文件(&F)" → "文件", "&File" → "File", "a && b" → "a & b". */
export function plainLabel(label: string): string {
  return label
    .replace(/\(&.\)/g, '')
    .split('&&')
    .map((part) => part.replace(/&/g, ''))
    .join('&');
}

function matches(item: MenuItemStandIn, want: string | RegExp): boolean {
  const label = plainLabel(item.label);
  return typeof want === 'string' ? label === want || item.id === want : want.test(label);
}

/** The item at a path of labels (or ids), e.g. ['文件', '打开…']. */
export function findItem(menu: MenuStandIn, path: readonly (string | RegExp)[]): MenuItemStandIn {
  let items = menu.items;
  let found: MenuItemStandIn | undefined;
  for (const [depth, want] of path.entries()) {
    found = items.find((item) => item.visible && item.type !== 'separator' && matches(item, want));
    if (!found) {
      const here = items.filter((i) => i.type !== 'separator').map((i) => plainLabel(i.label));
      throw new Error(`menu: no item "${String(want)}" at ${path.slice(0, depth).map(String).join(' → ') || 'the top'}; there are: ${here.join(', ')}`);
    }
    items = found.submenu?.items ?? [];
  }
  if (!found) throw new Error('menu: empty path');
  return found;
}

/** Every item with an accelerator, depth first. */
export function acceleratorItems(menu: MenuStandIn): MenuItemStandIn[] {
  return menu.items.flatMap((item) => [...(item.accelerator ? [item] : []), ...(item.submenu ? acceleratorItems(item.submenu) : [])]);
}

/**
 * An accelerator as playwright names the keys: "CmdOrCtrl+Shift+S" → "Control+Shift+S"
 * (Meta on macOS). Compared case-insensitively, modifiers in any order.
 */
export function acceleratorKey(accelerator: string, platform: NodeJS.Platform): string {
  const mod = platform === 'darwin' ? 'Meta' : 'Control';
  return accelerator
    .split('+')
    .map((part) => {
      const p = part.toLowerCase();
      if (p === 'cmdorctrl' || p === 'commandorcontrol') return mod;
      if (p === 'ctrl' || p === 'control') return 'Control';
      if (p === 'cmd' || p === 'command' || p === 'super' || p === 'meta') return 'Meta';
      if (p === 'alt' || p === 'option') return 'Alt';
      if (p === 'shift') return 'Shift';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join('+');
}

export function sameKey(a: string, b: string): boolean {
  const norm = (k: string) =>
    k
      .split('+')
      .map((p) => p.toLowerCase())
      .sort()
      .join('+');
  return norm(a) === norm(b);
}
