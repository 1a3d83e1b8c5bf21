/**
 * The plans a new document starts from (新建规划 / New plan): a blank plan, templates
 * for a city's 14th and 15th Five-Year Plans, and the Xuzhou example. Templates hold the
 * indicators most plans share with their base values missing ("needs a base value") and
 * no targets: nothing in them is invented. Each JSON file is loaded when chosen and goes
 * through the one gate (validatePlan) like any file.
 */
import type { Bilingual, Plan } from '../../models/plan/plan-schema';

export type PlanTemplateId = 'blank' | 'city-14th' | 'city-15th' | 'xuzhou' | 'national-15th';

export interface PlanTemplate {
  id: PlanTemplateId;
  name: Bilingual;
  description: Bilingual;
  load(): Promise<Plan>;
}

/** The validator is imported here, with the template: neither is part of the first window. */
async function validated(id: PlanTemplateId, json: unknown): Promise<Plan> {
  const { validatePlan } = await import('../../models/plan/validate-plan');
  const result = validatePlan(json, 'en');
  if (!result.ok) {
    throw new Error(`the plan template "${id}" is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  return result.plan;
}

export const PLAN_TEMPLATES: readonly PlanTemplate[] = [
  {
    id: 'blank',
    name: { zh: '空白规划', en: 'Blank plan' },
    description: {
      zh: '只有一个指标（地区生产总值，基期值待填）、一个时期和一个空情景，其余从头填写。',
      en: 'One indicator (GDP, base value to be set), one period and an empty scenario; everything else is yours to fill in.',
    },
    load: async () => validated('blank', (await import('./blank.json')).default),
  },
  {
    id: 'city-14th',
    name: { zh: '城市“十四五”规划模板', en: 'City 14th Five-Year Plan template' },
    description: {
      zh: '基期2020年，远景2035年；时期2021—2025、2026—2030、2031—2035年。含多数规划共有的指标（地区生产总值、常住人口、人均地区生产总值、城镇化率、城乡居民收入、社会消费品零售总额、研发投入强度等），基期值待填，不含目标。',
      en: 'Base year 2020, horizon 2035; periods 2021–25, 2026–30, 2031–35. The indicators most plans share (GDP, population, GDP per capita, urbanization, incomes, retail sales, R&D share …) with base values to be set, and no targets.',
    },
    load: async () => validated('city-14th', (await import('./city-14th.json')).default),
  },
  {
    id: 'city-15th',
    name: { zh: '城市“十五五”规划模板', en: 'City 15th Five-Year Plan template' },
    description: {
      zh: '基期2025年，远景2035年；时期2026—2030、2031—2035年。指标同上，基期值待填，不含目标。',
      en: 'Base year 2025, horizon 2035; periods 2026–30, 2031–35. The same indicators, base values to be set, no targets.',
    },
    load: async () => validated('city-15th', (await import('./city-15th.json')).default),
  },
  {
    id: 'xuzhou',
    name: { zh: '徐州示例', en: 'Xuzhou example' },
    description: {
      zh: '中共徐州市委关于“十四五”规划和二〇三五年远景目标的建议：完整的指标、目标、实际数据和情景。',
      en: 'The Xuzhou recommendation for the 14th Five-Year Plan and the goals to 2035: indicators, targets, reported figures and scenarios, complete.',
    },
    load: async () => validated('xuzhou', (await import('../xuzhou-14th-fyp.json')).default),
  },
  {
    id: 'national-15th',
    name: { zh: '国家“十五五”规划纲要示例', en: 'National 15th Five-Year Plan example' },
    description: {
      zh: '《中华人民共和国国民经济和社会发展第十五个五年规划纲要》（2026年3月）：正文中的量化目标（含单位GDP能耗和二氧化碳排放强度、失业率上限、2035年人均国内生产总值比2020年翻一番），基期值和2021—2025年数据取自国家统计公报。主要指标表在原文中为图片，未收录。',
      en: 'The Outline of the 15th Five-Year Plan (March 2026): the quantitative targets of its prose (energy and CO₂ intensity, the unemployment cap, 2035 GDP per capita twice that of 2020), with base values and 2021–25 figures from the national statistical bulletins. Its table of main indicators is an image in the source and is left out.',
    },
    load: async () => validated('national-15th', (await import('../national-15th-fyp.json')).default),
  },
];

export function planTemplate(id: PlanTemplateId): PlanTemplate {
  const found = PLAN_TEMPLATES.find((t) => t.id === id);
  if (found === undefined) throw new Error(`unknown plan template: ${id}`);
  return found;
}
