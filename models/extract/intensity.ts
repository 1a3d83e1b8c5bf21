/**
 * Intensity phrases: one quantity per unit of another (单位GDP能耗, 单位国内生产总值二氧化碳
 * 排放, 万元GDP用水量, 单位工业增加值用水量, 碳排放强度). Such a phrase names its own indicator,
 * never the "per" one: 单位GDP能耗降低13.5% is a target on energy intensity, not on GDP.
 * Plans state intensities as a relative fall over a period, so the suggested indicator is
 * an index (any base will do: the target is a factor of the base year's value).
 */

export interface Intensity {
  /** What it is per: output (GDP) or industrial value added. */
  per: 'output' | 'industry';
  /** energy, carbon, water, land, electricity; null for a measure this table does not name. */
  measure: string | null;
  /** The suggested indicator id (energy_intensity, industrial_water_intensity …), null for an unknown measure. */
  id: string | null;
  zh: string;
  en: string;
}

/** 单位 / 万元 / 每万元, then what it is per. */
const PER = /(?:单位|每万元|万元)(GDP|国内生产总值|地区生产总值|生产总值|规模以上工业增加值|工业增加值)/;
/** 能耗强度, 碳排放强度: an intensity per GDP without 单位. */
const STRENGTH = /(能耗|能源消耗|二氧化碳排放|碳排放|用水)强度/;

const MEASURES: readonly { test: RegExp; key: string; zh: string; en: string }[] = [
  { test: /^(?:综合)?(?:能耗|能源消耗)/, key: 'energy', zh: '能耗', en: 'Energy use' },
  { test: /^(?:二氧化碳|碳)排放/, key: 'carbon', zh: '二氧化碳排放', en: 'CO₂ emissions' },
  { test: /^(?:用水量?|水耗)/, key: 'water', zh: '用水量', en: 'Water use' },
  { test: /^建设用地/, key: 'land', zh: '建设用地使用面积', en: 'Construction land' },
  { test: /^(?:电耗|用电量)/, key: 'electricity', zh: '电耗', en: 'Electricity use' },
];

function build(per: Intensity['per'], measureText: string, perWord: string, phrase: string): Intensity {
  const m = MEASURES.find((x) => x.test.test(measureText));
  const denominatorZh = per === 'industry' ? '工业增加值' : perWord === '国内生产总值' ? '国内生产总值' : '地区生产总值';
  const denominatorEn = per === 'industry' ? 'industrial value added' : 'GDP';
  if (m === undefined) return { per, measure: null, id: null, zh: phrase, en: `Intensity: ${phrase}` };
  return {
    per,
    measure: m.key,
    id: `${per === 'industry' ? 'industrial_' : ''}${m.key}_intensity`,
    zh: `单位${denominatorZh}${m.zh}`,
    en: `${m.en} per unit of ${denominatorEn}`,
  };
}

/** The intensity a phrase names, or null when it names none. */
export function intensityOf(phrase: string): Intensity | null {
  const per = PER.exec(phrase);
  if (per) {
    const perWord = per[1] as string;
    const measureText = phrase.slice(per.index + per[0].length);
    return build(/工业增加值/.test(perWord) ? 'industry' : 'output', measureText, perWord, phrase.slice(per.index));
  }
  const strength = STRENGTH.exec(phrase);
  if (strength) return build('output', strength[1] as string, '', phrase.slice(strength.index));
  return null;
}

/**
 * The intensity of one part of a shared subject: 单位国内生产总值能源消耗和二氧化碳排放分别降低
 * 13.5%、18% → the second part, 二氧化碳排放, is per GDP too. A part with no words of its
 * own (the whole subject) is the subject's intensity.
 */
export function intensityOfPart(part: string, subject: string): Intensity | null {
  const own = intensityOf(part);
  if (own !== null) return own;
  if (part === '' || part === subject) return intensityOf(subject);
  const per = PER.exec(subject);
  return per === null ? null : intensityOf(`${per[0]}${part}`);
}

/** Whether two intensities are the same indicator: per the same thing, of the same measure. */
export function sameIntensity(a: Intensity, b: Intensity): boolean {
  return a.per === b.per && a.measure !== null && a.measure === b.measure;
}
