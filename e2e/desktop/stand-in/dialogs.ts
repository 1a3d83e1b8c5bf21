/**
 * dialog with answers scripted by the test, shell recorded, and the session's handlers
 * recorded (the CSP header listener is also applied to every file:// response; see
 * browser-window.ts; app:// responses carry the handler's own headers, custom-schemes.ts).
 * A dialog that opens with no answer scripted fails the call and is listed in
 * `problems`, so a test cannot pass while a native dialog waits for nobody.
 */
import type {
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { TIMEOUTS } from '../../../test-timeouts';
import type { CustomSchemes } from './custom-schemes';

export interface DialogAnswers {
  open: OpenDialogReturnValue;
  save: SaveDialogReturnValue;
  message: MessageBoxReturnValue;
}
export type DialogKind = keyof DialogAnswers;
interface DialogOptionsOf {
  open: OpenDialogOptions;
  save: SaveDialogOptions;
  message: MessageBoxOptions;
}

export interface DialogCall<K extends DialogKind = DialogKind> {
  kind: K;
  options: DialogOptionsOf[K];
  answer?: DialogAnswers[K];
}

type Answer<K extends DialogKind> = DialogAnswers[K] | ((options: DialogOptionsOf[K]) => DialogAnswers[K]);

export class ScriptedDialogs {
  readonly calls: DialogCall[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  private readonly queues: { [K in DialogKind]: Answer<K>[] } = { open: [], save: [], message: [] };
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly problems: string[]) {}

  /** The answer to the next dialog of this kind. */
  expect<K extends DialogKind>(kind: K, answer: Answer<K>): void {
    (this.queues[kind] as Answer<K>[]).push(answer);
  }

  /** Convenience: the open dialog picks these files; the save dialog this path; the message box this button. */
  pickFiles(...filePaths: string[]): void {
    this.expect('open', { canceled: false, filePaths });
  }
  saveTo(filePath: string): void {
    this.expect('save', { canceled: false, filePath });
  }
  cancelSave(): void {
    this.expect('save', { canceled: true, filePath: '' });
  }
  clickButton(response: number): void {
    this.expect('message', { response, checkboxChecked: false });
  }

  pending(kind: DialogKind): number {
    return this.queues[kind].length;
  }

  /** Resolves when `count` dialogs in all have been shown. */
  async waitForCalls(count: number, timeout = TIMEOUTS.wait): Promise<DialogCall[]> {
    const end = Date.now() + timeout;
    while (this.calls.length < count) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${count} dialog(s); ${this.calls.length} shown: ${this.calls.map((c) => c.kind).join(', ')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.calls;
  }

  private answer<K extends DialogKind>(kind: K, options: DialogOptionsOf[K]): DialogAnswers[K] {
    const next = (this.queues[kind] as Answer<K>[]).shift();
    const call: DialogCall<K> = { kind, options };
    this.calls.push(call as unknown as DialogCall);
    for (const wake of this.waiters.splice(0)) wake();
    if (next === undefined) {
      const what = kind === 'message' ? `message box "${String((options as MessageBoxOptions).message)}"` : `${kind} dialog`;
      this.problems.push(`unscripted ${what}`);
      throw new Error(`harness: a ${what} was shown, but the test scripted no answer`);
    }
    const value = typeof next === 'function' ? next(options) : next;
    call.answer = value;
    return value;
  }

  /** The `dialog` module. Each function takes an optional parent window first, as Electron's do. */
  module() {
    const withoutWindow = <O>(a: unknown, b: O | undefined): O => (b === undefined ? (a as O) : b);
    return {
      showOpenDialog: async (a: unknown, b?: OpenDialogOptions) => this.answer('open', withoutWindow(a, b)),
      showSaveDialog: async (a: unknown, b?: SaveDialogOptions) => this.answer('save', withoutWindow(a, b)),
      showMessageBox: async (a: unknown, b?: MessageBoxOptions) => this.answer('message', withoutWindow(a, b)),
      showOpenDialogSync: (a: unknown, b?: OpenDialogOptions) => this.answer('open', withoutWindow(a, b)).filePaths,
      showSaveDialogSync: (a: unknown, b?: SaveDialogOptions) => this.answer('save', withoutWindow(a, b)).filePath,
      showMessageBoxSync: (a: unknown, b?: MessageBoxOptions) => this.answer('message', withoutWindow(a, b)).response,
      showErrorBox: (title: string, content: string) => {
        this.errorBoxes.push({ title, content });
        this.problems.push(`error box: ${title}: ${content}`);
      },
    };
  }
}

export interface ShellRecord {
  openExternal: string[];
  openPath: string[];
  showItemInFolder: string[];
}

export function createShell(record: ShellRecord) {
  return {
    openExternal: async (url: string) => void record.openExternal.push(url),
    openPath: async (p: string) => {
      record.openPath.push(p);
      return '';
    },
    showItemInFolder: (p: string) => void record.showItemInFolder.push(p),
    beep: () => undefined,
  };
}

export type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string; isMainFrame?: boolean }) => void;
export type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: { requestingUrl?: string; isMainFrame?: boolean }) => boolean;
export type HeadersListener = (
  details: { url: string; method: string; resourceType: string; statusCode: number; responseHeaders?: Record<string, string[]> },
  callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

/** session.defaultSession: what main set on it, kept for the tests to call and check. */
export class SessionStandIn {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: unknown = null;
  headersListener: HeadersListener | null = null;
  beforeRequestListener: unknown = null;
  readonly calls: string[] = [];

  readonly webRequest = {
    onHeadersReceived: (a: unknown, b?: HeadersListener) => {
      this.calls.push('webRequest.onHeadersReceived');
      this.headersListener = (b ?? a) as HeadersListener | null;
    },
    onBeforeRequest: (a: unknown, b?: unknown) => {
      this.calls.push('webRequest.onBeforeRequest');
      this.beforeRequestListener = b ?? a;
    },
  };

  /** The default session's protocol is the `protocol` module (custom-schemes.ts). */
  constructor(readonly protocol: ReturnType<CustomSchemes['module']>) {}

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.calls.push('setPermissionRequestHandler');
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.calls.push('setPermissionCheckHandler');
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: unknown): void {
    this.calls.push('setDevicePermissionHandler');
    this.devicePermissionHandler = handler;
  }
  on(): this {
    return this;
  }
  setSpellCheckerEnabled(): void {}
}
