/**
 * Limits before work: a .docx or .xlsx is looked at before mammoth or exceljs sees it.
 * The central directory is read first (entry count, declared sizes: a 1.5 GB zip bomb is
 * refused from its directory in milliseconds); then every entry is inflated as a stream
 * and dropped, stopping at its declared size (a directory that understates a size is
 * refused as soon as the output passes it), while the XML is scanned for nesting depth,
 * paragraphs (.docx) and the rows and columns a worksheet addresses (.xlsx). Nothing is
 * kept but counters, so memory stays flat whatever the archive holds.
 */
import { entryData, readZipDirectory, type ZipEntry } from './zip-entries';
import { XmlScanner } from './xml-scan';

export const ZIP_LIMITS = {
  /** Entries of one archive (a workbook has a few per sheet). */
  entries: 5000,
  /** Uncompressed bytes of all entries together. */
  uncompressedBytes: 200 * 1024 * 1024,
  /** Element nesting in any XML part (Word nests tables in tables: 30 or so levels). */
  depth: 200,
  /** Paragraphs of a .docx (a whole five-year plan outline has a few thousand). */
  paragraphs: 200_000,
  /** Rows and columns of a worksheet (the indicator tables of a plan have a few hundred rows). */
  rows: 50_000,
  columns: 1_000,
} as const;

export type ZipLimits = { -readonly [K in keyof typeof ZIP_LIMITS]: number };

export type ZipProblem =
  | { code: 'not-zip' | 'zip64' | 'truncated' }
  | { code: 'too-many-entries'; count: number; limit: number }
  | { code: 'too-large-uncompressed'; size: number; limit: number }
  | { code: 'size-mismatch' | 'bad-method' | 'corrupt'; entry: string }
  | { code: 'too-deep'; entry: string; limit: number }
  | { code: 'too-many-paragraphs'; limit: number }
  | { code: 'too-many-rows'; sheet: string; row: number; limit: number }
  | { code: 'too-many-columns'; sheet: string; column: number; limit: number };

export type ZipInspection = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem };

export type ZipKind = 'docx' | 'xlsx';

const CHUNK = 64 * 1024;

/** Inflates `data` (raw deflate) chunk by chunk; `onChunk` returning false stops it. Resolves to false on bad data. */
async function inflateStream(data: Uint8Array, onChunk: (chunk: Uint8Array) => boolean): Promise<'done' | 'stopped' | 'corrupt'> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const writing = (async () => {
    // A view of an ArrayBuffer (never shared): what the stream takes.
    for (let i = 0; i < data.length; i += CHUNK) await writer.write(data.subarray(i, i + CHUNK) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  writing.catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'done';
      if (!onChunk(value)) return 'stopped';
    }
  } catch {
    return 'corrupt';
  } finally {
    await reader.cancel().catch(() => undefined);
    await writer.abort().catch(() => undefined);
  }
}

function isXml(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

function sheetName(name: string): string {
  return name.replace(/^.*\//, '').replace(/\.xml$/i, '');
}

/** What to check in one entry as its XML streams by; a problem stops the inflation. */
function checker(entry: ZipEntry, kind: ZipKind, limits: ZipLimits): { scanner: XmlScanner; problem: () => ZipProblem | null } {
  const scanner = new XmlScanner();
  const s = scanner.scan;
  const isDocument = kind === 'docx' && /^word\/document\.xml$/i.test(entry.name);
  const isSheet = kind === 'xlsx' && /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
  const problem = (): ZipProblem | null => {
    if (s.maxDepth > limits.depth) return { code: 'too-deep', entry: entry.name, limit: limits.depth };
    if (isDocument && s.paragraphs > limits.paragraphs) return { code: 'too-many-paragraphs', limit: limits.paragraphs };
    if (isSheet && s.maxRow > limits.rows) return { code: 'too-many-rows', sheet: sheetName(entry.name), row: s.maxRow, limit: limits.rows };
    if (isSheet && s.maxColumn > limits.columns) return { code: 'too-many-columns', sheet: sheetName(entry.name), column: s.maxColumn, limit: limits.columns };
    return null;
  };
  return { scanner, problem };
}

export async function inspectZip(bytes: Uint8Array, kind: ZipKind, limits: ZipLimits = { ...ZIP_LIMITS }): Promise<ZipInspection> {
  const dir = readZipDirectory(bytes, limits.entries);
  if (!dir.ok) {
    if (dir.problem === 'too-many-entries') return { ok: false, problem: { code: 'too-many-entries', count: dir.count ?? 0, limit: limits.entries } };
    return { ok: false, problem: { code: dir.problem } };
  }
  let declared = 0;
  for (const e of dir.entries) declared += e.uncompressedSize;
  if (declared > limits.uncompressedBytes) return { ok: false, problem: { code: 'too-large-uncompressed', size: declared, limit: limits.uncompressedBytes } };

  for (const entry of dir.entries) {
    if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue;
    if (entry.method !== 0 && entry.method !== 8) return { ok: false, problem: { code: 'bad-method', entry: entry.name } };
    const data = entryData(bytes, entry);
    if (data === null) return { ok: false, problem: { code: 'truncated' } };
    const xml = isXml(entry.name) ? checker(entry, kind, limits) : null;
    const decoder = new TextDecoder('utf-8');
    let found = null as ZipProblem | null;
    let total = 0;
    const take = (chunk: Uint8Array): boolean => {
      total += chunk.length;
      if (total > entry.uncompressedSize) {
        found = { code: 'size-mismatch', entry: entry.name };
        return false;
      }
      if (xml) {
        xml.scanner.feed(decoder.decode(chunk, { stream: true }));
        found = xml.problem();
      }
      return found === null;
    };
    if (entry.method === 0) {
      if (data.length !== entry.uncompressedSize) return { ok: false, problem: { code: 'size-mismatch', entry: entry.name } };
      for (let i = 0; i < data.length && found === null; i += CHUNK) take(data.subarray(i, i + CHUNK));
    } else {
      const outcome = await inflateStream(data, take);
      if (outcome === 'corrupt' && found === null) return { ok: false, problem: { code: 'corrupt', entry: entry.name } };
    }
    if (found !== null) return { ok: false, problem: found };
    if (total !== entry.uncompressedSize) return { ok: false, problem: { code: 'size-mismatch', entry: entry.name } };
  }
  return { ok: true, entries: dir.entries };
}
