/**
 * The main process's log file: <userData>/logs/main.log (electron-log, 1 MB, then the
 * old file is kept as main.old.log). What goes there: start-up and session problems,
 * refused IPC, blocked navigation, write failures — what a user can send with a bug
 * report. electron-log's Node flavour is used, not electron-log/main: the latter
 * registers an IPC channel of its own ('__ELECTRON_LOG__') that any page could write
 * to, outside the typed IPC contract and its sender check.
 */
import path from 'node:path';
import log from 'electron-log/node';

export const LOG_FILE = path.join('logs', 'main.log');

export interface AppLog {
  (message: string): void;
  /** The file the log goes to. */
  readonly file: string;
}

export function createAppLog(userData: string, options: { echo?: (line: string) => void } = {}): AppLog {
  const file = path.join(userData, LOG_FILE);
  const logger = log.create({ logId: `planpath-${file}` });
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = 1024 ** 2;
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  logger.transports.console.level = false;
  const write = (message: string) => {
    options.echo?.(`[planpath] ${message}`);
    logger.warn(message);
  };
  return Object.assign(write, { file });
}
