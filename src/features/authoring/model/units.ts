import type { LocalizedText } from '@/data/report-schema';

// Measure words: the unit a number counts in, read from the words right after it. English names come from
// this small dictionary and only where one word fits every use; otherwise the English is left for a person.

/** `points`: a change of a share or a multiple (个百分点, 倍), never a level. */
export type UnitKind = 'count' | 'money' | 'mass' | 'length' | 'area' | 'duration' | 'percent' | 'points';

type UnitEntry = { zh: string; en?: string; kind: UnitKind };

const entries: readonly UnitEntry[] = [
  // Counts of people and visits
  { zh: '人次', en: 'attendances', kind: 'count' },
  { zh: '家次', en: 'visits', kind: 'count' },
  { zh: '户次', en: 'household visits', kind: 'count' },
  { zh: '批次', en: 'batches', kind: 'count' },
  { zh: '场次', en: 'sessions', kind: 'count' },
  { zh: '个次', kind: 'count' },
  { zh: '件次', kind: 'count' },
  { zh: '车次', kind: 'count' },
  { zh: '架次', en: 'sorties', kind: 'count' },
  { zh: '台次', kind: 'count' },
  { zh: '辆次', kind: 'count' },
  { zh: '艘次', kind: 'count' },
  { zh: '班次', kind: 'count' },
  { zh: '例次', kind: 'count' },
  { zh: '人', en: 'people', kind: 'count' },
  { zh: '名', en: 'people', kind: 'count' },
  { zh: '位', en: 'people', kind: 'count' },
  { zh: '户', en: 'households', kind: 'count' },
  // Counts of cases, items and events
  { zh: '起', en: 'cases', kind: 'count' },
  { zh: '宗', en: 'cases', kind: 'count' },
  { zh: '例', en: 'cases', kind: 'count' },
  // 件 counts cases (案件), applications (办件) or documents: the English is the person's call.
  { zh: '件', kind: 'count' },
  { zh: '项', en: 'items', kind: 'count' },
  { zh: '条', en: 'items', kind: 'count' },
  { zh: '期', kind: 'count' },
  { zh: '个', kind: 'count' },
  { zh: '家', kind: 'count' },
  { zh: '所', kind: 'count' },
  { zh: '处', en: 'places', kind: 'count' },
  { zh: '轮', en: 'rounds', kind: 'count' },
  { zh: '次', en: 'times', kind: 'count' },
  { zh: '场', en: 'sessions', kind: 'count' },
  { zh: '批', en: 'batches', kind: 'count' },
  { zh: '张', kind: 'count' },
  { zh: '份', en: 'copies', kind: 'count' },
  { zh: '篇', en: 'articles', kind: 'count' },
  { zh: '本', kind: 'count' },
  { zh: '册', kind: 'count' },
  { zh: '辆', en: 'vehicles', kind: 'count' },
  { zh: '艘', en: 'vessels', kind: 'count' },
  { zh: '架', kind: 'count' },
  { zh: '瓶', en: 'bottles', kind: 'count' },
  { zh: '门', kind: 'count' },
  { zh: '课时', en: 'class hours', kind: 'duration' },
  { zh: '学时', en: 'study hours', kind: 'duration' },
  { zh: '台', kind: 'count' },
  { zh: '套', en: 'sets', kind: 'count' },
  { zh: '部', kind: 'count' },
  { zh: '支', kind: 'count' },
  { zh: '队', en: 'teams', kind: 'count' },
  { zh: '组', en: 'groups', kind: 'count' },
  { zh: '座', kind: 'count' },
  { zh: '栋', en: 'buildings', kind: 'count' },
  { zh: '间', en: 'rooms', kind: 'count' },
  { zh: '只', kind: 'count' },
  { zh: '枚', kind: 'count' },
  { zh: '把', kind: 'count' },
  { zh: '块', kind: 'count' },
  { zh: '封', kind: 'count' },
  { zh: '遍', en: 'times', kind: 'count' },
  // Money: 万 and 亿 are read into the value, so 2841万元 is 28,410,000 元.
  { zh: '元', en: 'yuan', kind: 'money' },
  // Mass, length, area
  { zh: '公斤', en: 'kg', kind: 'mass' },
  { zh: '千克', en: 'kg', kind: 'mass' },
  { zh: '吨', en: 'tonnes', kind: 'mass' },
  { zh: '克', en: 'g', kind: 'mass' },
  { zh: '斤', kind: 'mass' },
  { zh: '平方公里', en: 'km²', kind: 'area' },
  { zh: '平方米', en: 'm²', kind: 'area' },
  { zh: '亩', kind: 'area' },
  { zh: '公里', en: 'km', kind: 'length' },
  { zh: '千米', en: 'km', kind: 'length' },
  { zh: '米', en: 'm', kind: 'length' },
  // Durations (年 is not here: N年 is a year, a span or a streak, never a counted figure)
  { zh: '个工作日', en: 'working days', kind: 'duration' },
  { zh: '工作日', en: 'working days', kind: 'duration' },
  { zh: '个小时', en: 'hours', kind: 'duration' },
  { zh: '小时', en: 'hours', kind: 'duration' },
  { zh: '分钟', en: 'minutes', kind: 'duration' },
  { zh: '个月', en: 'months', kind: 'duration' },
  { zh: '天', en: 'days', kind: 'duration' },
  { zh: '日', en: 'days', kind: 'duration' },
  { zh: '周', en: 'weeks', kind: 'duration' },
  // Shares and changes of shares
  { zh: '个百分点', en: 'percentage points', kind: 'points' },
  { zh: '百分点', en: 'percentage points', kind: 'points' },
  { zh: '%', en: '%', kind: 'percent' },
  { zh: '％', en: '%', kind: 'percent' },
  { zh: '‰', en: '‰', kind: 'percent' },
  { zh: '倍', kind: 'points' },
  // Scores (考评得分95.6分); 分别, 分局, 分析 are words, not scores.
  { zh: '分', en: 'points', kind: 'count' },
];

