/**
 * Quantitative statements of a Chinese plan text, found by rules over the sentence:
 * a number (Arabic or Chinese, with its magnitude and unit), the words around it that
 * make it a comparison (达到 / 超过 / 以上 / 左右 / 以内 / 不低于 …), the indicator
 * phrase before it, the year, and whether it looks forward (a target) or back (a base
 * value or an actual). Pure and synchronous: it runs in Node and in a Web Worker.
 */
import type { Candidate, CandidateComparison, CandidateKind, ExtractionContext, ExtractionResult } from './candidate';
import { findInStep, referenceEntry, type InStepHit } from './in-step-phrase';
import { intensityOfPart } from './intensity';
import { lookupIndicator, type LexiconEntry } from './lexicon';
import { CLASSIFIER_WORDS, DURATION_WORDS, MEASURES_LONGEST_FIRST } from './unit-lexicon';
import { doublingFactor, parseChineseNumeral, splitNumber } from './numerals';
import { guessContext, namedPeriod } from './plan-period';
import { documentTime } from './section-period';
import { sectionLabel, splitSentences, type Sentence } from './sentences';

/** Measure words after a number (and its 万/亿), longest first: from the shared unit lexicon. */
const MEASURES = MEASURES_LONGEST_FIRST;
/** Measures that read as a duration or an age when a noun follows (15年基础教育, 30年政策). */
const DURATION_MEASURES = DURATION_WORDS;

const NUMBER_RUN = /[0-9０-９](?:[0-9０-９,，]*[0-9０-９])?(?:[.．][0-9０-９]+)?(?:万亿|千亿|百亿|千万|百万|亿|万)?|[〇零一二两三四五六七八九十百千万亿]+/g;
const CHINESE_NUMBER = /^(?:[〇零一二两三四五六七八九十百千]+[万亿]{0,2}|万亿)$/;

/** Words that end the text before a number and make it a statement, longest first. */
interface Trigger {
  word: string;
  comparison: CandidateComparison;
  kind?: CandidateKind;
}
const TRIGGERS: readonly Trigger[] = (
  [
    ['年均增长率', '>=', 'average-growth'], ['年均增长', '>=', 'average-growth'], ['年均增速', '>=', 'average-growth'],
    ['年均提高', '>=', 'average-growth'], ['年均递增', '>=', 'average-growth'], ['平均每年增长', '>=', 'average-growth'],
    ['每年增长', '>=', 'average-growth'], ['年增长', '>=', 'average-growth'], ['年均下降', '>=', 'reduction'],
    ['提高到', '>='], ['提高至', '>='], ['提升到', '>='], ['提升至', '>='], ['增加到', '>='], ['增加至', '>='],
    ['增长到', '>='], ['增长至', '>='], ['上升到', '>='], ['上升至', '>='], ['扩大到', '>='], ['扩大至', '>='],
    ['下降到', '<='], ['下降至', '<='], ['降低到', '<='], ['降低至', '<='], ['降到', '<='], ['降至', '<='],
    ['减少到', '<='], ['减少至', '<='], ['控制在', '<='], ['不超过', '<='], ['不高于', '<='], ['不多于', '<='],
    ['低于', '<'], ['少于', '<'], ['不低于', '>=', 'bound'], ['不少于', '>=', 'bound'], ['至少', '>='],
    ['保持在', '>='], ['稳定在', '>='], ['维持在', '>='], ['稳超', '>'], ['突破', '>'], ['超过', '>'], ['高于', '>'],
    ['大于', '>'], ['多于', '>'], ['超', '>'], ['过', '>'], ['达到', '>='], ['达', '>='], ['跻身', '>='], ['迈上', '>='],
    ['跨越', '>'], ['接近', '≈'], ['近', '≈'], ['约', '≈'], ['大约', '≈'], ['分别为', '='], ['为', '='], ['是', '='],
    ['下降', '>=', 'reduction'], ['降低', '>=', 'reduction'], ['减少', '>=', 'reduction'], ['削减', '>=', 'reduction'],
    ['压减', '>=', 'reduction'], ['缩小', '>=', 'reduction'], ['提高', '>='], ['提升', '>='], ['增长', '>='],
    ['增加', '>='], ['新增', '>=', 'cumulative'], ['新建', '>=', 'cumulative'], ['新改扩建', '>=', 'cumulative'],
    ['改扩建', '>=', 'cumulative'], ['建成', '>=', 'level'], ['建设', '>=', 'cumulative'], ['完成', '>=', 'cumulative'],
    ['累计', '>=', 'cumulative'], ['改造', '>=', 'cumulative'], ['开工', '>=', 'cumulative'], ['培育', '>=', 'count'],
    ['引进', '>=', 'cumulative'], ['严守', '>=', 'bound'], ['守住', '>=', 'bound'], ['覆盖', '>='], ['实现', '>='],
    ['占', '='], ['到', '>='], ['拟安排', '='], ['安排', '='], ['拟按', '='],
  ] as const
)
  .map(([word, comparison, kind]) => (kind === undefined ? { word, comparison } : { word, comparison, kind }))
  .sort((a, b) => b.word.length - a.word.length);

/** Triggers that state a change rather than a level (提高1岁, but 提高到65%). */
const CHANGE_WORDS = /^(?:提高|提升|增长|增加|下降|降低|减少|削减|压减|缩小|年均.*|平均每年增长|每年增长|年增长)$/;

/** Words after the number and unit that change the comparison. */
const SUFFIXES: readonly { word: string; comparison: CandidateComparison }[] = [
  { word: '以上', comparison: '>=' },
  { word: '以下', comparison: '<=' },
  { word: '以内', comparison: '<=' },
  { word: '之内', comparison: '<=' },
  { word: '左右', comparison: '≈' },
  { word: '上下', comparison: '≈' },
];

