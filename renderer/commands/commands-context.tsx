import { createContext, useContext } from 'react';
import type { FileCommands } from './file-commands';

const noop = async () => false;
const CommandsContext = createContext<FileCommands>({
  newFile: async () => undefined,
  open: async () => undefined,
  openPath: async () => undefined,
  save: noop,
  saveAs: noop,
  exportCsv: async () => undefined,
});

export const CommandsProvider = CommandsContext.Provider;

export function useCommands(): FileCommands {
  return useContext(CommandsContext);
}
