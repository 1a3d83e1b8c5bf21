/**
 * A writer for the kill test: saves versions 1, 2, 3 … of one file atomically, for ever,
 * until it is killed. Each version is SIZE bytes: "v=<n>;" + filler + ";end".
 * Usage: node kill-writer-child.mjs <target> <size> <first version>
 */
import { writeFileAtomic } from '../atomic-write';
import { nodeAtomicOps } from '../node-atomic-ops';

export function version(n: number, size: number): string {
  const head = `v=${n};`;
  const tail = ';end';
  const fill = String.fromCharCode(97 + (n % 26));
  return head + fill.repeat(size - head.length - tail.length) + tail;
}

async function main(): Promise<void> {
  const [target, sizeText, firstText] = process.argv.slice(2);
  if (target === undefined) throw new Error('no target');
  const size = Number(sizeText);
  const ops = nodeAtomicOps();
  process.stdout.write('start\n');
  for (let n = Number(firstText); ; n++) await writeFileAtomic(target, version(n, size), ops);
}

if (process.argv[1]?.endsWith('kill-writer-child.mjs')) void main();
