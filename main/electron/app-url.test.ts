import { describe, expect, it } from 'vitest';
import { createAppUrlMatcher } from './app-url';
import { fileArgument } from './command-line';

describe('our own page', () => {
  it('is exactly the file:// URL of dist-web/index.html', () => {
    const isApp = createAppUrlMatcher({ indexFile: '/opt/PlanPath/resources/app.asar/dist-web/index.html', platform: 'linux' });
    expect(isApp('file:///opt/PlanPath/resources/app.asar/dist-web/index.html')).toBe(true);
    expect(isApp('file:///opt/PlanPath/resources/app.asar/dist-web/index.html#/compare')).toBe(true);
    expect(isApp('file:///opt/PlanPath/resources/app.asar/dist-web/other.html')).toBe(false);
    expect(isApp('file:///etc/passwd')).toBe(false);
    expect(isApp('file:///opt/PlanPath/resources/app.asar/dist-web/../dist-web/index.html')).toBe(true);
    expect(isApp('file://evil.example/opt/PlanPath/resources/app.asar/dist-web/index.html')).toBe(false);
    expect(isApp('https://example.com/')).toBe(false);
    expect(isApp('not a url')).toBe(false);
  });

  it('handles Windows paths with spaces and case', () => {
    const isApp = createAppUrlMatcher({ indexFile: 'C:\\Program Files\\PlanPath\\resources\\app.asar\\dist-web\\index.html', platform: 'win32' });
    expect(isApp('file:///C:/Program%20Files/PlanPath/resources/app.asar/dist-web/index.html')).toBe(true);
    expect(isApp('file:///c:/program%20files/planpath/resources/app.asar/dist-web/index.html')).toBe(true);
    expect(isApp('file:///C:/Windows/index.html')).toBe(false);
  });

  it('is the dev server origin in development, and only it', () => {
    const isApp = createAppUrlMatcher({ indexFile: '/x/index.html', devServerUrl: 'http://localhost:5173/', platform: 'linux' });
    expect(isApp('http://localhost:5173/')).toBe(true);
    expect(isApp('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isApp('http://localhost:5174/')).toBe(false);
    expect(isApp('http://127.0.0.1:5173/')).toBe(false);
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
