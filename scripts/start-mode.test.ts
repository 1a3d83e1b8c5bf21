import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { chooseStartMode, installedElectronPath, type StartProbe } from './start-mode';

const BINARY = '/app/node_modules/electron/dist/electron';

function probe(over: Partial<StartProbe> = {}): StartProbe {
  return {
    argv: [],
    env: { DISPLAY: ':0' },
    platform: 'linux',
    hasElectronPackage: () => true,
    electronPath: () => BINARY,
    exists: (file) => file === BINARY,
    ...over,
  };
}

describe('npm start: desktop or web mode', () => {
  it('opens the desktop app where Electron is installed and there is a display', () => {
    expect(chooseStartMode(probe())).toEqual({ kind: 'desktop', electron: BINARY });
    expect(chooseStartMode(probe({ platform: 'win32', env: {} }))).toEqual({ kind: 'desktop', electron: BINARY });
    expect(chooseStartMode(probe({ env: { WAYLAND_DISPLAY: 'wayland-0' } })).kind).toBe('desktop');
  });

  it('falls back to the web mode, saying why, when the electron package is missing', () => {
    const mode = chooseStartMode(probe({ hasElectronPackage: () => false }));
    expect(mode).toEqual({ kind: 'web', reason: expect.stringContaining('Electron is not installed') });
  });

  it('falls back when the binary was never downloaded (no path.txt)', () => {
    const mode = chooseStartMode(
      probe({
        electronPath: () => {
          throw new Error('Electron failed to install correctly');
        },
      }),
    );
    expect(mode).toEqual({ kind: 'web', reason: expect.stringContaining("Electron's binary is not installed") });
  });

  it('falls back when the binary named in path.txt is gone', () => {
    expect(chooseStartMode(probe({ exists: () => false }))).toEqual({ kind: 'web', reason: expect.stringContaining(`missing at ${BINARY}`) });
  });

  it('falls back on Linux without a display', () => {
    expect(chooseStartMode(probe({ env: {} }))).toEqual({ kind: 'web', reason: expect.stringContaining('no graphical display') });
  });

  it('takes --web or PLANPATH_WEB=1 as a request for the web mode', () => {
    expect(chooseStartMode(probe({ argv: ['--web'] }))).toEqual({ kind: 'web', reason: expect.stringContaining('asked for') });
    expect(chooseStartMode(probe({ env: { DISPLAY: ':0', PLANPATH_WEB: '1' } })).kind).toBe('web');
  });
});

describe('installedElectronPath', () => {
  const files: Record<string, string> = { [path.join('/app/node_modules/electron', 'path.txt')]: 'electron' };
  const read = (f: string) => {
    const text = files[f];
    if (text === undefined) throw new Error(`ENOENT: ${f}`);
    return text;
  };

  it('reads path.txt as Electron does, under dist/ or ELECTRON_OVERRIDE_DIST_PATH', () => {
    expect(installedElectronPath('/app/node_modules/electron', {}, read, path.join)).toBe(path.join('/app/node_modules/electron', 'dist', 'electron'));
    expect(installedElectronPath('/app/node_modules/electron', { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, read, path.join)).toBe(path.join('/opt/electron', 'electron'));
  });

  it('throws, and downloads nothing, where the binary was never downloaded', () => {
    expect(() => installedElectronPath('/elsewhere/electron', {}, read, path.join)).toThrow(/ENOENT/);
    const mode = chooseStartMode(probe({ electronPath: () => installedElectronPath('/elsewhere/electron', {}, read, path.join) }));
    expect(mode.kind).toBe('web');
  });
});
