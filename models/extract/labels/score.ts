/** Recall and precision of extracted candidates against a hand-labelled list. */
import type { Candidate } from '../candidate';
import type { LabelledStatement } from './label-types';

export interface Score {
  labelled: number;
  extracted: number;
  matched: number;
  recall: number;
  precision: number;
  /** Of the matched: how many agree on each field. */
  agree: { forwardLooking: number; comparison: number; kind: number; year: number };
  missed: LabelledStatement[];
  spurious: Candidate[];
}

/**
 * A label is found when a candidate's sentence holds the label's quote at the candidate's
 * place, with the same value and unit. Each label and each candidate matches once.
 */
export function scoreExtraction(text: string, candidates: readonly Candidate[], labels: readonly LabelledStatement[]): Score {
  const used = new Set<number>();
  const missed: LabelledStatement[] = [];
  const agree = { forwardLooking: 0, comparison: 0, kind: 0, year: 0 };
  for (const label of labels) {
    const at = text.indexOf(label.quote);
    const index = candidates.findIndex(
      (c, i) =>
        !used.has(i) &&
        at >= 0 &&
        c.offset >= at - 4 &&
        c.offset < at + label.quote.length &&
        Math.abs(c.value - label.value) < 1e-9 &&
        c.unit === label.unit,
    );
    if (index < 0) {
      missed.push(label);
      continue;
    }
    used.add(index);
    const c = candidates[index] as Candidate;
    if (c.forwardLooking === label.forwardLooking) agree.forwardLooking++;
    if (c.comparison === label.comparison) agree.comparison++;
    if (c.kind === label.kind) agree.kind++;
    if (c.year === label.year) agree.year++;
  }
  const matched = used.size;
  return {
    labelled: labels.length,
    extracted: candidates.length,
    matched,
    recall: labels.length === 0 ? 1 : matched / labels.length,
    precision: candidates.length === 0 ? 1 : matched / candidates.length,
    agree,
    missed,
    spurious: candidates.filter((_, i) => !used.has(i)),
  };
}
