/**
 * The plan format's constants, apart from its schemas (plan-schema.ts re-exports them):
 * code that only needs a limit or a default (the engine, the Monte Carlo worker, the
 * first window) imports them from here and does not pull zod in with them.
 */

export const SCHEMA_VERSION = 2 as const;

/** Years a plan may span. Wider than any real plan, narrow enough to catch typos. */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;
/** Any absolute value above this is a typo or an attack, not a statistic. */
export const MAX_MAGNITUDE = 1e15;
export const MAX_FORMULA_LENGTH = 500;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The default slack of 基本同步, in growth per year as a fraction: 0.5 percentage point. */
export const IN_STEP_DEFAULT_TOLERANCE = 0.005;
