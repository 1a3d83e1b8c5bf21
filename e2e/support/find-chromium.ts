/** Where a Chromium or Chrome may be installed; PLANPATH_CHROMIUM overrides. */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  const fromEnv = env.PLANPATH_CHROMIUM;
  if (fromEnv) return exists(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => exists(p)) ?? null;
}

export const INSTALL_HINT = 'sudo apt-get install -y chromium fonts-wqy-microhei   (or set PLANPATH_CHROMIUM=/path/to/chrome)';
