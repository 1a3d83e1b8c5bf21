/**
 * The side effects the CLI needs, passed in so that every command runs in-process in
 * tests. index.ts wires them to node:fs and the process streams.
 */
export interface FileInfo {
  size: number;
  isDirectory: boolean;
}

export interface CliIo {
  /** Read a whole file as UTF-8. Rejects with a Node fs error (code ENOENT, EACCES …). */
  readFile(path: string): Promise<string>;
  /** Size and kind of a path, checked before reading. Rejects like readFile. */
  stat(path: string): Promise<FileInfo>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 ok, 1 a file or argument error, 2 an internal error. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_INTERNAL = 2;