// Longest first, so 人次 wins over 人 and 个百分点 over 个.
const byLength = [...entries].sort((a, b) => b.zh.length - a.zh.length);

export type UnitMatch = { unit: LocalizedText; kind: UnitKind; start: number; end: number };

// A measure word that is really the first character of a word: 三部门, 期间, 起诉, 处理, 名单, 家庭, 条例.
const wordStarts: Readonly<Record<string, string>> = { 门: '户槛类诊', 架: '构', 分: '别局析类段管散钟之享工级批期布', 部: '门署', 期: '间', 起: '诉', 处: '理罚置', 名: '单', 家: '庭属', 条: '例', 组: '织', 队: '伍' };

/** The measure word starting at `offset` (after at most one space), or undefined. */
export function readUnit(text: string, offset: number): UnitMatch | undefined {
  const start = text[offset] === ' ' ? offset + 1 : offset;
  for (const entry of byLength) {
    if (!text.startsWith(entry.zh, start)) continue;
    const next = text[start + entry.zh.length];
    if (next !== undefined && wordStarts[entry.zh]?.includes(next)) return undefined;
    return { unit: unitText(entry), kind: entry.kind, start, end: start + entry.zh.length };
  }
  return undefined;
}

function unitText(entry: UnitEntry): LocalizedText {
  // The full-width ％ is written as % in the data; reportedAs keeps the report's own sign.
  const zh = entry.zh === '％' ? '%' : entry.zh;
  return entry.en === undefined ? { zh } : { zh, en: entry.en };
}

/** A unit by its Chinese name, with its English where the dictionary has one. */
function unitNamed(zh: string): LocalizedText {
  const entry = entries.find((candidate) => candidate.zh === zh);
  return entry ? unitText(entry) : { zh };
}

const periodNames: Readonly<Record<string, { zh: string; en: string }>> = {
  年: { zh: '年', en: 'year' },
  年度: { zh: '年', en: 'year' },
  半年: { zh: '半年', en: 'half-year' },
  季: { zh: '季度', en: 'quarter' },
  季度: { zh: '季度', en: 'quarter' },
  月: { zh: '月', en: 'month' },
  月度: { zh: '月', en: 'month' },
  旬: { zh: '旬', en: 'ten days' },
  周: { zh: '周', en: 'week' },
  星期: { zh: '周', en: 'week' },
  天: { zh: '日', en: 'day' },
  日: { zh: '日', en: 'day' },
};

/** A frequency's unit: 次 each 季度 → 次/季度 ("per quarter"). */
export function frequencyUnit(count: string, period: string): LocalizedText {
  const name = periodNames[period] ?? { zh: period, en: '' };
  const zh = `${count}/${name.zh}`;
  return name.en ? { zh, en: `per ${name.en}` } : { zh };
}

export const frequencyPeriodPattern = '年度|半年|季度|季|月度|月|旬|周|星期|天|日';

// Words of a label that say what it counts, for a number the report prints with no measure word.
const unitHints: ReadonlyArray<[RegExp, string]> = [
  [/率|比例|占比|比重/u, '%'],
  [/金额|资金|经费|款|损失|罚没/u, '元'],
  [/案件|案|警情|接警|报警|事故|纠纷|事件|违法|犯罪/u, '起'],
  [/人员|民警|辅警|群众|对象|嫌疑人|干部|律师|顾问|人/u, '人'],
  [/事项|任务|制度|措施|清单|项目/u, '项'],
  [/企业|单位|场所|机构|公司/u, '家'],
  [/隐患|点位|部位/u, '处'],
  [/培训|会议|活动|讲座|检查|巡查/u, '次'],
];

/** A unit guessed from the label for a number printed bare (查处各类治安案件1326,), and whether it is only a default. */
export function guessUnit(label: string): { unit: LocalizedText; fallback: boolean } {
  for (const [pattern, zh] of unitHints) if (pattern.test(label)) return { unit: unitNamed(zh), fallback: false };
  return { unit: unitNamed('个'), fallback: true };
}
