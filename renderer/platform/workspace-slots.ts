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

export function indexedDbSlots(factory: IDBFactory): WorkspaceSlots {
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB cannot be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }).catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  const write = async (fn: (store: IDBObjectStore) => void) => {
    const tx = (await open()).transaction(STORE, 'readwrite', { durability: 'strict' });
    fn(tx.objectStore(STORE));
    await done(tx);
  };
  return {
    where: `IndexedDB ${DB_NAME}/${STORE}`,
    async get(key) {
      const tx = (await open()).transaction(STORE, 'readonly');
      return request(tx.objectStore(STORE).get(key));
    },
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
