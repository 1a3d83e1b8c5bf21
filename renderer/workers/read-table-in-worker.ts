/**
 * readTableSheets in a Web Worker (table-file.worker.ts); where workers cannot start
 * (jsdom in tests, a locked-down host) it reads on the page, with the same result.
 * A refusal rejects with a TableFileError, any other failure with an Error.
 */
import { pickTableSheet, readTableSheets, TableFileError, type TableRows } from '../actuals/read-table-file';
import type { TableFileRequest, TableFileResponse } from './table-file-protocol';

export interface TableWorkerLike {
  postMessage(message: TableFileRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<TableFileResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export function createTableWorker(): TableWorkerLike {
  return new Worker(new URL('./table-file.worker.ts', import.meta.url), { type: 'module', name: 'table-file' }) as unknown as TableWorkerLike;
}

let nextId = 1;

export async function readTableSheetsOffThread(name: string, bytes: Uint8Array, createWorker: () => TableWorkerLike = createTableWorker): Promise<TableRows[]> {
  if (typeof Worker === 'undefined') return readTableSheets(name, bytes);
  let worker: TableWorkerLike;
  try {
    worker = createWorker();
  } catch {
    return readTableSheets(name, bytes);
  }
  const id = nextId++;
  return new Promise<TableRows[]>((resolve, reject) => {
    let done = false;
    const finish = (then: () => void) => {
      if (done) return;
      done = true;
      worker.terminate();
      then();
    };
    worker.addEventListener('message', (event: MessageEvent<TableFileResponse>) => {
      const r = event.data;
      if (r.id !== id) return;
      if (r.ok) finish(() => resolve(r.sheets));
      else if ('key' in r) finish(() => reject(new TableFileError(r.key, r.params)));
      else finish(() => reject(new Error(r.message)));
    });
    // A worker that fails to load: read here rather than leave the user waiting.
    worker.addEventListener('error', () => finish(() => readTableSheets(name, bytes).then(resolve, reject)));
    worker.postMessage({ id, name, bytes });
  });
}

export async function readTableFileOffThread(name: string, bytes: Uint8Array, createWorker?: () => TableWorkerLike): Promise<TableRows> {
  return pickTableSheet(await readTableSheetsOffThread(name, bytes, createWorker));
}
