import { TIMEOUTS } from '../../test-timeouts';

/** Polls `read` until `ok` holds for its value; throws with the last value after `timeout` ms. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout: number = TIMEOUTS.wait): Promise<T> {
  const end = Date.now() + timeout;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 40));
    last = await read();
  }
  return last;
}
