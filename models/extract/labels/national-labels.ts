/**
 * Every quantitative statement of the national 14th FYP outline as copied in
 * scenarios/sources/national-14th-fyp-outline.zh.txt (prose only, no indicator table),
 * labelled by hand from a reading of the text. Left out on purpose: thresholds that
 * classify cities (城区常住人口300万以下的城市, 20万以上的特大镇), durations and names
 * (再延长30年政策, 1小时通勤圈, 十年行动方案, 400毫米降水线, 5G, E级和10E级), years
 * without a quantity (2030年前碳排放达峰, 2060年前实现碳中和, 2027年建军百年) and
 * slogans (无禁区、全覆盖、零容忍; 风险全覆盖监管框架; 全覆盖的责任制度).
 */
import type { LabelledStatement } from './label-types';

export const NATIONAL_LABELS: readonly LabelledStatement[] = [
  // Backward-looking: 第一章第一节, the 13th FYP's results.
  { quote: '国内生产总值突破100万亿元', value: 100, unit: '万亿元', forwardLooking: false, kind: 'level', comparison: '>', year: null },
  { quote: '5575万农村贫困人口', value: 5575, unit: '万人', forwardLooking: false, kind: 'cumulative', comparison: '=', year: null },
  { quote: '稳定在1.3万亿斤以上', value: 1.3, unit: '万亿斤', forwardLooking: false, kind: 'level', comparison: '>=', year: null },
  { quote: '1亿农业转移人口', value: 1, unit: '亿人', forwardLooking: false, kind: 'cumulative', comparison: '=', year: null },
  { quote: '城镇新增就业超过6000万人', value: 6000, unit: '万人', forwardLooking: false, kind: 'cumulative', comparison: '>', year: null },
  { quote: '覆盖超过13亿人', value: 13, unit: '亿人', forwardLooking: false, kind: 'count', comparison: '>', year: null },
  { quote: '覆盖近10亿人', value: 10, unit: '亿人', forwardLooking: false, kind: 'count', comparison: '≈', year: null },
  { quote: '开工超过2300万套', value: 2300, unit: '万套', forwardLooking: false, kind: 'cumulative', comparison: '>', year: null },
  // Forward-looking: 第三章 主要目标 and the chapters.
  { quote: '研发经费投入年均增长7%以上', value: 7, unit: '%', forwardLooking: true, kind: 'average-growth', comparison: '>=', year: 2025 },
  { quote: '常住人口城镇化率提高到65%', value: 65, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '分别降低13.5%', value: 13.5, unit: '%', forwardLooking: true, kind: 'reduction', comparison: '>=', year: 2025 },
  { quote: '13.5%、18%', value: 18, unit: '%', forwardLooking: true, kind: 'reduction', comparison: '>=', year: 2025 },
  { quote: '森林覆盖率提高到24.1%', value: 24.1, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '失业率控制在5.5%以内', value: 5.5, unit: '%', forwardLooking: true, kind: 'bound', comparison: '<=', year: 2025 },
  { quote: '受教育年限提高到11.3年', value: 11.3, unit: '年', forwardLooking: true, kind: 'level', comparison: '>=', year: 2025 },
  { quote: '基本养老保险参保率提高到95%', value: 95, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '人均预期寿命提高1岁', value: 1, unit: '岁', forwardLooking: true, kind: 'level', comparison: '>=', year: 2025 },
  { quote: '比重提高到8%以上', value: 8, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '占GDP比重超过17%', value: 17, unit: '%', forwardLooking: true, kind: 'share', comparison: '>', year: 2025 },
  { quote: '用户普及率提高到56%', value: 56, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '比重提高到20%左右', value: 20, unit: '%', forwardLooking: true, kind: 'share', comparison: '≈', year: 2025 },
  { quote: '严守18亿亩耕地红线', value: 18, unit: '亿亩', forwardLooking: true, kind: 'bound', comparison: '>=', year: 2025 },
  { quote: '建成10.75亿亩', value: 10.75, unit: '亿亩', forwardLooking: true, kind: 'level', comparison: '>=', year: 2025 },
  { quote: '综合机械化率提高到75%', value: 75, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '城镇基本公共服务常住人口全覆盖', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  { quote: '城市高铁全覆盖', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  { quote: '自然岸线保有率不低于35%', value: 35, unit: '%', forwardLooking: true, kind: 'bound', comparison: '>=', year: 2025 },
  { quote: '湿地保护率提高到55%', value: 55, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: 'PM2.5浓度下降10%', value: 10, unit: '%', forwardLooking: true, kind: 'reduction', comparison: '>=', year: 2025 },
  { quote: '基本消除重污染天气', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  { quote: '分别下降10%以上', value: 10, unit: '%', forwardLooking: true, kind: 'reduction', comparison: '>=', year: 2025 },
  { quote: '分别下降8%', value: 8, unit: '%', forwardLooking: true, kind: 'reduction', comparison: '>=', year: 2025 },
  { quote: '基本消除劣Ⅴ类国控断面和城市黑臭水体', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  { quote: '污水管网全覆盖', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  { quote: '无害化处置率达到90%', value: 90, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '资源化利用率超过25%', value: 25, unit: '%', forwardLooking: true, kind: 'share', comparison: '>', year: 2025 },
  { quote: '用水量下降16%左右', value: 16, unit: '%', forwardLooking: true, kind: 'reduction', comparison: '≈', year: 2025 },
  { quote: '控制在2950万亩以内', value: 2950, unit: '万亩', forwardLooking: true, kind: 'bound', comparison: '<=', year: 2025 },
  { quote: '毛入学率提高到92%以上', value: 92, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '毛入园率提高到90%以上', value: 90, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '毛入学率提高到60%', value: 60, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '注册护士数提高到3.8人', value: 3.8, unit: '人', forwardLooking: true, kind: 'level', comparison: '>=', year: 2025 },
  { quote: '护理型床位占比提高到55%', value: 55, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '社会保险法定人群全覆盖', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  { quote: '少年教育全覆盖', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  { quote: '安全生产责任保险全覆盖', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  // In-step statements (基本同步, issue 20), labelled when extraction learnt them: no number of their own (value 0, unit '').
  { quote: '居民人均可支配收入增长与国内生产总值增长基本同步', value: 0, unit: '', forwardLooking: true, kind: 'in-step', comparison: '>=', year: 2025 },
  { quote: '居民收入增长和经济增长基本同步', value: 0, unit: '', forwardLooking: true, kind: 'in-step', comparison: '>=', year: 2025 },
  { quote: '劳动报酬提高和劳动生产率提高基本同步', value: 0, unit: '', forwardLooking: true, kind: 'in-step', comparison: '>=', year: 2025 },
];
