/**
 * What a plan keeps of the plan it continues (续编): which plan and period ended, and
 * each of that period's targets with its outcome (the value judged, the threshold, met or
 * missed, the growth achieved). Written by models/plan/next-plan.ts; facts, not inputs:
 * nothing here is projected again.
 *
 * Standalone (zod only), so that plan-schema.ts can include it without an import cycle.
 */
import { z } from 'zod';

const text = z.object({ zh: z.string().min(1).max(2000), en: z.string().min(1).max(2000) });
const yearField = z.number().int().min(1949).max(2100);
const amount = z.number().refine((v) => Math.abs(v) <= 1e15, { params: { key: 'magnitude', limit: 1e15 } });

export const planOutcome = z.object({
  target: z.string().min(1).max(80),
  indicator: z.string().min(1).max(64),
  name: text,
  sentence: z.string().min(1).max(2000),
  section: z.string().min(1).max(300),
  year: yearField,
  type: z.enum(['threshold', 'multiple', 'cumulative', 'average-growth', 'in-step']).or(z.string().min(1).max(40)),
  comparison: z.enum(['>=', '>', '<=', '<']),
  /** The threshold it was judged against, in `unit` (growth targets: a fraction). */
  threshold: amount.nullable(),
  /** The value judged: reported where `source` is "reported", else the projection of that time. */
  value: amount.nullable(),
  unit: z.string().min(1).max(24),
  basis: z.enum(['real', 'nominal', 'none']),
  status: z.enum(['met', 'missed', 'pending', 'needs-base']),
  source: z.enum(['reported', 'projected']),
  /** Real growth a year achieved, as a fraction, between the two years. */
  achievedGrowth: amount.nullable(),
  achievedFrom: yearField.nullable(),
  achievedTo: yearField.nullable(),
  /** For 左右: the band [low, high] the value had to fall in, in `unit` (absent in files written before it was kept). */
  band: z.tuple([amount, amount]).nullable().optional(),
  /** 约束性 / 预期性 as the finished plan marked the target; absent: not marked. */
  binding: z.enum(['binding', 'expected']).optional(),
  /** The year whose prices a real value is in (the finished plan's base year), or null. */
  priceBaseYear: yearField.nullable().optional(),
});
export type PlanOutcome = z.infer<typeof planOutcome>;

export const predecessor = z.object({
  planId: z.string().min(1).max(64),
  title: text,
  document: z.string().min(1).max(500),
  period: z.object({ id: z.string().min(1).max(32), name: text, start: yearField, end: yearField }),
  /** Figures up to this year were used (the end of the finished period). */
  asOf: yearField,
  /** The scenario whose projection filled years without a figure. */
  scenario: z.string().min(1).max(64),
  outcomes: z.array(planOutcome).max(500),
});
export type Predecessor = z.infer<typeof predecessor>;