/** Sentence words that mark a look back. */
const BACKWARD_SENTENCE = /过去五年|五年来|已经|已[有达经]|截至|截止|去年|上年|同比|预计[，,]|（预计|\(预计|回顾/;
/** Heading words that mark a section about the past. */
const BACKWARD_HEADING = /成就|回顾|过去|成绩|发展基础|工作总结/;
/** Sentence words that mark a target. */
const FORWARD_SENTENCE = /力争|确保|目标|展望|将|到\d{4}年|到[〇零一二三四五六七八九]{4}年|末|努力|预期/;

const CLAUSE_BREAK = /[，,；;：:]/;
/** Measure words that count things (个, 项, 家, 台 …): from the shared unit lexicon. */
const CLASSIFIERS = CLASSIFIER_WORDS;
/** A verb right before a number that counts what follows it (推动12个片区更新, 加强对100个项目…). */
const VERB_BEFORE =
  /(?:打造|建设|培育|新建|建成|引进|实施|创建|培养|新增|完成|开展|建立|形成|争创|认定|发展|设立|新设|组建|举办|改造|提升|布局|招引|推出|创成|推动|推进|加快|做实|做优|做强|办好|办成|更新|加装|增设|扶持|支持|帮扶|服务|带动|吸引|争取|落地|签约|开工|竣工|投用|启用|交付|整治|修复|治理|提档|升级|选树|引育|组织|承办|攻关|突破|上线|(?:加强|强化|做好)对)$/;
/** A subject that is only a verb: the noun comes after the number (打造3个千亿级产业集群). */
const VERB_ONLY = /^(?:打造|建设|培育|新建|建成|引进|实施|创建|培养|新增|完成|开展|推动|建立|形成|争创|认定|发展|设立|组建|举办|改造|提升)$/;
const LEADING_NOISE = new RegExp(
  [
    '^(?:',
    [
      '——', '—', '[“”"\'「」《》（）()]', '其中', '同时', '并且', '并', '而且', '以及', '力争', '确保', '努力', '争取', '要', '将',
      '使', '让', '推动', '推进', '促进', '实现', '全面', '持续', '进一步', '基本实现', '全市', '全省', '全区', '全县', '全国',
      '全社会', '我市', '我省', '我国', '本市', '到(?:\\d{4}|[〇零一二三四五六七八九]{4})年(?:底|末)?', '(?:\\d{4}|[〇零一二三四五六七八九]{4})年(?:底|末)?',
      '展望', '“?十[一二三四五六七八九]五”?(?:末|期间|时期|期末)?', '较(?:\\d{4})年', '比(?:\\d{4})年', '同比', '比上年', '较上年',
      '在(?:\\d{4})年基础上', '五年', '地级及以上城市',
      '拟', '安排', '\\s',
    ].join('|'),
    ')+',
  ].join(''),
);

interface NumberHit {
  start: number;
  end: number;
  value: number;
  unit: string;
  upper: number | null;
  suffix: string;
  phrase: string;
  /** Chinese digits only, or the unit came from context. */
  weak: boolean;
  bareMagnitude: boolean;
  /** A coefficient or an index: a figure with no unit. */
  unitless?: boolean;
}

/** The words before a figure that has no unit (系数提高到0.6, 指数达到0.9). */
const UNITLESS_BEFORE = /(?:系数|指数|比值|基尼系数)(?:提高到|提高至|提升到|提升至|达到|保持在|稳定在|降至|降到|下降到|控制在|为)$/;

interface Mention {
  year: number;
  start: number;
  end: number;
  /** 较2015年 / 在2025年基础上 / 为2015年的: a base of comparison, not the statement's year. */
  reference: boolean;
  /** The first year of a named period (“十四五”时期 → 2021), null for a plain year. */
  periodStart: number | null;
}

const YEAR_RE = /(\d{4}|[〇零一二三四五六七八九]{4})年/g;
const PERIOD_RE = /“?十([一二三四五六七八九])五”?(末|期末|期间|时期|以来)?/g;

function yearValue(text: string): number {
  if (/^\d{4}$/.test(text)) return Number(text);
  let v = 0;
  for (const c of text) v = v * 10 + '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c);
  return v;
}

function yearMentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.matchAll(YEAR_RE)) {
    const year = yearValue(m[1] as string);
    if (year < 1949 || year > 2100) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = sentence.slice(Math.max(0, start - 2), start);
    const after = sentence.slice(end, end + 4);
    const reference = /较|比|为|是$|相当于|同期/.test(before) || /^基础上|^的\S{0,3}倍|^水平/.test(after) || /在$/.test(before) && /^基础/.test(after);
    // A range of years (2022-2025年, 2021－2025年) is a period, not a statement year.
    const range = /[-－—~～至到]$/.test(sentence.slice(Math.max(0, start - 1), start)) && /\d{4}[-－—~～至到]$/.test(sentence.slice(Math.max(0, start - 5), start));
    if (range) continue;
    const nextIsRange = /^[-－—~～至到]\d{4}/.test(sentence.slice(end - 1, end + 5)) || /^[-－—~～]\d{4}/.test(sentence.slice(start + 4, start + 9));
    if (nextIsRange && sentence.charAt(start + 4) !== '年') continue;
    out.push({ year, start, end, reference, periodStart: null });
  }
  for (const m of sentence.matchAll(PERIOD_RE)) {
    const years = namedPeriod(`十${m[1] as string}五`);
    if (!years) continue;
    const tail = m[2] ?? '';
    if (tail === '' && !/规划|期/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    const before = sentence.slice(Math.max(0, m.index - 3), m.index);
    out.push({ year: years.end, start: m.index, end: m.index + m[0].length, reference: /高于|低于|于$|较|比|超过/.test(before), periodStart: years.start });
  }
  return out.sort((a, b) => a.start - b.start);
}

function matchMeasure(text: string, at: number): string {
  for (const m of MEASURES) if (text.startsWith(m, at)) return m;
  return '';
}

function isCjk(c: string): boolean {
  return /\p{Script=Han}/u.test(c);
}

