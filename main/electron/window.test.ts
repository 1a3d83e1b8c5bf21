import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: unknown; once: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn>; loadFile: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    once = vi.fn((event: string, listener: () => void) => {
      if (event === 'ready-to-show') listener();
    });
    show = vi.fn();
    loadFile = vi.fn(async () => undefined);
    loadURL = vi.fn(async () => undefined);
    constructor(public options: unknown) {
      created.push(this);
    }
  },
}));

const { createMainWindow, loadRenderer, mainWindowOptions, rendererSource } = await import('./window');

beforeEach(() => {
  created.length = 0;
});

describe('main window', () => {
  it('has exactly the security flags', () => {
    const options = mainWindowOptions({ preloadPath: '/app/dist-electron/preload.cjs', version: '1.2.3' });
    expect(options.webPreferences).toEqual({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      additionalArguments: ['--planpath-version=1.2.3'],
    });
    expect(options.show).toBe(false);
  });

  it('creates the window with those options and shows it when ready', () => {
    createMainWindow({ preloadPath: '/p.cjs', version: '0.1.0' });
    expect(created).toHaveLength(1);
    expect(created[0]?.options).toEqual(mainWindowOptions({ preloadPath: '/p.cjs', version: '0.1.0' }));
    expect(created[0]?.show).toHaveBeenCalled();
  });

  it('loads app://planpath/index.html (never a file:// URL), or the dev server when given', async () => {
    const window = createMainWindow({ preloadPath: '/p.cjs', version: '0.1.0' });
    await loadRenderer(window, rendererSource(undefined));
    expect(created[0]?.loadURL).toHaveBeenCalledWith('app://planpath/index.html');
    await loadRenderer(window, rendererSource('http://localhost:5173/'));
    expect(created[0]?.loadURL).toHaveBeenLastCalledWith('http://localhost:5173/');
    expect(created[0]?.loadFile).not.toHaveBeenCalled();
  });
});
