/**
 * The side effects the CLI needs, passed in so that every command runs in-process in
 * tests. index.ts wires them to node:fs and the process streams (node-io.ts).
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
  /**
   * Create a new file with this content (a string is written as UTF-8) and flush it to
   * disk. Fails with EEXIST if the path exists: only ever used for a fresh temporary file.
   * Rejects with a Node fs error; may leave a partial file behind, which the caller removes.
   */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Rename a file, replacing `to` if it exists (same folder, so atomic). */
  rename(from: string, to: string): Promise<void>;
  /** Remove a file. */
  unlink(path: string): Promise<void>;
  /** The current time, for the date in an export's source line. */
  now(): Date;
  stdout(text: string): void;
  stderr(text: string): void;
  /** HTML to PDF bytes (`report --format pdf`); default: headless Chromium (print-pdf.ts). */
  printPdf?(html: string): Promise<Uint8Array>;
}

/** Exit codes: 0 ok, 1 a file or argument error, 2 an internal error. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_INTERNAL = 2;
