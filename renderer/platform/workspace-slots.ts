/**
 * Where the web build keeps its workspace: IndexedDB (one write per autosave, in a
 * transaction with strict durability, so a killed browser keeps what was last written;
 * room for large plans), or localStorage where IndexedDB is missing (older test hosts).
 * Slots hold values as they are; the platform decides what a valid snapshot is.
 */

export interface WorkspaceSlots {
  /** Where this is, for messages ("IndexedDB planpath/workspace"). */
  readonly where: string;
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * Why the open database connection went: `deleted` (another tab, or the browser's "clear
 * site data", called deleteDatabase: a versionchange to no version), `upgraded` (a newer
 * PlanPath in another tab opened a newer version), `closed` (the browser closed it on its
 * own: site data cleared, storage evicted, a disk error). The connection is closed at
 * once so the other side is not blocked; the next get/put opens it again (a deleted
 * database then starts empty).
 */
export type ConnectionLoss = 'deleted' | 'upgraded' | 'closed';

export interface IndexedDbSlotsOptions {
  onConnectionLost?: (why: ConnectionLoss) => void;
}

const DB_NAME = 'planpath';
const STORE = 'workspace';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/** A connection's error the next attempt on a fresh connection may not meet. */
export function isConnectionGone(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  return name === 'InvalidStateError' || name === 'TransactionInactiveError' || name === 'UnknownError' || name === 'AbortError';
}

export function indexedDbSlots(factory: IDBFactory, options: IndexedDbSlotsOptions = {}): WorkspaceSlots {
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
      };
      req.onsuccess = () => {
        const connection = req.result;
        const mine = db;
        const lost = (why: ConnectionLoss) => {
          connection.onversionchange = null;
          connection.onclose = null;
          if (mine === db) db = null;
          options.onConnectionLost?.(why);
        };
        connection.onversionchange = (event) => {
          // Close at once: a deleteDatabase or upgrade elsewhere waits for every connection.
          connection.close();
          lost(event.newVersion === null ? 'deleted' : 'upgraded');
        };
        connection.onclose = () => lost('closed');
        resolve(connection);
      };
      req.onerror = () => reject(req.error ?? new Error('IndexedDB cannot be opened'));
      req.onblocked = () => reject(new DOMException('another tab holds an older version of the database open', 'BlockedError'));
    }).catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  /** Runs `fn` on the open connection; once more on a fresh one if the connection was gone. */
  const withDb = async <T>(fn: (connection: IDBDatabase) => Promise<T>): Promise<T> => {
    const first = db;
    try {
      return await fn(await open());
    } catch (error) {
      if (!isConnectionGone(error)) throw error;
      if (db === first) db = null;
      return fn(await open());
    }
  };
  const write = (fn: (store: IDBObjectStore) => void) =>
    withDb(async (connection) => {
      const tx = connection.transaction(STORE, 'readwrite', { durability: 'strict' });
      fn(tx.objectStore(STORE));
      await done(tx);
    });
  return {
    where: `IndexedDB ${DB_NAME}/${STORE}`,
    get: (key) => withDb((connection) => request(connection.transaction(STORE, 'readonly').objectStore(STORE).get(key))),
    put: (key, value) => write((store) => void store.put(value, key)),
    delete: (key) => write((store) => void store.delete(key)),
  };
}

/** Values as JSON text under `planpath:<key>`; text that is not JSON comes back as the text. */
export function localStorageSlots(storage: Storage): WorkspaceSlots {
  const k = (key: string) => `planpath:${key}`;
  return {
    where: 'localStorage planpath:…',
    async get(key) {
      const text = storage.getItem(k(key));
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    },
    async put(key, value) {
      storage.setItem(k(key), typeof value === 'string' && key.startsWith('corrupt:') ? value : JSON.stringify(value));
    },
    async delete(key) {
      storage.removeItem(k(key));
    },
  };
}