/** Numbers with their units in one sentence, ranges merged, names and years left out. */
function findNumbers(sentence: string): NumberHit[] {
  const hits: NumberHit[] = [];
  for (const m of sentence.matchAll(NUMBER_RUN)) {
    let token = m[0];
    const start = m.index;
    const before = sentence.charAt(start - 1);
    const isArabic = /^[0-9０-９]/.test(token);
    // PM2.5, IPv6, W0202…, 3+7; but 6%-7% and 6-7% are ranges.
    const rangeBefore = /[\d%％]\s*-$/.test(sentence.slice(Math.max(0, start - 3), start));
    if (/[A-Za-z_./\\\-+#]/.test(before) && isArabic && !rangeBefore) {
      // 人均GDP3万元: a number glued to an abbreviation is a figure when a unit follows (not PM2.5浓度, S1线).
      const glued = /[A-Z]{2,}$/.test(sentence.slice(Math.max(0, start - 6), start)) && (/[万亿]$/.test(token) || matchMeasure(sentence, start + token.length) !== '');
      if (!glued) continue;
    }
    if (before === '第' || before === '几' || before === '数' || before === '每') continue;
    if (!isArabic) {
      // 亿万人民, 万物: a run that starts with a bare magnitude is not a number, except 万亿.
      if (/^[万亿]/.test(token) && !token.startsWith('万亿')) continue;
      if (!CHINESE_NUMBER.test(token)) {
        const trimmed = /^(?:[〇零一二两三四五六七八九十百千]+[万亿]{0,2}|万亿)/.exec(token);
        if (!trimmed) continue;
        token = trimmed[0];
      }
    }
    let end = start + token.length;
    const nextChar = sentence.charAt(end);
    if (/[A-Za-z]/.test(nextChar) && isArabic) continue; // 5G, 10E级
    const { value, magnitude } = splitNumber(token);
    if (!Number.isFinite(value)) continue;
    const measure = matchMeasure(sentence, end);
    // Years and year ranges are time, not quantities.
    if (measure === '年' && magnitude === '' && value >= 1949 && value <= 2100 && (isArabic ? /^\d{4}/.test(token) : token.length === 4)) continue;
    if (/^(?:级|号|周年|届|批|轮|代|连|大|次会|期|月|日|分钟|小时)/.test(sentence.slice(end, end + 2)) && measure === '') continue;
    if (measure === '' && magnitude === '') {
      // 灌溉水有效利用系数提高到0.6: a coefficient or an index has no unit.
      if (isArabic && UNITLESS_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) {
        hits.push({ start, end, value, unit: '', upper: null, suffix: '', phrase: token, weak: false, bareMagnitude: false, unitless: true });
        continue;
      }
      // "6—7%": the first end of a range has no unit of its own.
      const range = /^\s*[—–\-－~～至到]\s*/.exec(sentence.slice(end, end + 3));
      if (range === null) continue;
      hits.push({ start, end, value, unit: '', upper: null, suffix: '', phrase: token, weak: !isArabic, bareMagnitude: false });
      continue;
    }
    if (!isArabic) {
      const small = magnitude === '' && !/[百千]/.test(token);
      // 办好十项民生实事, 活动千场以上: a Chinese number counts after a verb of doing, or with 以上 / 左右.
      const counted =
        CLASSIFIERS.has(measure) &&
        (VERB_BEFORE.test(sentence.slice(Math.max(0, start - 6), start)) || /[^\d]等$/.test(sentence.slice(Math.max(0, start - 2), start)) || /^(?:以上|左右)/.test(sentence.slice(end + measure.length, end + measure.length + 2))) &&
        !/^(?:大|方面)/.test(sentence.slice(end + measure.length, end + measure.length + 2));
      // 三次, 两个, 一年, 十七连丰: small Chinese numbers are counts of named things.
      if (small && !['倍', '个百分点', '百分点', '岁', '%'].includes(measure) && !counted) continue;
      if (measure === '年') continue;
      // 百家争鸣, 千家万户: idioms. A Chinese number is a quantity only after a verb of comparison.
      if (endsWithTrigger(sentence.slice(Math.max(0, start - 6), start)) === null && !counted) continue;
    }
    if (magnitude !== '' && measure === '' && /^(?:级|多|余)/.test(sentence.slice(end, end + 1))) continue;
    if (measure === '个' && /^(?:百分点)/.test(sentence.slice(end + 1))) continue;
    end += measure.length;
    // 15年基础教育, 30年政策: a duration that qualifies a noun.
    if (DURATION_MEASURES.has(measure) && isCjk(sentence.charAt(end)) && !/^(?:以上|以下|以内|左右|上下|之内|和|与|及|或)/.test(sentence.slice(end, end + 2))) continue;
    // 从9个方面, 3项原则: a count before a noun is a statement only after a verb (建设20个开发区).
    if (CLASSIFIERS.has(measure) && isCjk(sentence.charAt(end)) && !/^(?:以上|以下|以内|左右|和|与|及|或)/.test(sentence.slice(end, end + 2))) {
      // 建成1-2个, 培育50－100家: the verb stands before the range's first number.
      const lead = /\d+(?:\.\d+)?\s*[—–\-－~～至到]\s*$/.exec(sentence.slice(Math.max(0, start - 12), start));
      const from = lead ? start - lead[0].length : start;
      const before = sentence.slice(Math.max(0, from - 6), from);
      // A、B等12条产业链: the count of what the list names.
      if (endsWithTrigger(before) === null && !VERB_BEFORE.test(before) && !/[和、及与]$/.test(before) && !/\p{Script=Han}等$/u.test(before)) continue;
    }
    let suffix = '';
    for (const s of SUFFIXES) if (sentence.startsWith(s.word, end)) suffix = s.word;
    const tail = end + suffix.length;
    hits.push({
      start,
      end: tail,
      value,
      unit: `${magnitude}${measure === '％' ? '%' : measure}`,
      upper: null,
      suffix,
      phrase: sentence.slice(start, tail),
      weak: !isArabic,
      bareMagnitude: measure === '',
    });
  }
  // 百分之九十五: a percentage in words.
  for (const m of sentence.matchAll(/百分之([〇零一二两三四五六七八九十百]+)(?:点([〇零一二三四五六七八九]+))?/g)) {
    const whole = parseChineseNumeral(m[1] as string);
    const fraction = m[2] === undefined ? 0 : Number(`0.${[...m[2]].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('')}`);
    if (!Number.isFinite(whole)) continue;
    let end = m.index + m[0].length;
    let suffix = '';
    for (const sx of SUFFIXES) if (sentence.startsWith(sx.word, end)) suffix = sx.word;
    end += suffix.length;
    hits.push({ start: m.index, end, value: whole + fraction, unit: '%', upper: null, suffix, phrase: sentence.slice(m.index, end), weak: true, bareMagnitude: false });
  }
  hits.sort((a, b) => a.start - b.start);
  // Merge ranges: a unitless number, a dash, and a number with a unit.
  const merged: NumberHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as NumberHit;
    const next = hits[i + 1];
    if (h.unit === '' && h.unitless !== true && next !== undefined && next.unit !== '' && /^\s*[—–\-－~～至到]\s*$/.test(sentence.slice(h.end, next.start))) {
      merged.push({ ...next, start: h.start, value: h.value, upper: next.value, phrase: sentence.slice(h.start, next.end) });
      i++;
      continue;
    }
    if (h.unit === '' && h.unitless !== true) continue;
    // 6%—7%, 300万至500万: both ends with units.
    if (next !== undefined && next.unit === h.unit && /^\s*[—–\-－~～至到]\s*$/.test(sentence.slice(h.end, next.start))) {
      merged.push({ ...next, start: h.start, value: h.value, upper: next.value, phrase: sentence.slice(h.start, next.end) });
      i++;
      continue;
    }
    merged.push(h);
  }
  // Attributive: 城区常住人口300万以下的城市, 3岁以下婴幼儿 classify, they do not state.
  return merged.filter((h) => {
    const prefix = sentence.slice(0, h.start);
    const after = sentence.slice(h.end, h.end + 4);
    // “13条”, “场景8条”: a name in quotes.
    if (/[“"「][^”"」，。；]{0,12}$/.test(prefix) && /^[^“”"」，。；]{0,4}[”"」]/.test(sentence.slice(h.end, h.end + 6))) return false;
    // 超10亿元项目, 超百亿产业链, 产值超10亿元等企业, 人口超50万的县: a threshold that classifies.
    if (/(?:超|超过|过)$/.test(prefix) && (isCjk(after.charAt(0)) || /^\d/.test(after)) && !/^(?:以上|左右|目标|水平|和|与|及|或)/.test(after)) return false;
    // 预期性指标12项: a count of the plan's own indicators.
    if (/指标$/.test(prefix) && /^(?:项|个)$/.test(h.unit)) return false;
    // 城市得名2200年, 建市40周年: an anniversary.
    if (/年$/.test(h.unit) && /(?:得名|建城|建市|建县|设市|建区|建镇|建校|成立|诞辰|建党|建国|建军)$/.test(prefix)) return false;
    // 在城镇就业居住5年以上: an eligibility rule.
    if (/年$/.test(h.unit) && /(?:居住|就业|工作|连续|满|工龄|参保|缴费|服务)$/.test(prefix)) return false;
    if (endsWithTrigger(prefix)) return true;
    // 推动90%的行政村实现…, 争取60%以上的村…: a quantity before its noun, after a verb.
    const verbBefore = VERB_BEFORE.test(prefix) || /(?:争取|力争|确保|使|让|实现)$/.test(prefix);
    const next = sentence.charAt(h.end);
    if (verbBefore) return true;
    if (next === '的' && /[以上下内至到]|^\d/.test(h.suffix + sentence.slice(h.end - 2, h.end))) return false;
    if ((h.suffix === '以上' || h.suffix === '以下') && isCjk(next) && !/^(?:和|与|及|或|目标|水平)/.test(sentence.slice(h.end, h.end + 2))) return false;
    return true;
  });
}

