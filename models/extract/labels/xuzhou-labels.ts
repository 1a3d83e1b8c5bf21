/**
 * Every quantitative statement of the Xuzhou recommendation
 * (scenarios/sources/xuzhou-14th-fyp-recommendation.zh.txt), labelled by hand from a
 * sentence-by-sentence reading. Left out on purpose: names and slogans with numbers
 * (“十七连丰”, “九连冠”, “十连冠”, 三次获评, 15年基础教育, 15分钟文化圈, 建党100周年,
 * 地铁3、4、5、6号线, 百亿级项目, 倍增行动计划, 2022-2025年行动计划).
 * year: the year the sentence itself states for the statement (else null; a target
 * sentence without one takes the year of its section, 2025 in this plan).
 */
import type { LabelledStatement } from './label-types';

export const XUZHOU_LABELS: readonly LabelledStatement[] = [
  // Backward-looking: the 13th FYP's results.
  { quote: '连续跨越6000亿和7000亿', value: 6000, unit: '亿元', forwardLooking: false, kind: 'level', comparison: '>', year: null },
  { quote: '6000亿和7000亿两个台阶', value: 7000, unit: '亿元', forwardLooking: false, kind: 'level', comparison: '>', year: null },
  { quote: '2020年达到7400亿元', value: 7400, unit: '亿元', forwardLooking: false, kind: 'level', comparison: '=', year: 2020 },
  { quote: '人均地区生产总值达8.4万元', value: 8.4, unit: '万元', forwardLooking: false, kind: 'level', comparison: '=', year: 2020 },
  { quote: '核心指标实现五年翻番', value: 2, unit: '倍', forwardLooking: false, kind: 'multiple', comparison: '=', year: null },
  { quote: '比重达47%', value: 47, unit: '%', forwardLooking: false, kind: 'share', comparison: '=', year: null },
  { quote: '高新技术企业数量达1000家', value: 1000, unit: '家', forwardLooking: false, kind: 'count', comparison: '=', year: null },
  { quote: '为2015年的4倍', value: 4, unit: '倍', forwardLooking: false, kind: 'multiple', comparison: '=', year: null },
  { quote: '产量稳超百亿斤', value: 100, unit: '亿斤', forwardLooking: false, kind: 'level', comparison: '>', year: null },
  { quote: '高标准农田占比达72%', value: 72, unit: '%', forwardLooking: false, kind: 'share', comparison: '=', year: null },
  { quote: '常住人口城镇化率达68%', value: 68, unit: '%', forwardLooking: false, kind: 'share', comparison: '=', year: null },
  { quote: '较2015年提高7个百分点', value: 7, unit: '个百分点', forwardLooking: false, kind: 'level', comparison: '=', year: null },
  { quote: '分别达到39000元和', value: 39000, unit: '元', forwardLooking: false, kind: 'level', comparison: '=', year: null },
  { quote: '39000元和 21000元', value: 21000, unit: '元', forwardLooking: false, kind: 'level', comparison: '=', year: null },
  { quote: '较2015年增长12781元', value: 12781, unit: '元', forwardLooking: false, kind: 'level', comparison: '=', year: null },
  { quote: '12781元和7018元', value: 7018, unit: '元', forwardLooking: false, kind: 'level', comparison: '=', year: null },
  { quote: '幼儿园1184所', value: 1184, unit: '所', forwardLooking: false, kind: 'cumulative', comparison: '=', year: null },
  { quote: '新增三级医院8家', value: 8, unit: '家', forwardLooking: false, kind: 'cumulative', comparison: '=', year: null },
  { quote: '、达到24家', value: 24, unit: '家', forwardLooking: false, kind: 'count', comparison: '=', year: null },
  { quote: '三甲医院达11家', value: 11, unit: '家', forwardLooking: false, kind: 'count', comparison: '=', year: null },
  { quote: '分别达到30.7%和44%', value: 30.7, unit: '%', forwardLooking: false, kind: 'share', comparison: '=', year: null },
  { quote: '30.7%和44%', value: 44, unit: '%', forwardLooking: false, kind: 'share', comparison: '=', year: null },
  // Forward-looking: targets for 2025 and 2035.
  { quote: '工业应税销售收入超万亿', value: 1, unit: '万亿元', forwardLooking: true, kind: 'level', comparison: '>', year: 2025 },
  { quote: '年均增长6.5%左右', value: 6.5, unit: '%', forwardLooking: true, kind: 'average-growth', comparison: '≈', year: 2025 },
  { quote: '跻身万亿元城市行列', value: 1, unit: '万亿元', forwardLooking: true, kind: 'level', comparison: '>=', year: 2025 },
  { quote: '常住人口城镇化率达到73%', value: 73, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '文明村镇占比达到70%', value: 70, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '优良天数占比达到80%', value: 80, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2025 },
  { quote: '新增就业人数超过35万', value: 35, unit: '万人', forwardLooking: true, kind: 'cumulative', comparison: '>', year: 2025 },
  { quote: '参保缴费率超过90%', value: 90, unit: '%', forwardLooking: true, kind: 'share', comparison: '>', year: 2025 },
  { quote: '人均可支配收入达到4万元', value: 4, unit: '万元', forwardLooking: true, kind: 'level', comparison: '>=', year: 2025 },
  { quote: '安全感指数超过98%', value: 98, unit: '%', forwardLooking: true, kind: 'share', comparison: '>', year: 2025 },
  { quote: '地区生产总值在2025年基础上实现翻一番,', value: 2, unit: '倍', forwardLooking: true, kind: 'multiple', comparison: '>=', year: 2035 },
  { quote: '实现翻一番以上', value: 2, unit: '倍', forwardLooking: true, kind: 'multiple', comparison: '>=', year: 2035 },
  { quote: '零售总额突破4500亿元', value: 4500, unit: '亿元', forwardLooking: true, kind: 'level', comparison: '>', year: 2025 },
  { quote: '高新技术企业突破3000家', value: 3000, unit: '家', forwardLooking: true, kind: 'count', comparison: '>', year: 2025 },
  { quote: '新建高标准农田255万亩', value: 255, unit: '万亩', forwardLooking: true, kind: 'cumulative', comparison: '>=', year: 2025 },
  { quote: '无害化公厕全覆盖', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  { quote: '全面消除农村黑臭水体', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  { quote: '全部改造到位', value: 100, unit: '%', forwardLooking: true, kind: 'all-or-nothing', comparison: '=', year: 2025 },
  { quote: '成片造林30万亩', value: 30, unit: '万亩', forwardLooking: true, kind: 'cumulative', comparison: '>=', year: 2025 },
  { quote: '改造山林林相3万亩', value: 3, unit: '万亩', forwardLooking: true, kind: 'cumulative', comparison: '>=', year: 2025 },
];
