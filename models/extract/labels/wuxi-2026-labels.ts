/**
 * The forward-looking quantitative statements of the Wuxi 2026 government work report
 * (test-data/wuxi-2026-work-report.zh.txt), labelled by hand from a reading of the text
 * before the extractor was run on it. Part 一 (the review of the 14th FYP and of 2025)
 * holds only results: nothing there is a target, so any candidate from it marked
 * forward-looking counts against precision. Part 二 sets the 2030 (十五五) and 2035 goals,
 * part 三 the 2026 goals and tasks.
 *
 * Left out on purpose: thresholds that classify (超10亿元项目, 超1000万元增资扩产项目,
 * 产值超10亿元等上台阶企业, 超50亿元, 百亿级 as a class), names and numbered policies
 * (“465”现代产业集群, 中电科58所, “13条”, “场景8条”, 地铁5号线, 312国道, “5510”整治工程,
 * “厂中厂”十五条措施, 第21届省运会, “12345”), durations (再延长30年, 三年行动), and
 * statements without a figure (水质稳定保持Ⅲ类, 碳达峰目标如期实现).
 */
import type { LabelledStatement } from './label-types';

const y2026 = (quote: string, value: number, unit: string, kind: string, comparison: LabelledStatement['comparison'] = '>='): LabelledStatement => ({
  quote,
  value,
  unit,
  forwardLooking: true,
  kind,
  comparison,
  year: 2026,
});

export const WUXI_2026_LABELS: readonly LabelledStatement[] = [
  // 二、“十五五”时期 … 目标任务: the five-year goals (2030) and 2035.
  { quote: '经济总量突破2万亿元', value: 2, unit: '万亿元', forwardLooking: true, kind: 'level', comparison: '>', year: 2030 },
  { quote: '全社会研发投入强度达3.8%', value: 3.8, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2030 },
  { quote: '占规上工业比重达46%以上', value: 46, unit: '%', forwardLooking: true, kind: 'share', comparison: '>=', year: 2030 },
  { quote: '在2020年基础上实现翻番', value: 2, unit: '倍', forwardLooking: true, kind: 'multiple', comparison: '>=', year: 2035 },
  { quote: '居民人均收入实现翻一番以上', value: 2, unit: '倍', forwardLooking: true, kind: 'multiple', comparison: '>=', year: 2035 },
  // 三、2026年主要工作: the year's expected targets.
  y2026('地区生产总值增长5%，', 5, '%', 'average-growth'),
  y2026('城镇新增就业13万人', 13, '万人', 'cumulative'),
  y2026('社会消费品零售总额增长4%左右', 4, '%', 'average-growth', '≈'),
  // The year's tasks, counted.
  y2026('加强对100个重点消费项目', 100, '个', 'count'),
  y2026('上平台30家', 30, '家', 'count'),
  y2026('上商超100家', 100, '家', 'count'),
  y2026('上连锁100家以上', 100, '家', 'count'),
  y2026('加快推进77个政府投资项目', 77, '个', 'count'),
  y2026('生产性服务业营收增长7%', 7, '%', 'average-growth'),
  y2026('制造业贷款余额突破5000亿元', 5000, '亿元', 'level', '>'),
  y2026('完成投资1500亿元以上', 1500, '亿元', 'cumulative'),
  y2026('竣工项目均达100个以上', 100, '个', 'count'),
  y2026('项目80个以上', 80, '个', 'count'),
  y2026('超50亿元15个', 15, '个', 'count'),
  y2026('百亿级3个', 3, '个', 'count'),
  y2026('增资扩产项目650个以上', 650, '个', 'count'),
  y2026('上台阶企业80家以上', 80, '家', 'count'),
  y2026('新增境内外上市企业10家', 10, '家', 'cumulative'),
  y2026('完成并购交易30单以上', 30, '单', 'cumulative'),
  y2026('“小巨人”企业80家', 80, '家', 'cumulative'),
  y2026('制造业单项冠军5家以上', 5, '家', 'cumulative'),
  y2026('新增规上工业企业500家以上', 500, '家', 'cumulative'),
  y2026('未来产业规模达到1450亿元', 1450, '亿元', 'level'),
  y2026('核心产业规模增长20%以上', 20, '%', 'average-growth'),
  y2026('打造150个', 150, '个', 'count'),
  y2026('净增高新技术企业600家以上', 600, '家', 'cumulative'),
  y2026('创成省重点实验室5家', 5, '家', 'count'),
  y2026('新建市重点实验室20家以上', 20, '家', 'cumulative'),
  y2026('做深做实11家', 11, '家', 'count'),
  y2026('6家中试服务平台', 6, '家', 'count'),
  y2026('科技型企业孵化器超20家', 20, '家', 'cumulative', '>'),
  y2026('实施100个关键技术', 100, '个', 'count'),
  y2026('新设3家以上', 3, '家', 'cumulative'),
  y2026('人才（团队）200个以上', 200, '个', 'cumulative'),
  y2026('基层高频事项突破80项', 80, '项', 'count', '>'),
  y2026('电梯加装500台', 500, '台', 'cumulative'),
  y2026('更新2200台以上', 2200, '台', 'cumulative'),
  y2026('特色活力街巷15条', 15, '条', 'count'),
  y2026('公共休憩空间30处', 30, '处', 'count'),
  y2026('公共停车泊位1.3万个以上', 1.3, '万个', 'cumulative'),
  y2026('新增耕地各1万亩以上', 1, '万亩', 'cumulative'),
  y2026('打造17个', 17, '个', 'count'),
  y2026('新增60个以上', 60, '个', 'cumulative'),
  y2026('建成521条幸福河湖', 521, '条', 'count'),
  y2026('有序建设15家', 15, '家', 'count'),
  y2026('学位供给率至70%左右', 70, '%', 'share', '≈'),
  y2026('优化提升助餐点50家', 50, '家', 'count'),
  // In-step statements (基本同步, issue 20), labelled when extraction learnt them: no number of their own (value 0, unit '').
  y2026('居民人均可支配收入与经济增长同步', 0, '', 'in-step'),
];
