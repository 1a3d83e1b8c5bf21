import type { TableRows } from '../actuals/read-table-file';

export interface TableFileRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type TableFileResponse =
  | { id: number; ok: true; sheets: TableRows[] }
  | { id: number; ok: false; key: string; params: Record<string, string | number> }
  | { id: number; ok: false; message: string };
