/** Opens the export dialog (header menu, File → Export in the native menu). */
import { createContext, useContext } from 'react';

const ExportContext = createContext<() => void>(() => undefined);

export const ExportProvider = ExportContext.Provider;

export function useOpenExport(): () => void {
  return useContext(ExportContext);
}
