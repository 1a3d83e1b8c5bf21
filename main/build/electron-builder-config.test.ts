/**
 * electron-builder.yml: valid for electron-builder's own schema, the four installer
 * targets, and — packaging for real with a stand-in Electron (no download) — an
 * app.asar holding exactly the bundles, the web build and the plan files.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { TIMEOUTS } from '../../test-timeouts';
import { buildBundles, PROJECT_ROOT } from './electron-bundles';

/** Where @electron/fuses finds the fuse wire in an Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

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

  it('flips the fuses, registers the .ppath file type, makes the deb depend on a CJK font, and never publishes', async () => {
    const config = await getConfig(PROJECT_ROOT, 'electron-builder.yml', null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'ppath', mimeType: 'application/x-planpath+json', role: 'Editor' })]);
    const depends = config.deb?.depends ?? [];
    expect(depends).toContain('fonts-noto-cjk | fonts-wqy-microhei');
    // Setting depends replaces electron-builder's defaults: they are all still there.
    for (const lib of ['libgtk-3-0', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0', 'libnotify4']) expect(depends).toContain(lib);
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toMatch(/electron-builder .*--publish never/);
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
        // Its fuse wire as Electron's binaries carry it (sentinel, version 1, 8 fuses), set the other way round.
        writeFileSync(path.join(electron, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\n# ${FUSE_SENTINEL}`), Buffer.from([1, 8]), Buffer.from('10110010\n')]));
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
        // The fuses as electron-builder.yml sets them, flipped in the packaged binary.
        const binary = readFileSync(path.join(unpacked, 'planpath'));
        const wire = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
        expect(binary.subarray(wire + 2, wire + 10).toString('latin1')).toBe('01001100');
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    },
    TIMEOUTS.slow,
  );
});
