/** What the extractor finds: one quantitative statement of a plan text. */

export const COMPARISONS = ['>=', '>', '<=', '<', '≈', '='] as const;
export type CandidateComparison = (typeof COMPARISONS)[number];

export const CANDIDATE_KINDS = [
  'level',
  'average-growth',
  'share',
  'count',
  'cumulative',
  'multiple',
  'reduction',
  'bound',
  'all-or-nothing',
  'in-step',
] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/**
 * The field names up to `confidence` are the published JSON of `extract --json`
 * (issue 10); keep them stable. The rest are extras for the review UI and --plan-out.
 */
export interface Candidate {
  /** Verbatim from the text. */
  sentence: string;
  /** Headings the sentence stands under, outermost first, joined by " / ". */
  section: string;
  /** The indicator phrase as written (地区生产总值, 居民人均可支配收入 …). */
  indicator: string;
  /** The number as written, without its magnitude (3.5万亿元 → 3.5). */
  value: number;
  /** As written, magnitude included: %, 亿元, 万亿元, 万人, 个百分点, 倍 (翻一番) … */
  unit: string;
  /** The year the statement is about, or null. */
  year: number | null;
  comparison: CandidateComparison;
  kind: CandidateKind;
  /** false: a base value or an actual (2020年达到7400亿元, "十三五"时期…). */
  forwardLooking: boolean;
  /** 0–1: how sure the rules are that this is a quantitative statement read right. */
  confidence: number;

  /** c1, c2 … in text order. */
  id: string;
  /** The upper end of a range (6%—7% → value 6, upper 7), else null. */
  upper: number | null;
  /** First year of the period an average growth or a cumulative amount covers. */
  fromYear: number | null;
  /** The year a multiple refers to (在2025年基础上翻一番 → 2025). */
  ofYear: number | null;
  /** The number is a change, not a level: 提高1岁, 较2015年增长12781元, 下降10%, 年均增长6.5%. */
  change: boolean;
  /** 力争 / 确保 / 左右 / 以上 … as written. */
  qualifier: string | null;
  /** The phrase that carries the number, e.g. "提高到65%". */
  phrase: string;
  /** Character offset of the phrase in the text. */
  offset: number;
  /** A suggested indicator from the lexicon, or null. */
  suggestion: { id: string; zh: string; en: string } | null;
  /**
   * In-step statements only (kind "in-step", 居民收入增长和经济增长同步): the indicator whose
   * growth the subject keeps pace with, as written, and the lexicon's suggestion for it.
   * Such a statement has no number: value 0, unit "".
   */
  reference?: { phrase: string; suggestion: { id: string; zh: string; en: string } | null };
}

/** Of the whole text: the plan period the extractor assumed. */
export interface ExtractionContext {
  /** e.g. 十四五 → { name: '十四五', start: 2021, end: 2025 }, or null when none was found. */
  period: { name: string; start: number; end: number } | null;
  /** The last year before the period: statements about it or earlier look backward. */
  baseYear: number | null;
}

export interface ExtractionResult {
  candidates: Candidate[];
  context: ExtractionContext;
  sentences: number;
}
