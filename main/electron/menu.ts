/**
 * The application menu as a template, built by a pure function from the recent files,
 * the language and a `send` callback, so it is tested without Electron. Menu items
 * deliver MenuCommands to the renderer; clipboard and window items use Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile, UiLanguage } from '../../renderer/platform/platform-api';

export interface MenuOptions {
  lang: UiLanguage;
  recentFiles: readonly RecentFile[];
  /** Delivers a command to the renderer (webContents.send('menu:command', …)). */
  send: (command: MenuCommand) => void;
  /** Open Recent ▸ an entry: main asks the renderer to open that path. */
  openRecent: (path: string) => void;
  clearRecent: () => void;
  /** Reload and developer tools are shown in development only. */
  isDev: boolean;
  platform: NodeJS.Platform;
}

const LABELS = {
  zh: {
    file: '文件(&F)',
    new: '新建',
    open: '打开…',
    openRecent: '最近打开',
    noRecent: '（无）',
    clearRecent: '清除最近打开记录',
    save: '保存',
    saveAs: '另存为…',
    export: '导出…',
    quit: '退出',
    close: '关闭窗口',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图(&V)',
    language: 'English（切换语言）',
    basis: '切换实际价格 / 名义价格',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    reload: '重新加载',
    devTools: '开发者工具',
    help: '帮助(&H)',
    about: '关于 PlanPath',
    window: '窗口',
  },
  en: {
    file: '&File',
    new: 'New',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: '(none)',
    clearRecent: 'Clear Recent',
    save: 'Save',
    saveAs: 'Save As…',
    export: 'Export…',
    quit: 'Quit',
    close: 'Close Window',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    language: '中文（切换语言）',
    basis: 'Switch Real / Nominal Prices',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    reload: 'Reload',
    devTools: 'Developer Tools',
    help: '&Help',
    about: 'About PlanPath',
    window: 'Window',
  },
} as const;

/** The standard accelerators, one place. */
export const ACCELERATORS: Partial<Record<MenuCommand, string>> = {
  'file:new': 'CmdOrCtrl+N',
  'file:open': 'CmdOrCtrl+O',
  'file:save': 'CmdOrCtrl+S',
  'file:save-as': 'CmdOrCtrl+Shift+S',
  'file:export': 'CmdOrCtrl+E',
  'edit:undo': 'CmdOrCtrl+Z',
  'edit:redo': 'CmdOrCtrl+Shift+Z',
};

function recentLabel(file: RecentFile, all: readonly RecentFile[], platform: NodeJS.Platform): string {
  const ambiguous = all.some((other) => other !== file && other.name === file.name);
  const label = ambiguous ? file.path : file.name;
  // On Windows and Linux "&" marks a mnemonic; a file name's own "&" must be doubled.
  return platform === 'darwin' ? label : label.replaceAll('&', '&&');
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[options.lang];
  const mac = options.platform === 'darwin';
  // macOS shows no mnemonics; strip the "&" markers there.
  const top = (label: string) => (mac ? label.replace(/\(&.\)|&/g, '') : label);
  const command = (label: string, cmd: MenuCommand): MenuItemConstructorOptions => {
    const accelerator = ACCELERATORS[cmd];
    return {
      id: cmd,
      label,
      ...(accelerator ? { accelerator } : {}),
      click: () => options.send(cmd),
    };
  };

  const recentItems: MenuItemConstructorOptions[] =
    options.recentFiles.length === 0
      ? [{ id: 'recent:none', label: t.noRecent, enabled: false }]
      : options.recentFiles.map((file, index) => ({
          id: `recent:${index}`,
          label: recentLabel(file, options.recentFiles, options.platform),
          click: () => options.openRecent(file.path),
        }));

  const fileMenu: MenuItemConstructorOptions = {
    id: 'menu:file',
    label: top(t.file),
    submenu: [
      command(t.new, 'file:new'),
      command(t.open, 'file:open'),
      {
        id: 'file:open-recent',
        label: t.openRecent,
        submenu: [
          ...recentItems,
          { type: 'separator' },
          { id: 'recent:clear', label: t.clearRecent, enabled: options.recentFiles.length > 0, click: () => options.clearRecent() },
        ],
      },
      { type: 'separator' },
      command(t.save, 'file:save'),
      command(t.saveAs, 'file:save-as'),
      command(t.export, 'file:export'),
      { type: 'separator' },
      mac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    id: 'menu:edit',
    label: top(t.edit),
    submenu: [
      command(t.undo, 'edit:undo'),
      command(t.redo, 'edit:redo'),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    id: 'menu:view',
    label: top(t.view),
    submenu: [
      command(t.language, 'view:toggle-language'),
      command(t.basis, 'view:toggle-basis'),
      { type: 'separator' },
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
      ...(options.isDev
        ? ([
            { type: 'separator' },
            { role: 'reload', label: t.reload },
            { role: 'toggleDevTools', label: t.devTools },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    id: 'menu:help',
    label: top(t.help),
    role: 'help',
    submenu: [command(t.about, 'help:about')],
  };

  // macOS: the standard Window menu (Minimize, Zoom, Bring All to Front and the window list).
  const windowMenu: MenuItemConstructorOptions = { id: 'menu:window', role: 'windowMenu', label: t.window };

  return mac ? [{ role: 'appMenu' }, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