function endsWithTrigger(prefix: string): Trigger | null {
  const trimmed = prefix.replace(/\s+$/, '');
  for (const t of TRIGGERS) {
    if (!trimmed.endsWith(t.word)) continue;
    // 较2015年增长: a year, then 增长; not 年增长.
    if (t.word.startsWith('年') && /[\d〇零一二三四五六七八九]$/.test(trimmed.slice(0, -t.word.length))) continue;
    return t;
  }
  return null;
}

/** Special statements: 翻一番, 倍增, 全覆盖, 全面消除, 全部…到位. */
interface SpecialHit {
  start: number;
  end: number;
  kind: 'multiple' | 'all-or-nothing';
  value: number;
  unit: string;
  phrase: string;
  /** For all-or-nothing with the object after the verb (全面消除X). */
  objectAfter: boolean;
}

/** What 消除 removes when it is a target: a harm that can be counted out. */
const HARM = /危害|天气|水体|贫困|疾病|病|疫情|隐患|断面|危房|空白|盲区|死角|污染|超标|零户|薄弱/;

function findSpecials(sentence: string): SpecialHit[] {
  const out: SpecialHit[] = [];
  for (const m of sentence.matchAll(/翻[一二两三]?番(以上)?|倍增/g)) {
    const end = m.index + m[0].length;
    if (m[0] === '倍增' && /^(?:行动|计划|工程|战略|效应)/.test(sentence.slice(end, end + 2))) continue;
    out.push({ start: m.index, end, kind: 'multiple', value: doublingFactor(m[0]), unit: '倍', phrase: m[0], objectAfter: false });
  }
  for (const m of sentence.matchAll(/全覆盖|全面覆盖/g)) {
    const end = m.index + m[0].length;
    const next = sentence.charAt(end);
    const prev = sentence.charAt(m.index - 1);
    // 无禁区、全覆盖、零容忍; 全覆盖的责任制度; 风险全覆盖监管框架: slogans and qualifiers.
    // 党的组织全面覆盖、党的建设全面加强: a list of slogans; but 医共体全覆盖、提升… is a target.
    if (prev === '、' || next === '的' || (next === '、' && m[0] === '全面覆盖') || (isCjk(next) && !/^(?:和|与|及|或|目标)/.test(next))) continue;
    if (prev === '' || /[，,；;：:]/.test(prev)) continue;
    out.push({ start: m.index, end, kind: 'all-or-nothing', value: 100, unit: '%', phrase: m[0], objectAfter: false });
  }
  // 消除某病危害, 进一步消除重污染天气: plain 消除 of a harm (not 消除…壁垒, which has no measure).
  for (const m of sentence.matchAll(/消除/g)) {
    if (/(?:全面|基本|彻底)$/.test(sentence.slice(Math.max(0, m.index - 2), m.index))) continue;
    const end = m.index + 2;
    const object = sentence.slice(end).split(/[，,。；;、！!？?]/)[0] ?? '';
    if (!HARM.test(object)) continue;
    out.push({ start: m.index, end, kind: 'all-or-nothing', value: 100, unit: '%', phrase: '消除', objectAfter: true });
  }
  // 覆盖所有地级及以上城市, 全收集全处理, 动态清零.
  for (const m of sentence.matchAll(/覆盖(?:所有|全部)|全收集全处理|(?:动态)?清零/g)) {
    const objectAfter = m[0].startsWith('覆盖');
    // 动态清零、党员中心户等经验: a named practice in a list.
    if (/^[、”"」]/.test(sentence.charAt(m.index + m[0].length))) continue;
    // 建立覆盖所有经营主体的…制度: what a system covers, not a target.
    if (objectAfter && (/(?:建立|健全|构建|完善|形成)$/.test(sentence.slice(Math.max(0, m.index - 4), m.index)) || /^[^，,。；;]*的/.test(sentence.slice(m.index + m[0].length)))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'all-or-nothing', value: 100, unit: '%', phrase: m[0], objectAfter });
  }
  for (const m of sentence.matchAll(/(?:全面|基本|彻底)消除|全部(?:改造|完成|建成|达标|纳入|摘帽)(?:到位)?|全部(?=.{0,8}到位)/g)) {
    const end = m.index + m[0].length;
    const objectAfter = m[0].endsWith('消除');
    if (objectAfter && !isCjk(sentence.charAt(end)) && !/[“"《]/.test(sentence.charAt(end))) continue;
    out.push({ start: m.index, end, kind: 'all-or-nothing', value: 100, unit: '%', phrase: m[0], objectAfter });
  }
  return out;
}

interface Clause {
  start: number;
  end: number;
}

function clauseAt(sentence: string, at: number): Clause {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(sentence.charAt(start - 1))) start--;
  let end = at;
  while (end < sentence.length && !CLAUSE_BREAK.test(sentence.charAt(end)) && !/[。！？!?]/.test(sentence.charAt(end))) end++;
  return { start, end };
}

/** Strip qualifiers, years and verbs from the front of a subject, numbers from the back. */
function cleanSubject(text: string): string {
  // (预计,下同), (新口径): notes in brackets; 执业（助理）医师 keeps its brackets.
  let s = text.replace(/[（(](?:预计|新口径|下同|含|不含|按|以)[^）)]{0,12}[）)]|[（(][^）)]{0,12}[）)]\s*$/g, '');
  s = s.replace(/(?:在|较|比|与|同)(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:基础上|相比)?|(?:到|至|于)?(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:底|末)?/g, '');
  s = s.replace(LEADING_NOISE, '');
  s = s.replace(/(?<![A-Za-z\d.])\d[\d.,]*(?![\d.,]*[A-Za-z])(?:万亿|亿|万)?(?:个百分点|[%％‰元人家所个套亩斤吨])?[、和及与]?/g, '');
  s = s.replace(LEADING_NOISE, '');
  s = s.replace(/(?:分别|均|都|也|将|要|可|能|已|稳定|连续|持续|实现|五年|十年|的)+$/, '').replace(/^(?:为|是)/, '');
  if (TRIGGERS.some((t) => t.word === s) || /^[年的之]$/.test(s) || VERB_ONLY.test(s)) return '';
  s = s.replace(/[、和及与\s]+$/, '').replace(/^[、和及与\s]+/, '');
  return s.length > 40 ? s.slice(s.length - 40) : s;
}

