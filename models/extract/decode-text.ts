/**
 * Plan documents as bytes: which kind they are, and plain text decoded as UTF-8,
 * UTF-16 (with a byte-order mark) or GB18030 (the encoding of many Chinese government
 * files). Uses TextDecoder only, so it runs in Node, browsers and workers alike.
 */

/** Larger files are refused before reading: no plan text comes near this. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Longer texts are refused after decoding (an outline is about 100,000 characters). */
export const MAX_TEXT_CHARS = 2_000_000;

export type DocumentKind = 'text' | 'pdf' | 'docx' | 'doc' | 'binary' | 'empty';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The kind of a document, from its first bytes (and its name for zip-based formats). */
export function documentKind(bytes: Uint8Array, fileName = ''): DocumentKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return /\.docx$/i.test(fileName) || fileName === '' ? 'docx' : 'binary';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc'; // the old OLE Word format
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  // Text has no NUL bytes and few control characters.
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary';
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / sample.length > 0.02 ? 'binary' : 'text';
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Decode plain text: a BOM decides; else strict UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}

/** Enough Chinese to be a plan text (a scanned PDF's text layer is empty or a few marks). */
export function hasChineseText(text: string, minimum = 20): boolean {
  let n = 0;
  for (const c of text) {
    if (/\p{Script=Han}/u.test(c) && ++n >= minimum) return true;
  }
  return false;
}
