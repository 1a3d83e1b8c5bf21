/**
 * Runs in the page, before the app's scripts (bundled by esbuild into the init script
 * of every window that has a preload): the `electron` module a sandboxed preload may
 * require — contextBridge and ipcRenderer — over one playwright binding, and then the
 * real dist-electron/preload.cjs.
 *
 * What it keeps of Electron: every payload is structured-cloned (a function or a DOM
 * node in an argument fails as it would in Electron); a failed invoke rejects with
 * "Error invoking remote method '<channel>': <error>"; listeners get (event, ...args);
 * exposeInMainWorld copies values and proxies functions and deep-freezes what it exposes
 * (Electron's context-bridge.md: "Function values are proxied to the other context and
 * all other values are copied and frozen"), and the key it sets cannot be overwritten by
 * the page; what a proxied function returns is a copy, so the page never holds the
 * preload's own objects; with contextIsolation off exposeInMainWorld throws, as
 * Electron's does. What it cannot keep: the preload runs in the page's own
 * JavaScript world, not an isolated one (see e2e/desktop/README in the main README).
 */
import { pack, unpack, type InvokeReply } from './wire';

export interface BridgeConfig {
  /** The playwright binding that carries messages to main. */
  binding: string;
  /** The preload's process.argv (webPreferences.additionalArguments included). */
  argv: string[];
  platform: string;
  versions: Record<string, string>;
  /** webPreferences.contextIsolation (Electron's default: true). */
  contextIsolation: boolean;
}

type Binding = (message: string) => Promise<string>;
type Listener = (event: unknown, ...args: unknown[]) => void;
type PreloadModule = (require: (id: string) => unknown, process: unknown, module: { exports: unknown }, exports: unknown) => void;

export const DELIVER_KEY = 'planpath.harness.deliver';

/** Electron's contextBridge copy: functions proxied, promises followed, the rest cloned. */
export function copyAcross(value: unknown, depth = 0): unknown {
  if (depth > 1000) throw new Error('contextBridge: object too deep');
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => copyAcross(fn(...args.map((a) => copyAcross(a, depth + 1))), depth + 1);
  }
  if (value instanceof Promise) return value.then((v: unknown) => copyAcross(v, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return new Error(value.message);
  if (Array.isArray(value)) return value.map((v) => copyAcross(v, depth + 1));
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Date || value instanceof Map || value instanceof Set) {
    return structuredClone(value);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copyAcross(v, depth + 1);
  return out;
}

/** Object.freeze all the way down (what exposeInMainWorld does to the API it exposes). */
export function freezeDeep<T>(value: T, seen = new Set<unknown>()): T {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return value;
  seen.add(value);
  // A typed array's elements cannot be frozen (TypeError); Electron's copy freezes the rest.
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value;
  for (const key of Reflect.ownKeys(value)) freezeDeep((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}

export function install(config: BridgeConfig, preload: PreloadModule): void {
  const scope = globalThis as unknown as Record<string, unknown>;
  const binding = scope[config.binding] as Binding | undefined;
  if (typeof binding !== 'function') throw new Error(`harness: binding ${config.binding} missing`);
  // The page's own scripts should not find the binding lying around.
  try {
    delete scope[config.binding];
  } catch {
    // Kept when the binding's property cannot be deleted; the preload holds its own reference.
  }

  const listeners = new Map<string, Set<Listener>>();

  const ipcRenderer = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const message = pack([{ kind: 'invoke', channel }, ...args]);
      const reply = JSON.parse(await binding(message)) as InvokeReply;
      if (!reply.ok) throw new Error(`Error invoking remote method '${channel}': ${reply.message}`);
      return unpack(reply.value)[0];
    },
    send(channel: string, ...args: unknown[]): void {
      const message = pack([{ kind: 'send', channel }, ...args]);
      void binding(message).catch(() => undefined);
    },
    on(channel: string, listener: Listener) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return ipcRenderer;
    },
    once(channel: string, listener: Listener) {
      const wrapped: Listener = (event, ...args) => {
        ipcRenderer.removeListener(channel, wrapped);
        listener(event, ...args);
      };
      return ipcRenderer.on(channel, wrapped);
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    removeAllListeners(channel?: string) {
      if (channel === undefined) listeners.clear();
      else listeners.delete(channel);
      return ipcRenderer;
    },
  };

  // main → renderer (webContents.send): the harness calls this with a packed payload.
  Object.defineProperty(globalThis, Symbol.for(DELIVER_KEY), {
    value: (channel: string, payload: string) => {
      const args = unpack(payload);
      const event = { sender: ipcRenderer, ports: [] };
      for (const listener of [...(listeners.get(channel) ?? [])]) {
        try {
          listener(event, ...args);
        } catch (error) {
          console.error(error);
        }
      }
    },
    enumerable: false,
  });

  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (!config.contextIsolation) throw new Error('contextBridge API can only be used when contextIsolation is enabled');
      if (key in globalThis) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
      Object.defineProperty(globalThis, key, { value: freezeDeep(copyAcross(api)), enumerable: true, writable: false, configurable: false });
    },
  };

  const electron = { contextBridge, ipcRenderer };
  const sandboxedRequire = (id: string): unknown => {
    if (id === 'electron' || id === 'electron/renderer') return electron;
    throw new Error(`module not found: ${id} (a sandboxed preload can only require electron)`);
  };
  const process = {
    argv: [...config.argv],
    platform: config.platform,
    env: {},
    versions: { ...config.versions },
    type: 'renderer',
    sandboxed: true,
    contextIsolated: config.contextIsolation,
  };
  const module = { exports: {} };
  preload(sandboxedRequire, process, module, module.exports);
}
