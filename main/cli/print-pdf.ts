/**
 * HTML to PDF for `report --format pdf`: headless Chromium (or Chrome, or Edge) prints
 * the report's HTML as the app prints it (A4, the page's own @page header and footer).
 * PLANPATH_CHROMIUM names the browser; otherwise the usual install paths are tried.
 * The HTML and the PDF live in a fresh temporary folder, removed afterwards.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** No browser to print with: the command says how to get one. */
export class NoChromiumError extends Error {}

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  const fromEnv = env.PLANPATH_CHROMIUM;
  if (fromEnv) return exists(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => exists(p)) ?? null;
}

/** The command line: headless, no header/footer of the browser's own, a throwaway profile. */
export function chromiumArgs(htmlUrl: string, pdfPath: string, profile: string, asRoot: boolean): string[] {
  return [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--disable-extensions',
    '--no-pdf-header-footer',
    `--user-data-dir=${profile}`,
    ...(asRoot ? ['--no-sandbox'] : []),
    `--print-to-pdf=${pdfPath}`,
    htmlUrl,
  ];
}

export async function printHtmlToPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const browser = findChromium(env);
  if (browser === null) throw new NoChromiumError('no Chromium');
  const dir = await mkdtemp(join(tmpdir(), 'planpath-report-'));
  try {
    const htmlPath = join(dir, 'report.html');
    const pdfPath = join(dir, 'report.pdf');
    await writeFile(htmlPath, html, 'utf8');
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    await new Promise<void>((resolve, reject) => {
      execFile(browser, chromiumArgs(pathToFileURL(htmlPath).href, pdfPath, join(dir, 'profile'), asRoot), { timeout: 120_000 }, (error, _stdout, stderr) => {
        if (error) reject(new Error(`${error.message}${stderr ? `\n${String(stderr).slice(-500)}` : ''}`));
        else resolve();
      });
    });
    return new Uint8Array(await readFile(pdfPath));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
