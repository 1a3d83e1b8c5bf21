/**
 * The dev server's URL (VITE_DEV_SERVER_URL, set by the dev script) is honoured only by
 * an unpackaged app. A packaged PlanPath ignores it: otherwise whoever sets the variable
 * gets any page treated as PlanPath's own (trusted IPC, the looser development CSP),
 * around the fuses. Even unpackaged, only an http(s) URL is taken.
 */
export interface DevServerInput {
  /** app.isPackaged. */
  isPackaged: boolean;
  /** process.env.VITE_DEV_SERVER_URL. */
  value: string | undefined;
}

export type DevServerDecision = { url: string | undefined; ignored?: 'packaged' | 'not-http' };

export function devServerUrl({ isPackaged, value }: DevServerInput): DevServerDecision {
  if (value === undefined || value === '') return { url: undefined };
  if (isPackaged) return { url: undefined, ignored: 'packaged' };
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    return { url: undefined, ignored: 'not-http' };
  }
  return protocol === 'http:' || protocol === 'https:' ? { url: value } : { url: undefined, ignored: 'not-http' };
}
