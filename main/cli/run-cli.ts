/**
 * The CLI as a function: argv and side effects in, exit code out. Nothing here throws:
 * bad input is exit 1 with one message per problem, anything unexpected is exit 2 with
 * "internal error: …" and no stack trace.
 */
import type { Lang } from '../../models';
import { langFromArgv, parseCliArgs } from './args';
import { t } from './cli-messages';
import { commandSpec } from './command-registry';
import { helpText } from './help';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, type CliIo } from './io';
import { versionText } from './version';

export type { CliIo } from './io';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = 'zh';
  try {
    lang = langFromArgv(argv);
    const parsed = parseCliArgs(argv);
    switch (parsed.kind) {
      case 'error':
        io.stderr(`${parsed.message}\n`);
        return EXIT_BAD_INPUT;
      case 'help':
        io.stdout(helpText(parsed.lang));
        return EXIT_OK;
      case 'version':
        io.stdout(versionText());
        return EXIT_OK;
      case 'run':
        // Every command runs through its entry in command-registry.ts.
        return await commandSpec(parsed.args.command).run(parsed.args, io);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    try {
      io.stderr(`${t(lang, 'internal-error', { detail })}\n`);
    } catch {
      // Nothing more can be said if stderr itself fails.
    }
    return EXIT_INTERNAL;
  }
}
