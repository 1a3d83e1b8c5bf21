/**
 * How deeply a JSON text nests, found by one scan of its characters before it is
 * parsed: a file nested thousands of levels deep (an attack, never a plan) is refused
 * at once instead of costing seconds of parsing and validation.
 */

/** Deeper than any plan file (which nests about 7 levels), shallow enough to be cheap. */
export const MAX_JSON_DEPTH = 32;

/**
 * The offset of the first bracket that opens level `limit + 1`, or -1 when the text
 * never nests deeper than `limit`. Brackets inside strings do not count. The text need
 * not be valid JSON: the parser that runs next says what else is wrong.
 */
export function depthExceededAt(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > limit) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return -1;
}
