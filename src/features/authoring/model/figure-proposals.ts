import type { Change, LocalizedText, Qualifier, Scope } from '@/data/report-schema';
import { openingSection } from '@/data/section-ref';
import { commaClause, listSeparators, previousClause, sentenceAround } from '@/features/authoring/model/clauses';
import { cleanLabel, endsWithVerb, fitLabel, guessTheme, labelCore, nounAfter, unitSuffix } from '@/features/authoring/model/labels-and-themes';
import { findDates, findFixedPhrases, isArticle, reasonAround, reasons, type Span } from '@/features/authoring/model/not-indicators';
import { findNumbers, type NumberToken } from '@/features/authoring/model/number-finder';
import { findDirectionOnly, readBound, readChange, readScope } from '@/features/authoring/model/qualifiers';
import { enclosureAround, inHeadingMarker, readReportText, sectionAt, type ReportText, type TextRange } from '@/features/authoring/model/report-text';
import { partRanges } from '@/features/authoring/model/structure';
import { frequencyPeriodPattern, frequencyUnit, guessUnit, readUnit, type UnitMatch } from '@/features/authoring/model/units';

// From a report's text to proposed figures, each with the offsets it was read from, and the numbers that are
// not indicators with the reason. Pure, so the review page can run it in the browser on pasted text.

type ProposalKind = 'level' | 'change' | 'directionOnly' | 'frequency' | 'completion';

export type Proposal = {
  kind: ProposalKind;
  /** The figure as written (reportedAs), as offsets into the text. */
  start: number;
  end: number;
  /** The number itself (for a direction-only change, its words). */
  numberStart: number;
  numberEnd: number;
  value?: number;
  unit: LocalizedText;
  /** True when the report prints the number with no measure word and the unit is a guess. */
  unitGuessed: boolean;
  qualifier: Qualifier;
  reached: boolean;
  change?: Omit<Change, 'of'>;
  /** Index (in `proposals`) of the level this change belongs to. */
  of?: number;
  scope?: Scope;
  clause: TextRange;
  section: string;
  label: string;
  theme: string;
  themeConfident: boolean;
  headline: boolean;
};

type NotIndicatorFound = Span & { section: string; clause: TextRange };

export type Extraction = {
  report: ReportText;
  proposals: Proposal[];
  notIndicators: NotIndicatorFound[];
};

type TokenInfo = {
  token: NumberToken;
  afterNumber: number;
  unit: UnitMatch | undefined;
  /** Not ruled out by an enclosure, date, phrase or the words around it: it may state a figure. */
  open: boolean;
};

const leadIn =
  /^(?:截至目前|目前|当前|同时|此外|其中|全年|今年以来|年初以来|近年来|上半年|下半年|前三季度|自?(?:19|20)\d{2}年(?:度)?(?:\d{1,2}(?:[至到\-—－~～]\d{1,2})?月(?:份)?)?(?:以来|上半年|下半年|前三季度|底|末)?)$/u;
// Subjects that only make sense with the activity named in the clause before (…练兵活动,参训人员上万人次).
const genericSubject = /^(?:参训人员|参训民警|参训|受训民警|受训人员|参加人员|参与人员|参会人员|参考人员|参学人员|参赛人员|涉案金额|涉案总金额|金额|人数|总人数|覆盖人数|受益群众)$/u;
const frequencyAhead = new RegExp(`每(${frequencyPeriodPattern})([^，,。；;：:、]{0,8}?)$`, 'u');
const frequencyUnits = new Set(['次', '轮', '场', '期', '批', '遍']);
const completion =
  /^(?<noun>[^，,。；;：:]{0,16}?)(?<done>已经?全部|均已|已全数|已|全部)[“"]?(?<verb>清零|办结|结案|整改到位|整改完毕|整改|化解|完成|落实|销号|清仓|侦破|破获)[”"]?/u;

const isCjk = (character: string | undefined) => character !== undefined && /[\u4e00-\u9fff”"’」』)）]/u.test(character);
const clauseEndAfter = /^(?:[，,。；;：:、）)]|和|及|与|$)/u;

function readTokens(text: string, tokens: readonly NumberToken[]): TokenInfo[] {
  return tokens.map((token) => {
    const suffix = token.percentWords ? '' : (/^[余多]/u.exec(text.slice(token.end, token.end + 1))?.[0] ?? '');
    const afterNumber = token.end + suffix.length;
    const unit: UnitMatch | undefined = token.percentWords
      ? { unit: { zh: '%', en: '%' }, kind: 'percent', start: token.end, end: token.end }
      : readUnit(text, afterNumber);
    return { token, afterNumber, unit, open: true };
  });
}

