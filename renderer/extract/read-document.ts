/**
 * A picked document's text in the app: .txt (UTF-8, UTF-16 or GB18030, detected),
 * .docx through mammoth (headings kept), a text PDF through unpdf rebuilt into lines and
 * paragraphs (models/extract). The converters load only when such a
 * file is opened. Every failure is a message key with its parameters (extract.* in i18n).
 */
import { decodeText, documentKind, hasChineseText, MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS } from '../../models/extract/decode-text';
import { DOCX_STYLE_MAP, planTextFromDocxHtml } from '../../models/extract/docx-text';
import { rebuildPdfText } from '../../models/extract/pdf-lines';
import { inspectZip } from '../../models/file-limits/inspect-zip';
import { zipProblemParams } from '../../models/file-limits/problem-params';

export type ReadResult = { ok: true; text: string } | { ok: false; key: string; params: Record<string, string | number> };

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractTextItems, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  return rebuildPdfText((await extractTextItems(pdf)).items);
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const convert = mammoth.convertToHtml ?? (mammoth as unknown as { default: typeof mammoth }).default.convertToHtml;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return planTextFromDocxHtml((await convert({ arrayBuffer: buffer }, { styleMap: [...DOCX_STYLE_MAP] })).value);
}

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);

export async function readDocument(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length === 0) return { ok: false, key: 'extract.errors.empty', params: { name } };
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return { ok: false, key: 'extract.errors.tooLarge', params: { name, size: mb(bytes.length), limit: mb(MAX_DOCUMENT_BYTES) } };
  }
  let text: string;
  try {
    switch (documentKind(bytes, name)) {
      case 'empty':
        return { ok: false, key: 'extract.errors.empty', params: { name } };
      case 'binary':
        return { ok: false, key: 'extract.errors.binary', params: { name } };
      case 'doc':
        return { ok: false, key: 'extract.errors.doc', params: { name } };
      case 'pdf':
        text = await pdfText(bytes);
        if (!hasChineseText(text)) return { ok: false, key: 'extract.errors.noTextLayer', params: { name } };
        break;
      case 'docx': {
        // Limits before work (models/file-limits): sizes, paragraphs and nesting, before mammoth unpacks it.
        const inspected = await inspectZip(bytes, 'docx');
        if (!inspected.ok) {
          const { code, params } = zipProblemParams(inspected.problem);
          return { ok: false, key: `fileLimits.${code}`, params: { ...params, name } };
        }
        text = await docxText(bytes);
        break;
      }
      case 'text':
        text = decodeText(bytes).text;
        break;
    }
  } catch (error) {
    return { ok: false, key: 'extract.errors.unreadable', params: { name, detail: error instanceof Error ? error.message : String(error) } };
  }
  if (text.length > MAX_TEXT_CHARS) return { ok: false, key: 'extract.errors.tooLong', params: { name, chars: text.length, limit: MAX_TEXT_CHARS } };
  if (!hasChineseText(text)) return { ok: false, key: 'extract.errors.noChinese', params: { name } };
  return { ok: true, text };
}
