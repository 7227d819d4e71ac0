import type { Change, Qualifier, Scope } from '@/data/report-schema';
import type { NumberToken } from '@/features/authoring/model/number-finder';
import type { UnitKind } from '@/features/authoring/model/units';

// How the words around a number bound it (余 → at least, 近 → about, 不到 → at most, 达 → reached), whether it
// is a change (同比下降4.49%) or an aim (力争达到95%), and the period it covers when that is not the report's
// year (累计, 今年以来, 2021年上半年, 自2020年10月以来).

export type Bound = {
  qualifier: Qualifier;
  reached: boolean;
  /** Where the figure as written starts and ends: 达470人, 700余个, 至少开展了3轮, 上万人次. */
  start: number;
  end: number;
};

const approximatelyBefore = /(?:大约|约为|约有|约|将近|接近|近)$/u;
const atLeastBefore = /(?:超过了?|超出|多于|高于|不少于|不低于|至少|最少|逾)$/u;
const atMostBefore = /(?:不到|不足|不超过|不高于|未超过|低于|少于|最多|至多)$/u;
const reachedBefore = /(?:达到了|达到|高达|多达|均达|已达|共达|累计达|分别达|达)$/u;
// 至少开展了3轮: these three may stand a short verb away from the number.
const atLeastAhead = /(?:至少|最少|不少于)(?:[\u4e00-\u9fff]{1,4}?)$/u;
const targetCue = /力争|目标|要求|确保|争取|计划|预计|拟|力求|努力|推动落实|推进落实|应当?达到|须达到|必须达到/u;
const targetVerb = /达到|达|提高到|提高至|提升到|提升至|增加到|增加至|降低到|降低至|降到|降至|控制在|不低于|不少于|不超过|保持在|覆盖/u;

const atLeastAfter = /^(?:以上|之多|有余|余|多)/u;
const approximatelyAfter = /^(?:左右|上下)/u;
const atMostAfter = /^(?:以内|以下|之内)/u;

/**
 * The qualifier of a number whose words run [clauseStart … token … unitEnd]. `between` is what stands
 * between the number and its unit (余 in 700余个), already measured by the caller as `afterNumber`.
 */
export function readBound(text: string, clauseStart: number, token: NumberToken, afterNumber: number, unitEnd: number, unitKind: UnitKind | undefined): Bound {
  const before = text.slice(clauseStart, token.start);
  const between = text.slice(token.end, afterNumber);
  let start = token.start;
  let end = unitEnd;
  let qualifier: Qualifier = 'exact';
  let reached = false;

  const hedge = token.hedge;
  if (hedge === '近') qualifier = 'approximately';
  else if (hedge) qualifier = 'atLeast';
  if (/[余多]/u.test(between) || (token.script === 'arabic' && /[余多]/u.test(token.text))) qualifier = 'atLeast';

  const after = text.slice(unitEnd, unitEnd + 3);
  const afterMatch = atLeastAfter.exec(after) ?? approximatelyAfter.exec(after) ?? atMostAfter.exec(after) ?? (unitKind === 'duration' ? /^内/u.exec(after) : null);
  if (afterMatch && qualifier === 'exact') {
    const word = afterMatch[0];
    qualifier = atLeastAfter.test(word) ? 'atLeast' : approximatelyAfter.test(word) ? 'approximately' : 'atMost';
    end = unitEnd + word.length;
  }

  const beforeMatch =
    (approximatelyBefore.exec(before) && { qualifier: 'approximately' as const, match: approximatelyBefore.exec(before) }) ||
    (atLeastBefore.exec(before) && { qualifier: 'atLeast' as const, match: atLeastBefore.exec(before) }) ||
    (atMostBefore.exec(before) && { qualifier: 'atMost' as const, match: atMostBefore.exec(before) }) ||
    (atLeastAhead.exec(before) && { qualifier: 'atLeast' as const, match: atLeastAhead.exec(before) });
  if (beforeMatch?.match) {
    qualifier = beforeMatch.qualifier;
    start = clauseStart + beforeMatch.match.index;
  }

  const reachedMatch = reachedBefore.exec(text.slice(clauseStart, start));
  if (reachedMatch) {
    if (qualifier === 'exact') reached = true;
    start = clauseStart + reachedMatch.index;
  }

  // An aim the report sets (推动落实…达到5%, 力争…提高到…): the number is a target, not a result, whatever else
  // bounds it. 按照…要求 only cites a rule, and the aim needs its verb (达到, 不低于 …) after the cue.
  const cited = before.replace(/(?:按照|根据|依照|依据|对照|按)[^，,。；;]*?要求/gu, '');
  const cue = targetCue.exec(cited);
  if (cue && targetVerb.test(cited.slice(cue.index)) && !/已|实现了|完成了/u.test(cited)) {
    return { qualifier: 'target', reached: false, start: token.start, end };
  }
  return { qualifier, reached, start, end };
}

