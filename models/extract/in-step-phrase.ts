/**
 * 基本同步 / 同步 statements: one indicator's growth keeps pace with another's
 * (居民收入增长和经济增长同步, 居民人均可支配收入与经济增长同步, 劳动报酬提高和劳动生产率提高
 * 基本同步, 居民收入和经济同步增长). Not 国防实力和经济实力同步提升 or 同步部署、同步编制:
 * those name no growth.
 */
import { lookupIndicator, type LexiconEntry } from './lexicon';

export interface InStepHit {
  start: number;
  end: number;
  /** The indicator that is to keep pace, as written (居民收入). */
  subject: string;
  /** The one it keeps pace with, as written (经济, 国内生产总值, 劳动生产率). */
  reference: string;
  /** 基本同步: a small shortfall allowed. */
  basic: boolean;
  phrase: string;
}

const PART = '[^，,。；;、：:！!？?（）()“”]';
const GROWTH = '(?:增长|提高|增速)';
/** A增长和B增长(基本)同步, A与B增长同步, A和B(基本)同步增长. */
const IN_STEP = new RegExp(`(${PART}{2,30}?)(${GROWTH})?(?:和|与|同|跟)(${PART}{1,20}?)(${GROWTH}|发展)?(?:保持)?(基本)?同步(${GROWTH})?`, 'g');
/** What follows 同步 when it is a way of working, not a pace: 同步提升, 同步发展, 同步部署. */
const NOT_PACE = /^(?:提升|推进|发展|部署|编制|实施|建设|推动|规划|设计|开展|落实)/;
const OPENERS = /^(?:坚持|实现|保持|推动|促进|努力|力争|确保|使|让|并|同时|全面|持续|全市|全省|全国)*/;

export function findInStep(sentence: string): InStepHit[] {
  const out: InStepHit[] = [];
  for (const m of sentence.matchAll(IN_STEP)) {
    const end = m.index + m[0].length;
    if (NOT_PACE.test(sentence.slice(end))) continue;
    // At least one side says it is growth that keeps pace.
    if (m[2] === undefined && m[4] === undefined && m[6] === undefined) continue;
    const raw = m[1] as string;
    const subject = raw.replace(OPENERS, '') || raw;
    const offset = raw.length - subject.length;
    out.push({
      start: m.index + offset,
      end,
      subject,
      reference: m[3] as string,
      basic: m[5] !== undefined,
      phrase: m[0].slice(offset),
    });
  }
  return out;
}

// Looked up by name, as any indicator is (no plan's ids in code).
const GDP = lookupIndicator('地区生产总值');

/** The lexicon entry of what a statement keeps pace with: 经济 (增长/发展) is GDP. */
export function referenceEntry(reference: string): LexiconEntry | null {
  if (/^(?:经济|经济发展|经济增长|宏观经济)$/.test(reference)) return GDP;
  return lookupIndicator(reference);
}
