/** Electron-style event objects: preventDefault() and defaultPrevented. */
export interface StandInEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
  [key: string]: unknown;
}

export function makeEvent(fields: Record<string, unknown> = {}): StandInEvent {
  let prevented = false;
  return {
    ...fields,
    preventDefault() {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}