const comparison =
  /(?:同比|环比|与上年同期相比|与去年同期相比|与上年相比|与去年相比|较上年同期|较去年同期|比上年同期|比去年同期|较上年|较去年|比上年|比去年|较上一年|较(?<yearA>\d{4})年(?:同期)?|比(?<yearB>\d{4})年(?:同期)?)/gu;
const risingWords = '增幅|涨幅|上升|增长|增加|提升|提高|上涨|回升|增';
const fallingWords = '降幅|减幅|下降|减少|降低|下滑|回落|下跌|降|减';
const directionAtEnd = new RegExp(`(?<!新)(?<word>${risingWords}|${fallingWords})(?:了|为|分别为|分别)?(?:约|近|超过|逾|达)?[-－]?$`, 'u');

export type ChangeReading = { change: Omit<Change, 'of'>; start: number };

function basisOf(marker: RegExpExecArray | undefined, year: number): Change['basis'] {
  if (!marker) return 'unstated';
  if (marker[0] === '环比') return 'periodOnPeriod';
  const compared = marker.groups?.yearA ?? marker.groups?.yearB;
  if (compared !== undefined) return Number(compared) === year - 1 ? 'yearOnYear' : 'unstated';
  return 'yearOnYear';
}

function lastComparison(text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  comparison.lastIndex = 0;
  for (let match = comparison.exec(text); match; match = comparison.exec(text)) last = match;
  return last;
}

/**
 * Whether the number at `numberStart` is a change (同比下降4.49%, 上升7.6个百分点, 较2021年增加5起), and where its
 * words start. A bare 增加/减少 before a count is a level (新增5个, 增加执法办案区10个) unless a comparison is stated.
 */
export function readChange(text: string, clauseStart: number, numberStart: number, unitKind: UnitKind | undefined, year: number): ChangeReading | undefined {
  const before = text.slice(clauseStart, numberStart);
  const direction = directionAtEnd.exec(before);
  if (!direction?.groups) return undefined;
  const word = direction.groups.word as string;
  const marker = lastComparison(before.slice(0, direction.index));
  const singleCharacter = word.length === 1;
  const shareChange = unitKind === 'percent' || unitKind === 'points';
  if (!marker) {
    if (singleCharacter) return undefined;
    if (/幅$/u.test(word)) return { change: { direction: /^[增涨]/u.test(word) ? 'increase' : 'decrease', basis: 'unstated' }, start: clauseStart + direction.index };
    if (!shareChange && word !== '上升' && word !== '下降') return undefined;
  } else if (singleCharacter && marker.index + marker[0].length !== direction.index) {
    return undefined;
  }
  // 增幅为-3%: a rise by a negative amount is a fall (the value itself is never signed).
  const negative = /[-－]$/u.test(text.slice(0, numberStart));
  const rising = new RegExp(`^(?:${risingWords})$`, 'u').test(word) !== negative;
  // The change's words start at its comparison when that stands close by (同比下降), else at the direction word.
  const markerEnd = marker ? marker.index + marker[0].length : -1;
  const start = marker && direction.index - markerEnd <= 6 ? clauseStart + marker.index : clauseStart + direction.index;
  return { change: { direction: rising ? 'increase' : 'decrease', basis: basisOf(marker, year) }, start };
}

const directionOnly = new RegExp(
  `(?:同比|环比|较上年同期|较去年同期|比上年同期|比去年同期|较上年|较去年|比上年|比去年|与上年同期相比|与去年同期相比|与上年相比|与去年相比)(?:分别|均|都|有所|明显|大幅|略有|稳步|持续)?(?:${risingWords}|${fallingWords})`,
  'gu',
);

