/**
 * Target extraction (issues 10 and 21): a 200,000-character text in under 2 s. The text
 * is the four labelled plan texts (two outlines, a recommendation, a work report)
 * repeated to that length; the figure is CPU time of one run after a warm-up (the wall
 * time is in the detail).
 */
import { readFileSync } from 'node:fs';
import { extractTargets } from '../models/extract/extract-targets';
import type { BenchFigure } from './engine-bench';

const BUDGET_MS = 2000;
const CHARS = 200_000;

export function benchExtract(): BenchFigure[] {
  const read = (name: string) => readFileSync(new URL(`../scenarios/sources/${name}`, import.meta.url), 'utf8');
  const testData = (name: string) => readFileSync(new URL(`../models/extract/test-data/${name}`, import.meta.url), 'utf8');
  const parts = [
    read('national-14th-fyp-outline.zh.txt'),
    read('xuzhou-14th-fyp-recommendation.zh.txt'),
    testData('wuxi-2026-work-report.zh.txt'),
    testData('national-15th-fyp-outline.excerpt.zh.txt'),
  ];
  let text = '';
  while (text.length < CHARS) text += `${parts.join('\n')}\n`;
  text = text.slice(0, CHARS);
  extractTargets(parts[1] as string);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { candidates } = extractTargets(text);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return [
    {
      name: `extract targets, ${CHARS.toLocaleString('en')} characters`,
      value: cpuMs,
      unit: 'ms',
      budget: BUDGET_MS,
      within: cpuMs < BUDGET_MS && wall < BUDGET_MS,
      detail: `CPU time; wall ${wall.toFixed(0)} ms; ${candidates.length} candidates`,
    },
  ];
}