/** Reads proposals and not-indicators from a report's text. `year` is the year the report covers. */
export function extractFigures(text: string, options: { year: number }): Extraction {
  const report = readReportText(text);
  const { year } = options;
  const infos = readTokens(text, findNumbers(text));
  const dates = findDates(text);
  const phrases = findFixedPhrases(text);
  const plans = partRanges(report).filter((part) => part.kind === 'plans').map((part) => part.range);
  const inPlans = (offset: number) => plans.some((range) => offset >= range.start && offset < range.end);

  const notIndicators: NotIndicatorFound[] = [];
  const listed = new Set<string>();
  const list = (span: Span) => {
    const key = `${span.start}:${span.end}`;
    if (listed.has(key)) return;
    listed.add(key);
    const text = span.text.length > 60 ? span.text.slice(0, 60) : span.text;
    notIndicators.push({ ...span, text, section: sectionAt(report, span.start), clause: commaClause(report, span.start, span.end) });
  };

  // Fixed phrases are listed even where no number parses inside them (十四五); quotes and titles list their own.
  for (const phrase of phrases) {
    if (!enclosureAround(report, phrase.start, phrase.end, ['quote', 'title'])) list(phrase);
  }

  // First pass: rule out what is not a figure, so the second can tell which list items carry their own figure.
  for (const info of infos) {
    const { token, unit, afterNumber } = info;
    const end = unit?.end ?? afterNumber;
    if (inHeadingMarker(report, token.start)) {
      info.open = false;
      continue;
    }
    const overlapping = (spans: readonly Span[]) => spans.find((span) => token.start < span.end && token.end > span.start);
    const dateOrPhrase = overlapping(dates) ?? overlapping(phrases);
    const title = enclosureAround(report, token.start, token.end, ['title']);
    const quote = enclosureAround(report, token.start, token.end, ['quote']);
    let reason: string | 'drop' | undefined;
    if (title) {
      const span = { start: title.start, end: title.end, text: text.slice(title.start, title.end) };
      list({ ...span, reason: dates.some((date) => date.reason === reasons.yearSpan && date.start > title.start && date.end < title.end) ? reasons.planSpan : reasons.title });
      reason = 'drop';
    } else if (quote) {
      list({ start: quote.start, end: quote.end, text: text.slice(quote.start, quote.end), reason: reasons.quoted });
      reason = 'drop';
    } else if (dateOrPhrase) {
      list(dateOrPhrase);
      reason = 'drop';
    } else {
      reason = reasonAround({ text, token, unit, afterNumber });
    }
    if (reason !== undefined) {
      info.open = false;
      if (reason !== 'drop') {
        // Show the words that make it so: 第一批, 一等奖, 三级, 六家之一, 连续六年.
        const lead = /连续$/u.test(text.slice(0, token.start)) ? 2 : /[第前数几]$/u.test(text.slice(0, token.start)) ? 1 : 0;
        const keyword = /^(?:级|等奖|等功|等次|届|号|周岁|岁|年|之一|以上|以下|[A-Za-z]+)/u.exec(text.slice(end))?.[0];
        const tail = keyword ?? (unit ? '' : (/^[\u4e00-\u9fff]{0,2}/u.exec(text.slice(end))?.[0] ?? ''));
        list({ start: token.start - lead, end: end + tail.length, text: text.slice(token.start - lead, end + tail.length), reason });
      }
    }
  }

  const proposals: Proposal[] = [];

  for (const info of infos) {
    if (!info.open) continue;
    const proposal = propose(report, info, infos, proposals, year);
    if (proposal === 'drop') continue;
    if (typeof proposal === 'string') {
      const end = info.unit?.end ?? info.afterNumber;
      list({ start: info.token.start, end, text: text.slice(info.token.start, end), reason: proposal });
      continue;
    }
    if (inPlans(proposal.numberStart)) {
      list({ start: proposal.start, end: proposal.end, text: text.slice(proposal.start, proposal.end), reason: reasons.plans });
      continue;
    }
    proposals.push(proposal);
    const done = completionOf(report, proposal);
    if (done) proposals.push(done);
  }

  for (const proposal of directionOnlyChanges(report, proposals, year)) {
    if (inPlans(proposal.start)) list({ start: proposal.start, end: proposal.end, text: text.slice(proposal.start, proposal.end), reason: reasons.plans });
    else proposals.push(proposal);
  }

  // Direction-only changes were added last; put everything back in reading order, keeping `of` right.
  const order = proposals.map((_, index) => index).sort((a, b) => (proposals[a] as Proposal).start - (proposals[b] as Proposal).start || a - b);
  const newIndex = new Map(order.map((oldIndex, position) => [oldIndex, position]));
  const sorted = order.map((oldIndex) => {
    const proposal = proposals[oldIndex] as Proposal;
    return proposal.of === undefined ? proposal : { ...proposal, of: newIndex.get(proposal.of) as number };
  });
  notIndicators.sort((a, b) => a.start - b.start);
  return { report, proposals: sorted, notIndicators };
}

