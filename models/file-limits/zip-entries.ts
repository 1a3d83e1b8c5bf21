/**
 * A zip archive's central directory, read before any library unpacks it (.docx and
 * .xlsx are zip files): the entries with their declared sizes. Only what the end record
 * and the directory say is read; nothing is inflated here. Runs in Node, browsers and
 * workers alike (plain bytes, no zip library).
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused by the inspection. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: 'not-zip' | 'zip64' | 'truncated' | 'too-many-entries'; count?: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, i: number): number {
  return (b[i] as number) | ((b[i + 1] as number) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return ((b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16) | ((b[i + 3] as number) << 24)) >>> 0;
}

/** The entries of the central directory, at most `maxEntries`. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  // The end record is the last 22 bytes plus a comment of up to 65535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65535; i--) {
    if (u32(bytes, i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, problem: 'not-zip' };
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, problem: 'zip64' };
  if (count > maxEntries) return { ok: false, problem: 'too-many-entries', count };
  if (offset + size > bytes.length) return { ok: false, problem: 'truncated' };
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) return { ok: false, problem: 'truncated' };
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const uncompressedSize = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const localOffset = u32(bytes, p + 42);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) return { ok: false, problem: 'zip64' };
    if (p + 46 + nameLength > bytes.length) return { ok: false, problem: 'truncated' };
    entries.push({ name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)), method, compressedSize, uncompressedSize, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The compressed bytes of an entry (after its local header), or null where the header is not there. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== LOCAL) return null;
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const stop = start + entry.compressedSize;
  return stop > bytes.length ? null : bytes.subarray(start, stop);
}
