import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempPathFor } from '../fs/atomic-write';
import { removeInterruptedSaves } from './interrupted-saves';

describe('removeInterruptedSaves', () => {
  it('removes the temporary files beside recent files and the user-data JSON files, and nothing else', async () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'planpath-userdata-'));
    const docs = mkdtempSync(path.join(tmpdir(), 'planpath-docs-'));
    const plan = path.join(docs, 'plan.json');
    const settings = path.join(userData, 'window-state.json');
    for (const f of [plan, settings, tempPathFor(plan), tempPathFor(settings), path.join(docs, 'other.txt')]) writeFileSync(f, 'x');
    const removed = await removeInterruptedSaves(userData, [plan]);
    expect(removed.sort()).toEqual([tempPathFor(plan), tempPathFor(settings)].sort());
    expect(readdirSync(docs).sort()).toEqual(['other.txt', 'plan.json']);
    expect(readdirSync(userData)).toEqual(['window-state.json']);
  });
});