/** The comma clause around a number, cut at each 、 that separates two list items with their own figures. */
function clauseFor(report: ReportText, info: TokenInfo, infos: readonly TokenInfo[], end: number): TextRange {
  const { text } = report;
  const comma = commaClause(report, info.token.start, end);
  const separators = listSeparators(report, comma, info.token.start, end);
  if (separators.length === 0) return comma;
  const bounds = [comma.start, ...separators.map((offset) => offset + 1)];
  const segments = bounds.map((start, index) => ({ start, end: separators[index] ?? comma.end }));
  // A list item carries its own figure when it has an open number with a unit and words of its own before it.
  const ownFigure = (segment: TextRange) =>
    infos.some((other) => {
      if (!other.open || other.token.start < segment.start || other.token.start >= segment.end) return false;
      if (!other.unit) return false;
      const subject = text.slice(segment.start, other.token.start).replace(/[^\u4e00-\u9fff]/gu, '');
      return subject.length >= 2;
    });
  const index = segments.findIndex((segment) => info.token.start >= segment.start && info.token.start < segment.end);
  let first = index;
  while (first > 0 && !(ownFigure(segments[first - 1] as TextRange) && ownFigure(segments[first] as TextRange))) first -= 1;
  let last = index;
  while (last < segments.length - 1 && !(ownFigure(segments[last] as TextRange) && ownFigure(segments[last + 1] as TextRange))) last += 1;
  return { start: (segments[first] as TextRange).start, end: (segments[last] as TextRange).end };
}

function hasOpenNumber(infos: readonly TokenInfo[], range: TextRange): boolean {
  return infos.some((other) => other.open && other.token.start >= range.start && other.token.start < range.end);
}

