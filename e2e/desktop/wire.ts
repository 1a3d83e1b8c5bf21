/**
 * How an IPC payload crosses the playwright binding between the page and Node. The
 * value has already been through structuredClone (so it is what Electron's IPC would
 * carry); this only turns it into JSON and back without losing what JSON cannot hold:
 * undefined, NaN/±Infinity/-0, bigint, Date, RegExp, Map, Set, Error, ArrayBuffer and
 * typed arrays (a PNG or XLSX export is a Uint8Array). Used on both sides: Node imports
 * it, and the page gets it bundled into the preload bridge.
 */

type Tagged =
  | { $pp: 'u' }
  | { $pp: 'n'; v: string }
  | { $pp: 'b'; v: string }
  | { $pp: 'd'; v: number }
  | { $pp: 'r'; source: string; flags: string }
  | { $pp: 'm'; v: [unknown, unknown][] }
  | { $pp: 's'; v: unknown[] }
  | { $pp: 'e'; name: string; message: string }
  | { $pp: 'ab'; v: string }
  | { $pp: 'ta'; t: string; v: string }
  | { $pp: 'o'; v: Record<string, unknown> };

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function typedArrayName(view: ArrayBufferView): TypedArrayName | null {
  for (const name of Object.keys(TYPED_ARRAYS) as TypedArrayName[]) if (view instanceof TYPED_ARRAYS[name]) return name;
  return null;
}

export function encode(value: unknown): unknown {
  if (value === undefined) return { $pp: 'u' } satisfies Tagged;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : ({ $pp: 'n', v: Object.is(value, -0) ? '-0' : String(value) } satisfies Tagged);
  if (typeof value === 'bigint') return { $pp: 'b', v: value.toString() } satisfies Tagged;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(encode);
  if (value instanceof Date) return { $pp: 'd', v: value.getTime() } satisfies Tagged;
  if (value instanceof RegExp) return { $pp: 'r', source: value.source, flags: value.flags } satisfies Tagged;
  if (value instanceof Map) return { $pp: 'm', v: [...value].map(([k, v]) => [encode(k), encode(v)] as [unknown, unknown]) } satisfies Tagged;
  if (value instanceof Set) return { $pp: 's', v: [...value].map(encode) } satisfies Tagged;
  if (value instanceof Error) return { $pp: 'e', name: value.name, message: value.message } satisfies Tagged;
  if (value instanceof ArrayBuffer) return { $pp: 'ab', v: toBase64(new Uint8Array(value)) } satisfies Tagged;
  if (ArrayBuffer.isView(value)) {
    // A Node Buffer is a Uint8Array and arrives as one, as it does through Electron's IPC.
    const name = value instanceof DataView ? null : typedArrayName(value);
    if (name === null) throw new Error('a DataView cannot be carried by the harness wire');
    return { $pp: 'ta', t: name, v: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) } satisfies Tagged;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = encode(v);
  return '$pp' in out ? ({ $pp: 'o', v: out } satisfies Tagged) : out;
}

function isTagged(value: object): value is Tagged {
  return '$pp' in value && typeof (value as { $pp: unknown }).$pp === 'string';
}

export function decode(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decode);
  if (!isTagged(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decode(v);
    return out;
  }
  switch (value.$pp) {
    case 'u':
      return undefined;
    case 'n':
      return value.v === '-0' ? -0 : Number(value.v);
    case 'b':
      return BigInt(value.v);
    case 'd':
      return new Date(value.v);
    case 'r':
      return new RegExp(value.source, value.flags);
    case 'm':
      return new Map(value.v.map(([k, v]) => [decode(k), decode(v)]));
    case 's':
      return new Set(value.v.map(decode));
    case 'e':
      return Object.assign(new Error(value.message), { name: value.name });
    case 'ab':
      return fromBase64(value.v).buffer;
    case 'ta': {
      const bytes = fromBase64(value.v);
      const Ctor = TYPED_ARRAYS[value.t as TypedArrayName];
      return value.t === 'Uint8Array' ? bytes : new Ctor(bytes.buffer, 0, bytes.byteLength / Ctor.BYTES_PER_ELEMENT);
    }
    case 'o': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value.v)) out[k] = decode(v);
      return out;
    }
  }
}

/** structuredClone, then JSON: what goes into the binding. */
export function pack(values: unknown[]): string {
  return JSON.stringify(encode(structuredClone(values)));
}

export function unpack(text: string): unknown[] {
  const values = decode(JSON.parse(text));
  if (!Array.isArray(values)) throw new Error('the harness wire expects a list of values');
  return values;
}

/** The answer to an invoke, as it crosses back. */
export type InvokeReply = { ok: true; value: string } | { ok: false; message: string };
