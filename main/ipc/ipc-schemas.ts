/**
 * Run-time checks of every IPC argument, typed against ipc-contract.ts so the schemas
 * cannot drift from the channel map: a schema whose output is not the channel's
 * argument tuple does not compile. Used in main only (the preload needs no zod).
 */
import { z } from 'zod';
import { MAX_FILE_BYTES } from '../../models/plan/plan-schema';
import type { MenuCommand, UiLanguage, WorkspaceSnapshot } from '../../renderer/platform/platform-api';
import type { InvokeArgs, InvokeChannel, SendChannel, SendChannels } from './ipc-contract';

/** Exports (PNG, XLSX, PDF) can be larger than plan files, but not without bound. */
export const MAX_EXPORT_BYTES = 100 * 1024 * 1024;
const MAX_PATH = 4096;
const MAX_UI_STATE_CHARS = 256 * 1024;

const filePath = z
  .string()
  .min(1)
  .max(MAX_PATH)
  .refine((p) => !p.includes('\0'), 'a path may not contain NUL characters');

const fileName = z.string().min(1).max(255);
const planText = z.string().max(MAX_FILE_BYTES, `a plan is at most ${MAX_FILE_BYTES} bytes`);

export const uiLanguage: z.ZodType<UiLanguage> = z.enum(['zh', 'en']);

export const menuCommand: z.ZodType<MenuCommand> = z.enum([
  'file:new',
  'file:open',
  'file:save',
  'file:save-as',
  'file:export',
  'edit:undo',
  'edit:redo',
  'view:toggle-language',
  'view:toggle-basis',
  'help:about',
]);

export const workspaceSnapshot: z.ZodType<WorkspaceSnapshot> = z.object({
  planText,
  // Empty for a plan started with New and not saved yet (untitled).
  fileName: z.string().max(255),
  filePath: filePath.optional(),
  dirty: z.boolean(),
  ui: z
    .record(z.string(), z.unknown())
    .refine((ui) => JSON.stringify(ui).length <= MAX_UI_STATE_CHARS, 'the UI state is too large')
    .optional(),
  savedAt: z.string().max(64),
});

const dialogFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'an extension is letters and digits only, without a dot')).min(1).max(20),
});

const exportData = z.union([
  z.string().max(MAX_EXPORT_BYTES, 'the export is too large'),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, 'the export is too large'),
]);

export const invokeArgSchemas: { [C in InvokeChannel]: z.ZodType<InvokeArgs<C>> } = {
  'file:open': z.tuple([]),
  'file:open-data': z.tuple([]),
  'file:open-recent': z.tuple([filePath]),
  'file:recent-list': z.tuple([]),
  'file:save': z.tuple([planText, z.object({ path: filePath.optional(), suggestedName: fileName })]),
  'file:export': z.tuple([
    z.object({
      suggestedName: fileName,
      data: exportData,
      mimeType: z.string().min(1).max(255),
      filters: z.array(dialogFilter).max(20).optional(),
    }),
  ]),
  'report:print-to-pdf': z.tuple([
    z.object({
      suggestedName: fileName,
      footerText: z.string().max(1000).optional(),
    }),
  ]),
  'workspace:save': z.tuple([workspaceSnapshot]),
  'workspace:load': z.tuple([]),
  'workspace:get-recovery': z.tuple([]),
  'workspace:clear-recovery': z.tuple([]),
  'shell:open-external': z.tuple([z.string().min(1).max(8192)]),
  'document:save-before-close-result': z.tuple([z.object({ requestId: z.number().int().nonnegative(), saved: z.boolean() })]),
};

export const sendArgSchemas: { [C in SendChannel]: z.ZodType<SendChannels[C]> } = {
  'document:set-state': z.tuple([z.object({ title: z.string().max(1024), dirty: z.boolean() })]),
  'app:set-language': z.tuple([uiLanguage]),
};

/** "argument 2 .suggestedName: expected string, received number" — one line per problem. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const [first, ...rest] = issue.path;
      const where =
        first === undefined
          ? 'arguments'
          : `argument ${typeof first === 'number' ? first + 1 : String(first)}${rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}
