/**
 * A plan text kept with the plan it was read into: its SHA-256 digest and length identify
 * it, and the text itself (up to a million characters) lets each target link back to its
 * place. The id derives from the digest, so the same text read twice is kept once.
 */
import type { SourceText } from '../plan/plan-schema';

export const MAX_KEPT_TEXT = 1_000_000;

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the text as UTF-8, hex (Web Crypto: in browsers, workers and Node alike). */
export async function textDigest(text: string): Promise<string> {
  return hex(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

export async function sourceTextOf(text: string, name: string, source?: string): Promise<SourceText> {
  const digest = await textDigest(text);
  const chars = Array.from(text).length;
  return {
    id: `t-${digest.slice(0, 12)}`,
    name: Array.from(name.trim() || 'text').slice(0, 300).join(''),
    digest,
    chars: text.length,
    ...(source !== undefined && source !== '' ? { source: source.slice(0, 1000) } : {}),
    ...(chars <= MAX_KEPT_TEXT && text.length <= MAX_KEPT_TEXT ? { text } : {}),
  };
}

/** The text around a target's place in its source text, with the place marked. */
export function passageAt(text: SourceText, offset: number, around = 80): { before: string; at: string; after: string } | null {
  if (text.text === undefined || offset < 0 || offset > text.text.length) return null;
  const start = Math.max(0, offset - around);
  const end = Math.min(text.text.length, offset + around);
  return { before: text.text.slice(start, offset), at: text.text.slice(offset, Math.min(end, offset + 20)), after: text.text.slice(Math.min(end, offset + 20), end) };
}
