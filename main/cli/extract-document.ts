/**
 * A plan document's text for `extract`: .txt (UTF-8, UTF-16 or GB18030, detected),
 * .docx through mammoth (headings kept), a text PDF through unpdf (pdf.js), rebuilt into
 * lines and paragraphs. The converters are loaded
 * with dynamic import, only for their file types, so the CLI bundle stays small.
 * Never throws: every problem is one message in the chosen language.
 */
import type { Lang } from '../../models';
import { decodeText, documentKind, hasChineseText, MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS } from '../../models/extract/decode-text';
import { DOCX_STYLE_MAP, planTextFromDocxHtml } from '../../models/extract/docx-text';
import { rebuildPdfText } from '../../models/extract/pdf-lines';
import { inspectZip } from '../../models/file-limits/inspect-zip';
import { zipProblemMessage } from './file-limit-messages';

export type DocumentResult = { ok: true; text: string; format: string } | { ok: false; message: string };

const MESSAGES = {
  empty: { zh: '{file}：文件是空的', en: '{file}: the file is empty' },
  binary: {
    zh: '{file}：这不是文本文件（看起来是二进制文件）；请给出 .txt、.docx 或有文字层的 .pdf',
    en: '{file}: this is not a text file (it looks binary); give a .txt, a .docx or a PDF with a text layer',
  },
  doc: {
    zh: '{file}：旧版 Word (.doc) 不能直接读取，请在 Word 或 WPS 中另存为 .docx',
    en: '{file}: old Word files (.doc) cannot be read; save it as .docx in Word or WPS first',
  },
  'too-large': {
    zh: '{file}：文件太大（{size} MB，上限 {limit} MB）；规划文本一般不超过几 MB',
    en: '{file}: the file is too large ({size} MB, limit {limit} MB); plan texts are a few MB at most',
  },
  'too-long': {
    zh: '{file}：文本太长（{chars} 字，上限 {limit} 字）',
    en: '{file}: the text is too long ({chars} characters, limit {limit})',
  },
  'no-text-layer': {
    zh: '{file}：此PDF没有文字层，请先进行文字识别（OCR）',
    en: '{file}: this PDF has no text layer; run text recognition (OCR) on it first',
  },
  'pdf-unreadable': { zh: '{file}：无法读取此 PDF：{detail}', en: '{file}: cannot read this PDF: {detail}' },
  'docx-unreadable': { zh: '{file}：无法读取此 .docx：{detail}', en: '{file}: cannot read this .docx: {detail}' },
  'no-chinese': {
    zh: '{file}：文件中没有中文文本（编码 {encoding}）；请确认这是规划文本',
    en: '{file}: the file holds no Chinese text (read as {encoding}); is it a plan text?',
  },
} as const;

export type DocumentMessage = keyof typeof MESSAGES;

export function documentMessage(lang: Lang, key: DocumentMessage, params: Record<string, string | number>): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A text PDF rebuilt into lines and paragraphs (models/extract/pdf-lines.ts). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractTextItems, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { items } = await extractTextItems(pdf);
  return rebuildPdfText(items);
}

/** A .docx with its headings (Word heading styles, bold paragraphs) kept (models/extract/docx-text.ts). */
async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const convert = mammoth.convertToHtml ?? (mammoth as unknown as { default: typeof mammoth }).default.convertToHtml;
  const result = await convert({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap: [...DOCX_STYLE_MAP] });
  return planTextFromDocxHtml(result.value);
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** Check the size first (no reading of a 20 MB file), then read and convert. */
export function checkDocumentSize(file: string, size: number, lang: Lang): DocumentResult | null {
  if (size === 0) return { ok: false, message: documentMessage(lang, 'empty', { file }) };
  if (size > MAX_DOCUMENT_BYTES) {
    return { ok: false, message: documentMessage(lang, 'too-large', { file, size: mb(size), limit: mb(MAX_DOCUMENT_BYTES) }) };
  }
  return null;
}

export async function documentText(file: string, bytes: Uint8Array, lang: Lang): Promise<DocumentResult> {
  const sized = checkDocumentSize(file, bytes.length, lang);
  if (sized) return sized;
  const name = file.replace(/^.*[\\/]/, '');
  const kind = documentKind(bytes, name);
  let text: string;
  let format: string;
  switch (kind) {
    case 'empty':
      return { ok: false, message: documentMessage(lang, 'empty', { file }) };
    case 'binary':
      return { ok: false, message: documentMessage(lang, 'binary', { file }) };
    case 'doc':
      return { ok: false, message: documentMessage(lang, 'doc', { file }) };
    case 'pdf':
      try {
        text = await pdfText(bytes);
      } catch (error) {
        return { ok: false, message: documentMessage(lang, 'pdf-unreadable', { file, detail: error instanceof Error ? error.message : String(error) }) };
      }
      if (!hasChineseText(text)) return { ok: false, message: documentMessage(lang, 'no-text-layer', { file }) };
      format = 'pdf';
      break;
    case 'docx': {
      // Limits before work: the archive's sizes, paragraphs and nesting, before mammoth unpacks it.
      const inspected = await inspectZip(bytes, 'docx');
      if (!inspected.ok) return { ok: false, message: zipProblemMessage(file, inspected.problem, lang) };
      try {
        text = await docxText(bytes);
      } catch (error) {
        return { ok: false, message: documentMessage(lang, 'docx-unreadable', { file, detail: error instanceof Error ? error.message : String(error) }) };
      }
      format = 'docx';
      if (!hasChineseText(text)) return { ok: false, message: documentMessage(lang, 'no-chinese', { file, encoding: 'docx' }) };
      break;
    }
    case 'text': {
      const decoded = decodeText(bytes);
      text = decoded.text;
      format = decoded.encoding;
      if (text.trim() === '') return { ok: false, message: documentMessage(lang, 'empty', { file }) };
      if (!hasChineseText(text)) return { ok: false, message: documentMessage(lang, 'no-chinese', { file, encoding: decoded.encoding }) };
      break;
    }
  }
  if (text.length > MAX_TEXT_CHARS) {
    return { ok: false, message: documentMessage(lang, 'too-long', { file, chars: text.length, limit: MAX_TEXT_CHARS }) };
  }
  return { ok: true, text, format };
}
