import { describe, expect, it } from 'vitest';
import { createAppUrlMatcher } from './app-url';
import { fileArgument } from './command-line';

describe('our own page', () => {
  it('is app://planpath/index.html (or app://planpath/), whatever its query or fragment', () => {
    const isApp = createAppUrlMatcher();
    expect(isApp('app://planpath/index.html')).toBe(true);
    expect(isApp('app://planpath/')).toBe(true);
    expect(isApp('app://planpath/index.html#/compare')).toBe(true);
    expect(isApp('app://planpath/index.html?lang=en')).toBe(true);
    expect(isApp('app://planpath/assets/../index.html')).toBe(true);
  });

  it('is not another path, host, port or user of app://, nor any file:// URL', () => {
    const isApp = createAppUrlMatcher();
    for (const url of [
      'app://planpath/other.html',
      'app://planpath/assets/index-abc.js',
      'app://evil/index.html',
      'app://planpath.evil/index.html',
      'app://planpath:8080/index.html',
      'app://user@planpath/index.html',
      'file:///opt/PlanPath/resources/app.asar/dist-web/index.html',
      'file:///etc/passwd',
      'https://planpath/index.html',
      'https://example.com/',
      'not a url',
    ]) {
      expect(isApp(url), url).toBe(false);
    }
  });

  it('is the dev server origin in development, and only it', () => {
    const isApp = createAppUrlMatcher({ devServerUrl: 'http://localhost:5173/' });
    expect(isApp('http://localhost:5173/')).toBe(true);
    expect(isApp('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isApp('http://localhost:5174/')).toBe(false);
    expect(isApp('http://127.0.0.1:5173/')).toBe(false);
    expect(isApp('app://planpath/index.html')).toBe(false);
    expect(isApp('file:///x/index.html')).toBe(false);
  });
});

describe('file on the command line', () => {
  it('finds the first .json argument, skipping switches and electron’s own arguments', () => {
    expect(fileArgument(['/usr/bin/electron', '.', '--inspect', 'plans/x.json'], { packaged: false, cwd: '/home/u', platform: 'linux' })).toBe('/home/u/plans/x.json');
    expect(fileArgument(['/opt/PlanPath/planpath', '--allow-file-access-from-files', '/tmp/a.JSON'], { packaged: true, cwd: '/', platform: 'linux' })).toBe('/tmp/a.JSON');
    expect(fileArgument(['/opt/PlanPath/planpath'], { packaged: true, cwd: '/', platform: 'linux' })).toBeNull();
    expect(fileArgument(['/opt/PlanPath/planpath', 'notes.txt'], { packaged: true, cwd: '/', platform: 'linux' })).toBeNull();
    expect(fileArgument(['PlanPath.exe', 'D:\\plans\\x.json'], { packaged: true, cwd: 'C:\\', platform: 'win32' })).toBe('D:\\plans\\x.json');
  });

  it('takes the registered .ppath type too (a double-click in the file manager)', () => {
    expect(fileArgument(['/opt/PlanPath/planpath', '/home/u/城市规划.ppath'], { packaged: true, cwd: '/', platform: 'linux' })).toBe('/home/u/城市规划.ppath');
    expect(fileArgument(['PlanPath.exe', 'D:\\plans\\x.PPATH'], { packaged: true, cwd: 'C:\\', platform: 'win32' })).toBe('D:\\plans\\x.PPATH');
  });
});
