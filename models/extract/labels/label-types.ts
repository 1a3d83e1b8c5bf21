/**
 * A hand-labelled quantitative statement of a plan text: what a careful reader marks,
 * written down before and independently of the extractor.
 */
export interface LabelledStatement {
  /** A verbatim piece of the sentence around the number, unique enough to find it. */
  quote: string;
  value: number;
  unit: string;
  forwardLooking: boolean;
  kind: string;
  comparison: '>=' | '>' | '<=' | '<' | '≈' | '=';
  year: number | null;
}
