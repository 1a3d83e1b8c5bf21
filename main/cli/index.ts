/**
 * Entry point of `npm run cli`: wires runCli to the real file system and process.
 * The exit code is set with process.exitCode rather than process.exit(), so that output
 * still queued on a pipe (asynchronous on Windows) is flushed before Node exits.
 */
import { runCli } from './run-cli';
import { EXIT_INTERNAL, type CliIo } from './io';
import { nodeFileIo } from './node-io';

const io: CliIo = {
  ...nodeFileIo,
  now: () => new Date(),
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
};

// `… | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? 0 : EXIT_INTERNAL);
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
