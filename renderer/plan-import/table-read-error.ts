/** What the user reads when a table file cannot be read: always with the file's name. */
import type { TFunction } from 'i18next';
import { TableFileError } from '../actuals/read-table-file';

export function tableReadError(error: unknown, name: string, t: TFunction): string {
  if (error instanceof TableFileError) return t(error.key, { ...error.params, name });
  return t('planImport.readFailed', { name, reason: error instanceof Error ? error.message : String(error) });
}