/** One number → a proposal, a reason it is not an indicator, or 'drop' (a word, not a number). */
function propose(
  report: ReportText,
  info: TokenInfo,
  infos: readonly TokenInfo[],
  proposals: readonly Proposal[],
  year: number,
): Proposal | string | 'drop' {
  const { text } = report;
  const { token, afterNumber } = info;
  let unit = info.unit;
  const numberEnd = unit?.end ?? afterNumber;
  let clause = clauseFor(report, info, infos, numberEnd);
  const before = text.slice(clause.start, token.start);

  // 每季度听取一次, 每月至少听取一次: a frequency, whose 一 is a count, not an article.
  const frequency = unit && frequencyUnits.has(unit.unit.zh) ? frequencyAhead.exec(before) : null;
  if (frequency && unit) {
    const start = clause.start + frequency.index;
    const atLeast = /至少|不少于|最少/u.test(frequency[2] ?? '');
    const subject = cleanLabel(text.slice(clause.start, start));
    const verb = (frequency[2] ?? '').replace(/至少|不少于|最少|要|均/gu, '');
    const label = fitLabel(`${subject}${verb}${nounAfter(text, unit.end, clause.end)}`);
    return finish(report, {
      kind: 'frequency', start, end: unit.end, numberStart: token.start, numberEnd: token.end, value: token.value,
      unit: frequencyUnit(unit.unit.zh, frequency[1] ?? ''), unitGuessed: false, qualifier: atLeast ? 'atLeast' : 'exact', reached: false,
      clause, label, year,
    });
  }

  const change = readChange(text, clause.start, token.start, unit?.kind, year);
  const hedged = /(?:近|约|超过|逾|达|增长|下降|上升|减少|增加|提高|提升|降低)$/u.test(before);
  // 一 before a measure word is "a" (一项重大任务, 一次性告知), unless a hedge or change makes it a quantity.
  if (isArticle(token) && !change && !hedged) return 'drop';
  if (token.script === 'chinese' && !unit) return 'drop';

  let unitGuessed = false;
  if (!unit) {
    // 查处各类治安案件1326,同比上升48.6%: a number printed bare at the end of its clause, after its subject.
    const next = text.slice(afterNumber, afterNumber + 2);
    if (!clauseEndAfter.test(next) || !isCjk(text[token.start - 1])) return reasons.noUnit;
    const guess = guessUnit(cleanLabel(before));
    unit = { unit: guess.unit, kind: guess.unit.zh === '%' ? 'percent' : guess.unit.zh === '元' ? 'money' : 'count', start: afterNumber, end: afterNumber };
    unitGuessed = true;
  }

  let bound = readBound(text, clause.start, token, afterNumber, unit.end, unit.kind);
  if (change) bound = { ...bound, start: Math.min(bound.start, change.start) };

  // A change or count that needs the clause before it: 警情39665起,同比下降4.49%; …练兵活动,参训人员上万人次.
  let of: number | undefined;
  let label: string;
  const subjectRaw = text.slice(clause.start, change ? change.start : bound.start);
  const subject = cleanLabel(subjectRaw);
  const previous = previousClause(report, clause);
  // The clause a change with no subject of its own refers to: the one before it, or the words before the
  // brackets it stands in (警情42.3万起（同比下降5.6%）).
  const bracket = enclosureAround(report, token.start, token.end, ['bracket']);
  const referent = previous ?? (bracket && clause.start === bracket.start + 1 ? commaClause(report, bracket.start - 1, bracket.start) : undefined);
  if (change && (subject === '' || /^[，,、]*$/u.test(subject)) && referent) {
    const index = [...proposals.keys()].reverse().find((candidateIndex) => {
      const candidate = proposals[candidateIndex] as Proposal;
      return candidate.kind !== 'completion' && candidate.numberStart >= referent.start && candidate.numberStart < referent.end;
    });
    const referred = index === undefined ? undefined : (proposals[index] as Proposal);
    const words = text.slice(change.start, token.start).replace(/[了为约近达\-－]+$/u, '');
    if (referred && index !== undefined && referred.kind === 'level') {
      of = index;
      clause = { start: Math.min(referred.clause.start, referent.start), end: bracket ? bracket.end : clause.end };
      label = fitLabel(`${referred.label}${words}`);
      return finish(report, {
        kind: 'change', start: bound.start, end: bound.end, numberStart: token.start, numberEnd: token.end, value: token.value,
        unit: unit.unit, unitGuessed, qualifier: bound.qualifier, reached: bound.reached, change: change.change, of, clause, label, year,
      });
    }
    if (referred?.change) {
      // A second change of the same thing (降幅达15.2%,比去年同期减少36起): its subject, not its level.
      label = fitLabel(`${labelCore(referred.label)}${words}`);
      clause = { start: Math.min(referred.clause.start, referent.start), end: bracket ? bracket.end : clause.end };
      return finish(report, {
        kind: 'change', start: bound.start, end: bound.end, numberStart: token.start, numberEnd: token.end, value: token.value,
        unit: unit.unit, unitGuessed, qualifier: bound.qualifier, reached: bound.reached, change: change.change, clause, label, year,
      });
    }
  }

  // Earlier figures of the same clause: 组织全市规范执法培训10期960人, “五类”“两抢”案件发2起破2起.
  const earlier = proposals.filter((candidate) => candidate.kind !== 'completion' && candidate.clause.start === clause.start && candidate.numberStart < token.start && candidate.kind !== 'frequency');
  const last = earlier[earlier.length - 1];
  // 受理、办结行政复议案件分别为28件、26件: 分别 hands the listed subjects out to the figures in order.
  const respective = last ? respectiveSubjects(text, clause, (earlier[0] as Proposal).numberStart) : undefined;
  const position = earlier.length;
  const changeWords = (proposal: Proposal) => (proposal.change ? text.slice(proposal.start, proposal.numberStart).replace(/分别|[了为约近达]+$/gu, '') : '');
  if (respective && position < respective.length) {
    const first = earlier[0] as Proposal;
    if (position === 1) setLabel(proposals, first, `${respective[0]}${changeWords(first)}`);
  }
  if (last && !change && last.change && /^[、和及与,，]*$/u.test(text.slice(last.end, token.start))) {
    // 分别下降4.5%和6.2%: the second number shares the first one's change.
    label = fitLabel(respective && position < respective.length ? `${respective[position]}${changeWords(last)}` : last.label);
    return finish(report, {
      kind: 'change', start: token.start, end: bound.end, numberStart: token.start, numberEnd: token.end, value: token.value,
      unit: unit.unit, unitGuessed, qualifier: bound.qualifier, reached: bound.reached, change: last.change, clause, label, year,
    });
  }

  if (last) {
    // After an attributive figure (84个全区重点建设项目、31名…), its noun is not the next figure's subject.
    const lastNoun = nounAfter(text, last.end, clause.end);
    const lastAttributive = lastNoun.length >= 2 && last.label.endsWith(cleanLabel(lastNoun));
    const betweenStart = lastAttributive ? last.end + lastNoun.length : last.end;
    const between = cleanLabel(text.slice(betweenStart, change ? change.start : bound.start));
    const base = cleanLabel(text.slice(clause.start, earlier[0]?.start ?? clause.start));
    const betweenCjk = between.replace(/[^\u4e00-\u9fff]/gu, '');
    if (respective && position < respective.length) {
      label = respective[position] as string;
      // 安全感、满意度分别达98.7%、97.6%: the words before the first number bound the others too.
      if (bound.qualifier === 'exact' && !bound.reached && /^[、和及与,，]*$/u.test(text.slice(last.end, token.start))) {
        bound = { ...bound, qualifier: last.qualifier, reached: last.reached };
      }
    }
    else if (betweenCjk.length >= 2 || lastAttributive) label = between;
    else if (betweenCjk.length === 1 && /[发破抓立结收受查办]$/u.test(base)) label = `${base.slice(0, -1)}${between}`;
    else {
      label = `${base}${unitSuffix(unit.unit.zh)}`;
      // The first figure of the clause gets its unit's suffix too, so the two read apart (期数 / 人数).
      relabelFirst(proposals, earlier, base);
    }
  } else {
    label = subject;
  }

  // 确定1家县级公安机关, 省厅下发的4308件重点积案: the counted noun comes after the number.
  const afterUnit = text.slice(bound.end, bound.end + 1);
  if (!change && isCjk(afterUnit) && !/[”"’」』)）]/u.test(afterUnit) && endsWithVerb(label)) {
    const noun = cleanLabel(nounAfter(text, bound.end, clause.end));
    if (noun.length >= 2) label = `${label.replace(/的$/u, '')}${noun}`;
  } else if (!change && /^“/u.test(afterUnit) && endsWithVerb(label)) {
    // 三个“一号工程”: the quoted name is the noun.
    const close = text.indexOf('”', bound.end);
    if (close !== -1 && close < clause.end) label = `${label}${text.slice(bound.end, close + 1)}`;
  }

  if (!change && previous && genericSubject.test(subject) && !hasOpenNumber(infos, previous)) {
    const activity = text.slice(previous.start, previous.end).split(/[等的了]/u).pop() ?? '';
    label = `${cleanLabel(activity)}${subject}`;
    clause = { start: previous.start, end: clause.end };
  } else if (previous && leadIn.test(text.slice(previous.start, previous.end).trim()) && !hasOpenNumber(infos, previous)) {
    clause = { start: previous.start, end: clause.end };
  }

  if (change) label = `${label}${text.slice(change.start, token.start).replace(/[了为约近达\-－]+$/u, '')}`;
  if (label === '') label = cleanLabel(nounAfter(text, bound.end, clause.end)) || cleanLabel(text.slice(bound.end, clause.end)) || cleanLabel(text.slice(clause.start, bound.start));
  return finish(report, {
    kind: change ? 'change' : 'level', start: bound.start, end: bound.end, numberStart: token.start, numberEnd: token.end, value: token.value,
    unit: unit.unit, unitGuessed, qualifier: bound.qualifier, reached: bound.reached, ...(change ? { change: change.change } : {}), clause, label: fitLabel(label), year,
  });
}

function respectiveSubjects(text: string, clause: TextRange, firstStart: number): string[] | undefined {
  const raw = text.slice(clause.start, firstStart);
  const at = raw.indexOf('分别');
  if (at === -1) return undefined;
  const items = cleanLabel(raw.slice(0, at)).split(/、|和|及|与/u).map(cleanLabel).filter((item) => item !== '');
  return items.length >= 2 ? items : undefined;
}

function setLabel(proposals: readonly Proposal[], proposal: Proposal, label: string): void {
  const index = proposals.indexOf(proposal);
  if (index !== -1) (proposals as Proposal[])[index] = { ...proposal, label: fitLabel(label) };
}

function relabelFirst(proposals: readonly Proposal[], earlier: readonly Proposal[], base: string): void {
  const first = earlier[0];
  if (!first || earlier.length !== 1 || first.label !== fitLabel(base)) return;
  const index = proposals.indexOf(first);
  if (index === -1) return;
  (proposals as Proposal[])[index] = { ...first, label: fitLabel(`${base}${unitSuffix(first.unit.zh)}`) };
}

type Draft = Omit<Proposal, 'section' | 'theme' | 'themeConfident' | 'headline' | 'scope'> & { year: number };

function finish(report: ReportText, draft: Draft): Proposal {
  const { year, ...rest } = draft;
  const { text } = report;
  const clause = fitClause(draft.clause, draft.start, draft.end);
  const section = sectionAt(report, draft.numberStart);
  const sentence = sentenceAround(report, draft.numberStart, draft.numberEnd);
  const scope = readScope(text, sentence.start, clause.start, draft.numberStart, year);
  const clauseText = text.slice(clause.start, clause.end);
  const heading = [...report.headings].reverse().find((candidate) => candidate.start <= draft.numberStart && candidate.title !== '')?.title ?? '';
  // A label of one character (为, 破) says nothing on its own: the clause says more.
  const label = [...draft.label].length < 2 ? fitLabel(clauseText) : draft.label;
  const { theme, confident } = guessTheme(label, clauseText, heading);
  return {
    ...rest,
    clause,
    label,
    section,
    ...(scope ? { scope } : {}),
    theme,
    themeConfident: confident,
    headline: section === openingSection,
  };
}

/** A clause within the schema's 300 characters, still holding the figure as written. */
function fitClause(clause: TextRange, start: number, end: number): TextRange {
  const limit = 300;
  if (clause.end - clause.start <= limit) return clause;
  const from = Math.max(clause.start, Math.min(start, end - limit));
  return { start: from, end: Math.min(clause.end, from + limit) };
}

/** 4308件重点积案已全部“清零”: the count assigned and the count completed, both stated by one number. */
function completionOf(report: ReportText, proposal: Proposal): Proposal | undefined {
  if (proposal.kind !== 'level' || proposal.value === undefined) return undefined;
  const { text } = report;
  const match = completion.exec(text.slice(proposal.end, proposal.clause.end));
  if (!match?.groups) return undefined;
  const end = proposal.end + match[0].length;
  const noun = cleanLabel(match.groups.noun ?? '') || proposal.label;
  return {
    ...proposal,
    kind: 'completion',
    start: proposal.numberStart,
    end,
    label: fitLabel(`${noun}已${match.groups.verb ?? ''}`),
  };
}

/** 刑事立案同比下降, 逮捕率同比上升: a change with a direction and no number. */
function directionOnlyChanges(report: ReportText, proposals: readonly Proposal[], year: number): Proposal[] {
  const { text } = report;
  const found: Proposal[] = [];
  for (const paragraph of report.paragraphs) {
    for (const match of findDirectionOnly(text, paragraph.start, paragraph.end, year)) {
      if (enclosureAround(report, match.start, match.end, ['quote', 'title'])) continue;
      const clause = commaClause(report, match.start, match.end);
      // A number after the words makes it a change with a value, read already.
      const rest = text.slice(match.end, clause.end);
      if (/[0-9０-９]|[一二两三四五六七八九十百千万]+(?:个百分点|%|％|倍|[起件人次项个])/u.test(rest)) continue;
      if (proposals.some((proposal) => proposal.start <= match.start && proposal.end >= match.end)) continue;
      const subjectRaw = text.slice(clause.start, match.start);
      const level = [...proposals].reverse().find((proposal) => proposal.kind === 'level' && proposal.clause.start === clause.start && proposal.end <= match.start);
      const subject = cleanLabel(level ? '' : subjectRaw) || level?.label || '';
      if (subject.replace(/[^\u4e00-\u9fff]/gu, '').length < 2) continue;
      const unit = level ? level.unit : guessUnit(subject).unit;
      const words = text.slice(match.start, match.end);
      found.push(
        finish(report, {
          kind: 'directionOnly', start: match.start, end: match.end, numberStart: match.start, numberEnd: match.end,
          unit, unitGuessed: !level, qualifier: 'exact', reached: false, change: match.change,
          ...(level ? { of: proposals.indexOf(level) } : {}), clause, label: fitLabel(`${subject}${words.replace(/^(?:同比|环比)?/u, (marker) => marker)}`), year,
        }),
      );
    }
  }
  return found;
}

