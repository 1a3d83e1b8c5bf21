/**
 * The files the renderer may read or write by path: those the user picked in a dialog,
 * gave on the command line or opened from the file manager in this session, and those
 * in the recent list (which only main adds to). A renderer cannot name any other path.
 */
import path from 'node:path';

export interface PathGrants {
  add(filePath: string): void;
  has(filePath: string): boolean;
}

export function createPathGrants(platform: NodeJS.Platform = process.platform, alsoAllowed: (p: string) => boolean = () => false): PathGrants {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const key = (p: string) => {
    const normalized = pathApi.resolve(p);
    return platform === 'win32' ? normalized.toLowerCase() : normalized;
  };
  const granted = new Set<string>();
  return {
    add: (p) => void granted.add(key(p)),
    has: (p) => pathApi.isAbsolute(p) && (granted.has(key(p)) || alsoAllowed(p)),
  };
}
