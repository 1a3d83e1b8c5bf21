/** The host's API for components that talk to it directly (import a table, export a review). */
import { createContext, useContext } from 'react';
import type { PlanPathApi } from './platform-api';

const PlatformContext = createContext<PlanPathApi | null>(null);

export const PlatformProvider = PlatformContext.Provider;

/** The platform API, or null outside the app (some component tests). */
export function usePlatform(): PlanPathApi | null {
  return useContext(PlatformContext);
}
