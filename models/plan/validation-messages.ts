/**
 * Messages for plan-file problems, in both languages. Checks produce a code and
 * parameters; this file turns them into words.
 */
export type Lang = 'zh' | 'en';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const MESSAGES: Record<string, { zh: Template; en: Template }> = {
  'id-format': {
    zh: () => '标识只能由小写字母、数字和下划线组成，并以字母开头（如 gdp_per_capita）',
    en: () => 'an id must be lower-case letters, digits and _, starting with a letter (e.g. gdp_per_capita)',
  },
  'target-id-format': {
    zh: () => '标识只能由小写字母、数字、- 和 _ 组成（如 gdp-2035-double）',
    en: () => 'an id must be lower-case letters, digits, - and _ (e.g. gdp-2035-double)',
  },
  'number-too-small': {
    zh: (p) => `数值过小：应不小于 ${p.bound}`,
    en: (p) => `too small: must be at least ${p.bound}`,
  },
  'number-too-small-strict': {
    zh: (p) => `数值过小：应大于 ${p.bound}`,
    en: (p) => `too small: must be greater than ${p.bound}`,
  },
  'number-too-big': {
    zh: (p) => `数值过大：应不大于 ${p.bound}`,
    en: (p) => `too large: must be at most ${p.bound}`,
  },
  'number-too-big-strict': {
    zh: (p) => `数值过大：应小于 ${p.bound}`,
    en: (p) => `too large: must be less than ${p.bound}`,
  },
  magnitude: {
    zh: (p) => `数值绝对值过大（上限 ${p.limit}）`,
    en: (p) => `the number's magnitude is absurd (limit ${p.limit})`,
  },
  'segment-when': {
    zh: () => '须给出 "period"（规划期）或 "from"/"to"（年份）二者之一',
    en: () => 'give either "period" or "from" (with an optional "to"), not both',
  },
  'segment-what': {
    zh: () => '须给出 "value"（数值）或 "link"（关联）二者之一',
    en: () => 'give either "value" or "link", not both',
  },
  'file-too-large': {
    zh: (p) => `文件过大：${p.size} 字节，上限为 ${p.limit} 字节（5 MB）`,
    en: (p) => `file is too large: ${p.size} bytes, the limit is ${p.limit} bytes (5 MB)`,
  },
  'json-syntax': {
    zh: (p) => `不是有效的 JSON：${p.detail}`,
    en: (p) => `not valid JSON: ${p.detail}`,
  },
  'json-too-deep': {
    zh: (p) => `JSON 嵌套过深（超过 ${p.limit} 层，位置 ${p.offset}），不是规划文件`,
    en: (p) => `the JSON nests too deeply (more than ${p.limit} levels, at offset ${p.offset}): not a plan file`,
  },
  'not-object': {
    zh: () => '文件内容应为一个 JSON 对象',
    en: () => 'the file must contain a JSON object',
  },
  'schema-version-missing': {
    zh: () => '缺少 schemaVersion（文件格式版本）',
    en: () => 'schemaVersion (the file format version) is missing',
  },
  'schema-version-newer': {
    zh: (p) => `文件格式版本 ${p.found} 比本程序支持的 ${p.current} 新，请升级 PlanPath`,
    en: (p) => `file format version ${p.found} is newer than the ${p.current} this PlanPath supports; please upgrade`,
  },
  'schema-version-invalid': {
    zh: (p) => `文件格式版本无效：${p.found}（应为 1 至 ${p.current} 的整数）`,
    en: (p) => `invalid file format version: ${p.found} (must be a whole number from 1 to ${p.current})`,
  },
  duplicate: {
    zh: (p) => `标识“${p.id}”重复（首次出现于 ${p.first}）`,
    en: (p) => `duplicate id "${p.id}" (first used at ${p.first})`,
  },
  'reserved-id': {
    zh: (p) => `“${p.id}”是保留名称，不能用作指标标识`,
    en: (p) => `"${p.id}" is a reserved name and cannot be an indicator id`,
  },
  'reserved-name': {
    zh: () => '不能用作标识：这是保留名称（如 constructor、prototype、toString、valueOf、__proto__）',
    en: () => 'cannot be an id: it is a reserved name (such as constructor, prototype, toString, valueOf, __proto__)',
  },
  'unknown-indicator': {
    zh: (p) => `未知指标“${p.id}”`,
    en: (p) => `unknown indicator "${p.id}"`,
  },
  'unknown-unit': {
    zh: (p) => `未知单位“${p.unit}”：请使用内置单位，或在 "units" 中定义它（含中英文名称）`,
    en: (p) => `unknown unit "${p.unit}": use a built-in unit or define it in "units" (with its zh and en names)`,
  },
  'unknown-key': {
    zh: (p) => `未知字段“${p.key}”（规划文件不认识它，不会读取）`,
    en: (p) => `unknown key "${p.key}" (a plan file has no such field; it would be ignored)`,
  },
  'unknown-key-suggest': {
    zh: (p) => `未知字段“${p.key}”，是否应为“${p.suggestion}”？`,
    en: (p) => `unknown key "${p.key}": did you mean "${p.suggestion}"?`,
  },
  'unknown-key-dropped': {
    zh: (p) => `第 ${p.from} 版文件中的未知字段“${p.key}”已删除（旧版本程序同样不读取它）`,
    en: (p) => `unknown key "${p.key}" of a version ${p.from} file removed (older versions ignored it too)`,
  },
  'unknown-key-dropped-suggest': {
    zh: (p) => `第 ${p.from} 版文件中的未知字段“${p.key}”已删除（旧版本程序同样不读取它）；是否应为“${p.suggestion}”？`,
    en: (p) => `unknown key "${p.key}" of a version ${p.from} file removed (older versions ignored it too); did you mean "${p.suggestion}"?`,
  },
  'unit-built-in': {
    zh: (p) => `“${p.id}”已是内置单位，不能重新定义`,
    en: (p) => `"${p.id}" is a built-in unit and cannot be redefined`,
  },
  'unit-not-convertible': {
    zh: (p) => `目标值的单位“${p.from}”无法换算为指标的单位“${p.to}”（量纲不同）`,
    en: (p) => `the target's unit "${p.from}" cannot be converted to the indicator's unit "${p.to}" (a different dimension)`,
  },
  'unknown-period': {
    zh: (p) => `未知规划期“${p.id}”`,
    en: (p) => `unknown period "${p.id}"`,
  },
  'of-year-needs-figure': {
    zh: (p) => `参照年份 ${p.year} 早于基期 ${p.base} 年，需要该指标（或其公式中每个指标）在 ${p.year} 年有报告数，或（货币量）此后每年都有报告的实际增长率`,
    en: (p) => `the reference year ${p.year} is before the base year ${p.base}: the indicator (or every input of its formula) needs a reported figure for ${p.year} (or, for money, a reported real growth for every year since)`,
  },
  'year-out-of-range': {
    zh: (p) => `年份 ${p.year} 超出 ${p.min}–${p.max} 的范围`,
    en: (p) => `year ${p.year} is outside ${p.min}–${p.max}`,
  },
  'year-order': {
    zh: (p) => `起始年份 ${p.from} 晚于结束年份 ${p.to}`,
    en: (p) => `start year ${p.from} is after end year ${p.to}`,
  },
  'horizon-before-base': {
    zh: (p) => `规划期末 ${p.horizon} 应晚于基年 ${p.base}`,
    en: (p) => `horizon ${p.horizon} must be after the base year ${p.base}`,
  },
  'base-year-mismatch': {
    zh: (p) => `基期年份应为规划基年 ${p.expected}，实为 ${p.found}`,
    en: (p) => `base year must be the plan's base year ${p.expected}, found ${p.found}`,
  },
  'base-required': {
    zh: () => '此类指标须有基期值（未知时写 value: null，status: "missing"）',
    en: () => 'this kind of indicator needs a base (write value: null, status: "missing" when unknown)',
  },
  'base-missing-status': {
    zh: () => '基期值为空时 status 应为 "missing"',
    en: () => 'a null base value must have status "missing"',
  },
  negative: {
    zh: (p) => `总量指标不能为负：${p.value}`,
    en: (p) => `a level cannot be negative: ${p.value}`,
  },
  'share-range': {
    zh: (p) => `比重应在 0 到 100 之间：${p.value}`,
    en: (p) => `a share must be between 0 and 100: ${p.value}`,
  },
  'growth-below-minus-100': {
    zh: (p) => `增长率不能低于 −100%：${p.value}`,
    en: (p) => `a growth rate cannot be below −100%: ${p.value}`,
  },
  'points-range': {
    zh: (p) => `年变动应在 −100 到 100 个百分点之间：${p.value}`,
    en: (p) => `a yearly change must be between −100 and 100 percentage points: ${p.value}`,
  },
  'formula-required': {
    zh: () => '派生指标须有公式（formula）',
    en: () => 'a derived indicator needs a formula',
  },
  'formula-not-allowed': {
    zh: () => '只有派生指标（kind: "derived"）可以有公式',
    en: () => 'only a derived indicator (kind: "derived") may have a formula',
  },
  'formula-too-long': {
    zh: (p) => `公式过长：${p.detail}`,
    en: (p) => `formula is too long: ${p.detail}`,
  },
  'formula-syntax': {
    zh: (p) => `公式语法错误：${p.detail}`,
    en: (p) => `formula syntax error: ${p.detail}`,
  },
  'formula-unknown-name': {
    zh: (p) => `公式中有未知名称“${p.detail}”（只能引用指标标识）`,
    en: (p) => `formula uses an unknown name "${p.detail}" (only indicator ids may be used)`,
  },
  'formula-disabled-function': {
    zh: (p) => `公式调用了被禁用的函数“${p.detail}”`,
    en: (p) => `formula calls the disabled function "${p.detail}"`,
  },
  'formula-unsupported-syntax': {
    zh: (p) => `公式中有不支持的写法：${p.detail}（只允许 + − × ÷ ^、括号、min/max/abs/sqrt/exp/log/pow）`,
    en: (p) => `formula uses unsupported syntax: ${p.detail} (only + − * / ^, parentheses, min/max/abs/sqrt/exp/log/pow)`,
  },
  'formula-arity': {
    zh: (p) => `公式中函数“${p.detail}”的参数个数不对：给了 ${p.given} 个，应为 ${p.expected} 个`,
    en: (p) => `formula calls "${p.detail}" with ${p.given} argument(s); it takes ${p.expected}`,
  },
  'formula-not-finite': {
    zh: (p) => `公式在基年 ${p.year} 的值不是有限数（${p.value}），请检查除以零、对数或开方的自变量、过大的幂`,
    en: (p) => `the formula's value for the base year ${p.year} is not a finite number (${p.value}): check for division by zero, log or sqrt of a non-positive value, or a huge power`,
  },
  'formula-self-reference': {
    zh: (p) => `公式引用了指标自身“${p.detail}”`,
    en: (p) => `formula refers to its own indicator "${p.detail}"`,
  },
  cycle: {
    zh: (p) => `存在循环引用：${p.cycle}`,
    en: (p) => `circular reference: ${p.cycle}`,
  },
  'in-step-unknown-reference': {
    zh: (p) => `“基本同步”目标的参照指标“${p.id}”不在本规划的指标中`,
    en: (p) => `the reference "${p.id}" of an in-step target is not an indicator of this plan`,
  },
  'in-step-same-indicator': {
    zh: (p) => `“基本同步”目标的参照指标不能是它自己（“${p.id}”）：请选另一个指标，如地区生产总值`,
    en: (p) => `an in-step target cannot be kept in step with itself ("${p.id}"): choose another indicator, such as GDP`,
  },
  'in-step-reference-kind': {
    zh: (p) => `“基本同步”比较年均增速，参照指标“${p.id}”是${p.kind}类指标，没有增速`,
    en: (p) => `an in-step target compares average growth; the reference "${p.id}" is a ${p.kind} indicator, which has none`,
  },
  'target-kind': {
    zh: (p) => `“${p.type}”类目标不适用于${p.kind}类指标`,
    en: (p) => `a "${p.type}" target does not apply to a ${p.kind} indicator`,
  },
  'assumption-kind': {
    zh: () => '派生指标由公式计算，不能设定假设',
    en: () => 'a derived indicator is computed by its formula and takes no assumptions',
  },
  'link-kind': {
    zh: (p) => `只能关联到总量类指标，“${p.id}”不是`,
    en: (p) => `a link must point to a level indicator; "${p.id}" is not one`,
  },
};

/** The most characters of the file's own text a message quotes. */
export const MAX_QUOTE = 80;

/** Text from the file as a message quotes it: at most MAX_QUOTE characters, then "…". */
export function quote(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_QUOTE ? text : `${chars.slice(0, MAX_QUOTE - 1).join('')}…`;
}

export function formatMessage(lang: Lang, code: string, params: Params = {}): string {
  const entry = Object.hasOwn(MESSAGES, code) ? MESSAGES[code] : undefined;
  if (entry === undefined) return quote(code);
  const quoted: Params = {};
  for (const [key, value] of Object.entries(params)) quoted[key] = typeof value === 'string' ? quote(value) : value;
  return entry[lang](quoted);
}

/** The field path as people read it: indicators[3].base.value (each name quoted at most MAX_QUOTE characters). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? quote(String(part)) : `.${quote(String(part))}`;
  }
  return out === '' ? '(file)' : out;
}
