/**
 * electron-builder.yml: valid for electron-builder's own schema, the four installer
 * targets, and — packaging for real with a stand-in Electron (no download) — an
 * app.asar holding exactly the bundles, the web build and the plan files.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { TIMEOUTS } from '../../test-timeouts';
import { buildBundles, PROJECT_ROOT } from './electron-bundles';

describe('electron-builder config', () => {
  it('passes electron-builder’s schema and names AppImage, deb, NSIS and dmg', async () => {
    const config = await getConfig(PROJECT_ROOT, 'electron-builder.yml', null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.appId).toBe('cn.planpath.app');
    expect(config.productName).toBe('PlanPath');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    // getConfig normalizes `files` to [{ filter: [...] }].
    const patterns = JSON.stringify(config.files);
    for (const pattern of ['dist-web/**', 'dist-electron/**', 'scenarios/**', '!node_modules/**']) expect(patterns).toContain(`"${pattern}"`);
    for (const icon of [config.linux?.icon, config.win?.icon, config.mac?.icon]) {
      expect(typeof icon === 'string' && existsSync(path.join(PROJECT_ROOT, icon))).toBe(true);
    }
  });

  it.skipIf(process.platform !== 'linux')(
    'packages an app.asar with only the bundles, the web build and the plan files',
    async () => {
      const project = mkdtempSync(path.join(tmpdir(), 'planpath-package-'));
      try {
        for (const item of ['package.json', 'electron-builder.yml', 'build', 'scenarios']) {
          cpSync(path.join(PROJECT_ROOT, item), path.join(project, item), { recursive: true });
        }
        symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(project, 'node_modules'));
        await buildBundles(path.join(project, 'dist-electron'));
        mkdirSync(path.join(project, 'dist-web/assets'), { recursive: true });
        writeFileSync(path.join(project, 'dist-web/index.html'), '<!doctype html><title>PlanPath</title>');
        writeFileSync(path.join(project, 'dist-web/assets/index.js'), '');
        // A stand-in for the unpacked Electron that electronDist points to.
        const electron = path.join(project, 'fake-electron');
        mkdirSync(path.join(electron, 'locales'), { recursive: true });
        mkdirSync(path.join(electron, 'resources'));
        writeFileSync(path.join(electron, 'electron'), '#!/bin/sh\n');
        chmodSync(path.join(electron, 'electron'), 0o755);
        for (const locale of ['en-US', 'zh-CN', 'de', 'fr']) writeFileSync(path.join(electron, 'locales', `${locale}.pak`), '');

        const run = spawnSync(
          process.execPath,
          [path.join(PROJECT_ROOT, 'node_modules/electron-builder/cli.js'), '--config', 'electron-builder.yml', '--dir', '--linux', `-c.electronDist=${electron}`],
          { cwd: project, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
        );
        expect(run.status, run.stderr + run.stdout).toBe(0);

        const unpacked = path.join(project, 'release/linux-unpacked');
        expect(existsSync(path.join(unpacked, 'planpath'))).toBe(true);
        expect(readdirSync(path.join(unpacked, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
        const files = listPackage(path.join(unpacked, 'resources/app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
        expect(files).toEqual(
          expect.arrayContaining(['/package.json', '/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/dist-web/index.html', '/scenarios/xuzhou-14th-fyp.json']),
        );
        expect(files.filter((f) => f.includes('node_modules') || f.endsWith('.map') || f.endsWith('.test.ts') || f.endsWith('.ts'))).toEqual([]);
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    },
    TIMEOUTS.slow,
  );
});
