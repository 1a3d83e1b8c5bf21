/**
 * A table file (XLSX or CSV) read off the page's thread: a workbook of many rows cannot
 * freeze the window, and the limits (models/file-limits) apply before exceljs runs.
 * Message in: { id, name, bytes }; out: { id, ok, sheets } or the refusal.
 */
import { readTableSheets, TableFileError } from '../actuals/read-table-file';
import type { TableFileRequest, TableFileResponse } from './table-file-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TableFileRequest>) => void) | null;
  postMessage(message: TableFileResponse): void;
};

scope.onmessage = (event) => {
  const { id, name, bytes } = event.data;
  readTableSheets(name, bytes).then(
    (sheets) => scope.postMessage({ id, ok: true, sheets }),
    (error: unknown) =>
      scope.postMessage(
        error instanceof TableFileError
          ? { id, ok: false, key: error.key, params: error.params }
          : { id, ok: false, message: error instanceof Error ? error.message : String(error) },
      ),
  );
};
