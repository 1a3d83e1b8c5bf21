import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppLog } from './app-log';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the log file', () => {
  it('goes to <userData>/logs/main.log, one dated line per message, and echoes to the console', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'planpath-log-'));
    const echoed: string[] = [];
    const log = createAppLog(dir, { echo: (line) => echoed.push(line) });
    log('renderer gone: crashed');
    log('blocked: https://example.com/');
    expect(log.file).toBe(path.join(dir, 'logs', 'main.log'));
    expect(existsSync(log.file)).toBe(true);
    const lines = readFileSync(log.file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\] \[warn\]\s+renderer gone: crashed$/);
    expect(echoed).toEqual(['[planpath] renderer gone: crashed', '[planpath] blocked: https://example.com/']);
  });
});
