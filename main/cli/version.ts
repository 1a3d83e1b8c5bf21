/** `--version`: the version in package.json (bundled into the CLI at build time). */
import { version } from '../../package.json';

export const CLI_VERSION: string = version;

export function versionText(): string {
  return `planpath ${CLI_VERSION}\n`;
}