/** Changes stated without a number (刑事立案同比下降): each match's range. The caller checks no number follows. */
export function findDirectionOnly(text: string, from: number, to: number, year: number): Array<{ start: number; end: number; change: Omit<Change, 'of'> }> {
  const found: Array<{ start: number; end: number; change: Omit<Change, 'of'> }> = [];
  const slice = text.slice(from, to);
  directionOnly.lastIndex = 0;
  for (const match of slice.matchAll(directionOnly)) {
    const written = match[0];
    const rising = new RegExp(`(?:${risingWords})$`, 'u').test(written);
    const marker = lastComparison(written);
    found.push({ start: from + match.index, end: from + match.index + written.length, change: { direction: rising ? 'increase' : 'decrease', basis: basisOf(marker, year) } });
  }
  return found;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type ScopeFound = { scope: Scope | undefined; end: number };

/**
 * The period a figure covers when the sentence before it says so. The nearest statement wins; one that names
 * the report's own year in full (2022年, 2024年1至12月) resets it, since that is the default.
 */
export function readScope(text: string, sentenceStart: number, clauseStart: number, numberStart: number, year: number): Scope | undefined {
  const sentence = text.slice(sentenceStart, numberStart);
  const clauseOffset = clauseStart - sentenceStart;
  const found: ScopeFound[] = [];
  const add = (pattern: RegExp, make: (match: RegExpExecArray) => Scope | undefined | null, within = 0) => {
    for (const match of sentence.slice(within).matchAll(new RegExp(pattern.source, 'gu'))) {
      const scope = make(match as RegExpExecArray);
      if (scope !== null) found.push({ scope, end: within + match.index + match[0].length });
    }
  };
  // The English labels are tags and the provenance card's period, so they start with a capital.
  const scope = (kind: Scope['kind'], zh: string, en?: string): Scope => ({ kind, label: en ? { zh, en } : { zh } });

  add(/累计/u, (m) => scope('cumulative', m[0], 'Cumulative'), Math.max(0, clauseOffset));
  add(/(?:今年|本年度?|年初)以来/u, (m) => scope('yearToDate', m[0], 'Year to date'));
  add(/自?((?:19|20)\d{2})年(\d{1,2})月(?:份)?(?:以来|起)/u, (m) => scope('since', m[0], `Since ${monthNames[Number(m[2]) - 1] ?? ''} ${m[1]}`.replace('  ', ' ')));
  add(/自?((?:19|20)\d{2})年(?:度)?以来/u, (m) => (Number(m[1]) === year ? scope('yearToDate', m[0], 'Year to date') : scope('since', m[0], `Since ${m[1]}`)));
  add(/((?:19|20)\d{2}年)?(上半年|下半年|前三季度|第?[一二三四]季度)/u, (m) => {
    const en = { 上半年: 'First half', 下半年: 'Second half', 前三季度: 'First three quarters' }[m[2] as '上半年'];
    const yearText = m[1] ? ` of ${m[1].slice(0, 4)}` : '';
    return scope('partOfYear', m[0], en ? `${en}${yearText}` : undefined);
  });
  add(/((?:19|20)\d{2})?年?(\d{1,2})\s*[至到\-—－~～]\s*(\d{1,2})月(?:份)?/u, (m) => {
    const periodYear = m[1] ? Number(m[1]) : year;
    if (Number(m[2]) === 1 && Number(m[3]) === 12 && periodYear === year) return undefined;
    const en = `${monthNames[Number(m[2]) - 1] ?? ''} to ${monthNames[Number(m[3]) - 1] ?? ''}${m[1] ? ` ${m[1]}` : ''}`;
    return scope('partOfYear', m[0], en);
  });
  add(/截至(?:目前|当前|今年\d{1,2}月(?:底|末)?|\d{1,2}月(?:底|末)|(?:19|20)\d{2}年\d{1,2}月(?:底|末)?)/u, (m) => {
    if (/12月/u.test(m[0])) return undefined;
    return scope('yearToDate', m[0], 'Year to date');
  });
  // 近三年, 5年来 (never 2020年以来, a year, read above).
  add(/近(?:\d{1,2}|[一二两三四五六七八九十])年(?:来|以来)?|(?<![\d])(?:\d{1,2}|[一二两三四五六七八九十])年(?:来|以来)/u, (m) => scope('other', m[0]));
  // A year standing at the head of the sentence: the report's own year resets the scope, another sets it.
  add(/^((?:19|20)\d{2})年(?:度)?(?=[，,]|[\u4e00-\u9fff])(?![\d一二三四五六七八九十上下前第]|度?以来)/u, (m) => (Number(m[1]) === year ? undefined : scope('other', m[0])));
  // （2022年为1100起）: a figure of another year, given for comparison.
  add(/((?:19|20)\d{2})年(?:同期)?(?:为|是|有|共)/u, (m) => (Number(m[1]) === year ? undefined : scope('other', m[0].replace(/[为是有共]$/u, ''))), Math.max(0, clauseOffset));
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.end - b.end);
  return found[found.length - 1]?.scope;
}
