import { describe, expect, it } from 'vitest';
import { chooseStartMode, type StartProbe } from './start-mode';

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

  it('falls back when the binary was never downloaded (require("electron") throws)', () => {
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