/** The noun after a number in "5575万农村贫困人口实现脱贫", "严守18亿亩耕地红线". */
function nounAfter(sentence: string, from: number): string {
  const rest = sentence.slice(from, from + 24);
  // Only a noun right after the number: not a bracket, a connector or another number.
  if (!/^\p{Script=Han}/u.test(rest) || /^[和与及或的之以为是、]/.test(rest)) return '';
  const m = /^[^，,。；;：:、（(]{1,20}?(?=实现|在城镇|在|得到|顺利|达到|和其他|和|，|,|。|；|;|$)/.exec(rest);
  return (m ? m[0] : '').trim();
}

/** Split "A和B" for "A和B分别达到X和Y", giving a shared head to short parts (城镇居民和农村居民人均可支配收入). */
const GROUP = /^(?:城镇居民|农村居民|城乡居民|城镇|农村|城市|乡村|城乡|职工|农民|男性|女性)/;

function splitSubjects(subject: string): string[] {
  const parts = subject.split(/[和、及与]/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return [subject];
  const last = parts[parts.length - 1] as string;
  const lastGroup = GROUP.exec(last)?.[0];
  return parts.map((p, i) => {
    // 城镇居民和农村居民人均可支配收入: the first group shares the last one's noun.
    if (i === parts.length - 1 || lastGroup === undefined || GROUP.exec(p)?.[0] !== p) return p;
    return `${p}${last.slice(lastGroup.length)}`;
  });
}

interface Scope {
  headings: readonly string[];
  /** The last target year stated in the section so far. */
  forwardYear: number | null;
}

function kindFor(hit: { unit: string; bareMagnitude: boolean }, trigger: Trigger | null, clauseText: string, subject: string): CandidateKind {
  if (hit.unit === '倍') return 'multiple';
  // 系数提高到0.6: a coefficient is a level.
  if (hit.unit === '') return 'level';
  if (trigger?.kind === 'average-growth' || /年均|平均每年/.test(trigger?.word ?? '')) return 'average-growth';
  // 国内生产总值增长5%左右, 居民消费价格涨幅3%: the growth of a level, not a share.
  const isRate = /[率比重例]$|占比$|比重$|指数$/.test(subject);
  if (hit.unit === '%' && !isRate && (/^(?:增长|增速|增幅|涨幅)$/.test(trigger?.word ?? '') || /(?:增长|增速|增幅|涨幅)$/.test(subject))) {
    return 'average-growth';
  }
  if (trigger?.kind === 'reduction') return 'reduction';
  if (trigger?.kind === 'bound' || /以内|红线|底线|控制在|不超过|不高于/.test(clauseText) || trigger?.word === '控制在') return 'bound';
  if (hit.unit === '%' || hit.unit === '‰') return 'share';
  const money = /元$/.test(hit.unit);
  if (/累计/.test(clauseText) || (!money && (/新增|新建|新改扩建|改扩建|造林|开工|脱贫|落户|引进|培训/.test(clauseText) || trigger?.kind === 'cumulative'))) {
    return 'cumulative';
  }
  if (/^每/.test(subject)) return 'level';
  if (/[家所个户套座项名位处间床人]$/.test(hit.unit) || /数量?$|企业$|机构$|医院$/.test(subject)) return 'count';
  return 'level';
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function qualifierOf(sentence: string, clause: Clause, suffix: string): string | null {
  const words: string[] = [];
  // This clause and the one before it: "确保A超过35万，B超过90%" qualifies both.
  const previous = clause.start > 0 ? clauseAt(sentence, clause.start - 2).start : clause.start;
  const clauseText = sentence.slice(previous, clause.end);
  for (const w of ['力争', '确保', '争取', '努力']) if (clauseText.includes(w)) words.push(w);
  if (suffix !== '') words.push(suffix);
  return words.length > 0 ? words.join(' ') : null;
}

interface Located {
  sentence: Sentence;
  scope: Scope;
  context: ExtractionContext;
}

function resolveYear(mentions: readonly Mention[], at: number): { year: number | null; reference: number | null; periodStart: number | null } {
  let year: number | null = null;
  let reference: number | null = null;
  let periodStart: number | null = null;
  for (const m of mentions) {
    if (m.start >= at) break;
    if (m.reference) reference = m.year;
    else {
      year = m.year;
      periodStart = m.periodStart;
    }
  }
  return { year, reference, periodStart };
}

/**
 * The year a relative change (降低13.5%) is measured from, when the sentence names none:
 * the year before this year's plan (a work report's 2026年…下降2%: from 2025), the year
 * before a named period (“十四五”时期…降低13.5%: from 2020), or before the plan's period
 * when the statement is for its last year. Null when none of these holds.
 */
function changeBaseYear(loc: Located, year: number | null, statedYear: number | null, periodStart: number | null): number | null {
  if (year === null) return null;
  if (periodStart !== null && statedYear === year) return periodStart - 1;
  const mark = loc.sentence.period;
  if (mark?.period === 'year' && mark.year === year) return year - 1;
  const period = loc.context.period;
  if (period !== null && year === period.end) return period.start - 1;
  return null;
}

/** Words of a clause that look back even inside a forward section. */
const BACKWARD_IN_PLAN = /已经|已[有达经]|截至|截止|去年|上年末|过去/;

function isBackward(loc: Located, year: number | null, clauseText: string): boolean {
  const { baseYear } = loc.context;
  // A sentence's own year decides for that sentence.
  if (year !== null && baseYear !== null) return year <= baseYear;
  const period = loc.sentence.period?.period;
  if (period === 'past') return true;
  if (period !== undefined) return BACKWARD_IN_PLAN.test(clauseText);
  if (loc.sentence.headings.some((h) => BACKWARD_HEADING.test(h))) return true;
  if (BACKWARD_SENTENCE.test(clauseText)) return true;
  if (BACKWARD_SENTENCE.test(loc.sentence.text) && !FORWARD_SENTENCE.test(loc.sentence.text)) return true;
  return false;
}

/**
 * The year of a forward statement without its own: this year's section gives its year
 * first (a 2030 stated in a 十五五 paragraph is not carried into the 2026 plan), then a year
 * stated earlier in the same section, the heading's year, the section's period, the plan's end.
 */
function inheritedYear(loc: Located): number | null {
  const mark = loc.sentence.period;
  if (mark?.period === 'year' && mark.year !== null) return mark.year;
  if (loc.scope.forwardYear !== null) return loc.scope.forwardYear;
  const headingYear = /(\d{4})年/.exec(loc.sentence.headings[loc.sentence.headings.length - 1] ?? '');
  if (headingYear) return Number(headingYear[1]);
  if (mark?.year !== null && mark?.year !== undefined) return mark.year;
  return loc.context.period?.end ?? null;
}

function suggestionOf(entry: LexiconEntry | null): Candidate['suggestion'] {
  return entry === null ? null : { id: entry.id, zh: entry.zh, en: entry.en };
}

function completeUnit(unit: string, entry: LexiconEntry | null, following: string): string {
  if (!/^(?:万亿|千亿|百亿|亿|千万|百万|万)$/.test(unit)) return unit;
  if (entry?.money) return `${unit}元`;
  if (entry?.people || /^.{0,8}(?:人口|人)/.test(following)) return `${unit}人`;
  return unit;
}

function sentenceCandidates(loc: Located, textOffset: number): Omit<Candidate, 'id'>[] {
  const s = loc.sentence.text;
  const mentions = yearMentions(s);
  const out: Omit<Candidate, 'id'>[] = [];
  const section = sectionLabel(loc.sentence.headings);

  const numbers = findNumbers(s);
  const specials = findSpecials(s);
  // Per clause: which trigger is shared by the numbers of "分别达到X和Y".
  let lastClause = -1;
  let lastTrigger: Trigger | null = null;
  let indexInClause = 0;
  let lastSubject = '';
  /** The clause whose first number came before its noun (打造3个…集群和10个…园区). */
  let numberFirstClause = -1;

  const emit = (
    hit: { start: number; end: number; value: number; unit: string; upper: number | null; phrase: string; suffix: string; weak: boolean; bareMagnitude: boolean },
    kindOverride: CandidateKind | null,
  ) => {
    const clause = clauseAt(s, hit.start);
    const prefix = s.slice(clause.start, hit.start);
    let trigger = endsWithTrigger(prefix);
    const sameClause = clause.start === lastClause;
    const between = prefix.replace(/.*(?:[\d.％%‰元人家所个套亩斤吨岁年倍万亿])/, '');
    if (trigger === null && sameClause && /^[\s和、及与或]*$/.test(between)) trigger = lastTrigger;
    indexInClause = sameClause ? indexInClause + 1 : 0;
    lastClause = clause.start;
    lastTrigger = trigger;

    const clauseText = s.slice(clause.start, clause.end);
    // The subject: the clause before the trigger (and before the first number of the clause).
    let firstNumberAt = hit.start;
    for (const n of numbers) if (n.start >= clause.start && n.start < firstNumberAt) firstNumberAt = n.start;
    let head = s.slice(clause.start, firstNumberAt);
    const headTrigger = endsWithTrigger(head);
    if (headTrigger) head = head.replace(/\s+$/, '').slice(0, -headTrigger.word.length);
    let subject = cleanSubject(head);
    let numberFirst = false;
    if (subject.length < 2 || /^[的之]/.test(subject)) {
      // 推动90%的行政村实现…: the noun after 的 is what the share counts.
      const ofNoun = s.charAt(hit.end) === '的';
      const noun = nounAfter(s, ofNoun ? hit.end + 1 : hit.end);
      if (noun !== '' && (hit.unit !== '%' || ofNoun) && !/^[的之]/.test(noun) && indexInClause === 0) {
        subject = cleanSubject(noun);
        numberFirst = true;
      } else subject = lastSubject;
    }
    if (!numberFirst) lastSubject = subject;
    else numberFirstClause = clause.start;
    const isRespectively = /分别/.test(prefix) || /分别/.test(head);
    const inClause = numbers.filter((n) => n.start >= clause.start && n.start < clause.end).length;
    let indicator = subject;
    // 成片造林30万亩、改造山林林相3万亩: a later number with its own noun before it.
    const previous = numbers.filter((n) => n.start >= clause.start && n.end <= hit.start).pop();
    const own = previous === undefined ? '' : cleanSubject(s.slice(previous.end, hit.start).replace(/^[、和及与\s]+/, ''));
    const ownTrigger = previous === undefined ? null : endsWithTrigger(s.slice(previous.end, hit.start));
    const ownNoun = ownTrigger ? cleanSubject(s.slice(previous?.end ?? 0, hit.start).replace(/\s+$/, '').slice(0, -ownTrigger.word.length)) : own;
    const nextNoun = previous !== undefined && numberFirstClause === clause.start ? cleanSubject(nounAfter(s, hit.end)) : '';
    if (nextNoun.length >= 2) {
      indicator = nextNoun;
      numberFirst = true;
    } else if (previous !== undefined && ownNoun.length >= 2) indicator = ownNoun;
    else if ((isRespectively || indexInClause > 0 || splitSubjects(subject).length === inClause) && inClause > 1) {
      const parts = splitSubjects(subject);
      if (parts.length > 1) indicator = parts[Math.min(indexInClause, parts.length - 1)] as string;
    }
    // 单位GDP能耗: an intensity names its own indicator, never the one it is per (GDP).
    const intensity = intensityOfPart(indicator, subject);
    const entry = intensity === null ? (lookupIndicator(indicator) ?? lookupIndicator(subject)) : null;
    const unit = completeUnit(hit.unit, entry, s.slice(hit.end, hit.end + 10));

    const { year: statedYear, reference, periodStart } = resolveYear(mentions, hit.start);
    const backward = isBackward(loc, statedYear, clauseText);
    let year = statedYear;
    if (year === null && !backward) year = inheritedYear(loc);

    let comparison: CandidateComparison = trigger?.comparison ?? '>=';
    if (kindOverride === 'all-or-nothing') comparison = '=';
    for (const sfx of SUFFIXES) if (hit.suffix === sfx.word) comparison = sfx.comparison;
    if (/左右|上下/.test(s.slice(hit.end, hit.end + 2))) comparison = '≈';
    if (backward && (comparison === '>=' && (trigger === null || /^(?:达到|达|为|是|分别为|占|提高|增长|增加|新增|实现|建成|完成|累计|新改扩建)$/.test(trigger.word)))) {
      comparison = '=';
    }
    if (kindOverride === 'multiple' && /以上/.test(hit.phrase)) comparison = '>=';

    const ownSegment = prefix.slice(Math.max(prefix.lastIndexOf('、'), 0));
    const kindText = endsWithTrigger(ownSegment) !== null && ownSegment.length < prefix.length ? ownSegment : prefix;
    const kindWords = numberFirst ? `${kindText}${s.slice(hit.end, clause.end)}` : kindText;
    let kind = kindOverride ?? kindFor({ unit, bareMagnitude: hit.bareMagnitude }, trigger, kindWords, indicator);
    // 比2020年增长40%: growth over the whole span from a named year, a multiple (1.4×), not a yearly rate.
    if (kind === 'average-growth' && reference !== null && !/年均|平均每年|每年/.test(prefix) && /^(?:增长|提高|增加|提升)$/.test(trigger?.word ?? '')) {
      kind = 'multiple';
    }
    // 降低13.5%, 新增建设用地控制在2600万亩以内: a change or an amount over the period the statement is for.
    const changeBase = changeBaseYear(loc, year, statedYear, periodStart);
    const periodAmount = kind === 'bound' && !/^(?:%|‰|)$/.test(unit) && /新增|累计/.test(`${indicator}${clauseText}`);
    const fromYear =
      kind === 'average-growth' || kind === 'cumulative'
        ? year !== null && loc.context.period && year === loc.context.period.end
          ? loc.context.period.start
          : null
        : (kind === 'reduction' || periodAmount) && changeBase !== null
          ? changeBase + 1
          : null;

    let confidence = 0.45;
    if (entry || intensity?.id) confidence += 0.2;
    if (trigger) confidence += 0.15;
    if (statedYear !== null) confidence += 0.1;
    if (!hit.bareMagnitude) confidence += 0.05;
    if (hit.weak) confidence -= 0.1;
    if (numberFirst) confidence -= 0.1;
    if (indicator === '') confidence -= 0.2;
    confidence = round2(Math.min(0.99, Math.max(0.05, confidence)));

    out.push({
      sentence: s,
      section,
      indicator,
      value: hit.value,
      unit,
      year,
      comparison,
      kind,
      forwardLooking: !backward,
      confidence,
      upper: hit.upper,
      change: kind === 'reduction' || kind === 'average-growth' || hit.unit === '个百分点' || CHANGE_WORDS.test(trigger?.word ?? ''),
      fromYear,
      ofYear: kind === 'multiple' ? reference : kind === 'reduction' ? (reference ?? changeBase) : null,
      qualifier: qualifierOf(s, clause, hit.suffix),
      phrase: hit.phrase,
      offset: textOffset + hit.start,
      suggestion: intensity === null ? suggestionOf(entry) : intensity.id === null ? null : { id: intensity.id, zh: intensity.zh, en: intensity.en },
    });
  };

  const all = [
    ...numbers.map((n) => ({ at: n.start, run: () => emit(n, null) })),
    ...specials.map((sp) => ({
      at: sp.start,
      run: () => {
        if (sp.kind === 'all-or-nothing') {
          emitAllOrNothing(sp);
        } else {
          emit({ start: sp.start, end: sp.end, value: sp.value, unit: sp.unit, upper: null, phrase: sp.phrase, suffix: sp.phrase.endsWith('以上') ? '以上' : '', weak: false, bareMagnitude: false }, 'multiple');
        }
      },
    })),
    ...findInStep(s).map((hit) => ({ at: hit.start, run: () => emitInStep(hit) })),
  ].sort((a, b) => a.at - b.at);

  /** 居民收入增长和经济增长同步: an in-step statement, with no number of its own. */
  function emitInStep(hit: InStepHit): void {
    const clause = clauseAt(s, hit.start);
    const subject = cleanSubject(hit.subject) || hit.subject;
    const entry = lookupIndicator(subject);
    const ref = referenceEntry(hit.reference);
    const { year: statedYear, periodStart } = resolveYear(mentions, hit.start);
    const backward = isBackward(loc, statedYear, s.slice(clause.start, clause.end));
    const year = statedYear ?? (backward ? null : inheritedYear(loc));
    const changeBase = changeBaseYear(loc, year, statedYear, periodStart);
    const words = qualifierOf(s, clause, '');
    const confidence = round2(Math.min(0.95, 0.55 + (entry ? 0.15 : 0) + (ref ? 0.1 : 0) + (statedYear !== null ? 0.1 : 0)));
    out.push({
      sentence: s,
      section,
      indicator: subject,
      value: 0,
      unit: '',
      year,
      comparison: '>=',
      kind: 'in-step',
      forwardLooking: !backward,
      confidence,
      upper: null,
      change: true,
      fromYear: changeBase === null ? null : changeBase + 1,
      ofYear: null,
      qualifier: [words, hit.basic ? '基本同步' : '同步'].filter((w) => w !== null).join(' '),
      phrase: hit.phrase,
      offset: textOffset + hit.start,
      suggestion: suggestionOf(entry),
      reference: { phrase: hit.reference, suggestion: suggestionOf(ref) },
    });
  }

  function emitAllOrNothing(sp: SpecialHit): void {
    const clause = clauseAt(s, sp.start);
    const before = s.slice(clause.start, sp.start);
    const verb = /.*(?:推进|推动|实现|加快|完成|做到)/.exec(before);
    const subject = sp.objectAfter
      ? cleanSubject((s.slice(sp.end).split(/[，,。；;！!？?]/)[0] ?? '').slice(0, 40))
      : cleanSubject(verb ? before.slice(verb[0].length) : before);
    const entry = lookupIndicator(subject);
    const { year: statedYear } = resolveYear(mentions, sp.start);
    const backward = isBackward(loc, statedYear, s.slice(clause.start, clause.end));
    const year = statedYear ?? (backward ? null : inheritedYear(loc));
    let confidence = 0.5 + (entry ? 0.15 : 0) + (statedYear !== null ? 0.1 : 0) + (subject === '' ? -0.2 : 0);
    confidence = round2(Math.min(0.95, Math.max(0.05, confidence)));
    out.push({
      sentence: s,
      section,
      indicator: subject,
      value: sp.value,
      unit: sp.unit,
      year,
      comparison: '=',
      kind: 'all-or-nothing',
      forwardLooking: !backward,
      confidence,
      upper: null,
      change: false,
      fromYear: null,
      ofYear: null,
      qualifier: qualifierOf(s, clause, ''),
      phrase: sp.phrase,
      offset: textOffset + sp.start,
      suggestion: suggestionOf(entry),
    });
  }

  for (const item of all) item.run();
  return out;
}

/** Find every quantitative statement of a plan text. */
export function extractTargets(text: string): ExtractionResult {
  const guessed = guessContext(text);
  const time = documentTime(text, guessed.period?.end ?? null);
  // A work report looks back on the years before the one it is for.
  const context = time.reportYear !== null ? { ...guessed, baseYear: time.reportYear - 1 } : guessed;
  const sentences = splitSentences(text, time);
  const candidates: Candidate[] = [];
  let scope: Scope = { headings: [], forwardYear: null };
  let n = 0;
  for (const sentence of sentences) {
    if (sectionLabel(sentence.headings) !== sectionLabel(scope.headings)) {
      scope = { headings: sentence.headings, forwardYear: null };
    }
    const found = sentenceCandidates({ sentence, scope, context }, sentence.offset);
    // A stated target year carries on to the next sentences of the same section.
    for (const m of yearMentions(sentence.text)) {
      if (m.reference) continue;
      const target = context.baseYear === null ? /(?:到|至|展望)$/.test(sentence.text.slice(Math.max(0, m.start - 2), m.start)) : m.year > context.baseYear;
      if (target) scope.forwardYear = m.year;
    }
    for (const c of found) candidates.push({ id: `c${++n}`, ...c });
  }
  return { candidates, context, sentences: sentences.length };
}
