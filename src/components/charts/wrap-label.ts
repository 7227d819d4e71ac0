import { chartLayout } from '@/components/charts/chart-layout';
import { widthEm } from '@/lib/text-width';

// Category labels are phrases (执法骨干大轮训等实战练兵参训): where one needs more than one line, a reader should
// see whole words on each, as a typesetter would break them, not a word cut in two ("大轮/训").

type Token = { text: string; spaced: boolean; start: number };

const cjk = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
const closingPunctuation = /[，、；：。！？）)」』”’·/]$/u;
const openingPunctuation = /^[（(「『“‘]/u;
/** Characters a phrase joins its parts with (A等B, A与B): a break after one keeps both parts whole. */
const joiningCharacters = new Set(['等', '与', '和', '及', '或', '的']);

// What a break costs, by where it falls; a line a character longer or shorter than the even length costs 1
// (the square of the difference, in em). After 等 or 与 is nearly as good a place as after a comma.
const breakCost = { free: 0, joint: 0.5, betweenWords: 3, mixed: 3, uncertain: 5, insideWord: 8 } as const;

const wordSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

function tokensOf(label: string): Token[] {
  // A Chinese character, or a run of other non-space characters; `spaced` keeps the space before it.
  return [...label.matchAll(/(\s*)([\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF-]+-?|-)/gu)].map((match) => ({
    text: match[2] ?? '',
    spaced: (match[1] ?? '') !== '',
    start: (match.index ?? 0) + (match[1] ?? '').length,
  }));
}

/**
 * The cost of a break before each token (index 0 unused). Between Chinese characters it asks the word
 * segmenter, which is sure of multi-character words (执法|骨干) and less so of single characters (轮|训).
 */
function breakCosts(label: string, tokens: readonly Token[]): number[] {
  const wordLength = new Map<number, number>();
  const wordEnds = new Map<number, number>();
  for (const word of wordSegmenter?.segment(label) ?? []) {
    wordLength.set(word.index, word.segment.length);
    wordEnds.set(word.index + word.segment.length, word.segment.length);
  }
  return tokens.map((token, index) => {
    const before = tokens[index - 1];
    if (!before) return 0;
    if (token.spaced || closingPunctuation.test(before.text) || openingPunctuation.test(token.text)) return breakCost.free;
    if (before.text.endsWith('-') || joiningCharacters.has(before.text)) return breakCost.joint;
    if (!cjk.test(before.text) || !cjk.test(token.text)) return breakCost.mixed;
    if (!wordSegmenter) return breakCost.uncertain;
    const next = wordLength.get(token.start);
    const previous = wordEnds.get(token.start);
    if (next === undefined || previous === undefined) return breakCost.insideWord;
    return next >= 2 && previous >= 2 ? breakCost.betweenWords : breakCost.uncertain;
  });
}

/**
 * Breaks a label into lines of at most `maxEm` (about maxEm Chinese characters): between words where there
 * are spaces, after hyphens, between Chinese characters, never inside a Latin word. It takes as few lines as
 * the label needs and, among the ways to fill them, the one whose breaks fall best (after punctuation or 等,
 * between words) with lines of even length, as CSS text-wrap: balance would, so no line holds one character.
 */
export function wrapLabel(label: string, maxEm: number = chartLayout.labelCharsPerLine): string[] {
  const text = label.trim();
  const tokens = tokensOf(text);
  if (tokens.length === 0) return [];
  const lineText = (from: number, to: number) => tokens.slice(from, to).map((token, index) => (index > 0 && token.spaced ? ` ${token.text}` : token.text)).join('');
  const fits = (from: number, to: number) => to - from === 1 || widthEm(lineText(from, to)) <= maxEm;
  // The fewest lines: greedy filling finds them.
  let lines = 0;
  for (let start = 0; start < tokens.length; lines += 1) {
    let end = start + 1;
    while (end < tokens.length && fits(start, end + 1)) end += 1;
    start = end;
  }
  if (lines < 2) return [lineText(0, tokens.length)];
  const costs = breakCosts(text, tokens);
  const evenEm = widthEm(text) / lines;
  // best[k][j]: the cheapest way to set the first j tokens on k lines, and where its last line starts.
  const best: { cost: number; from: number }[][] = Array.from({ length: lines + 1 }, () => []);
  best[0]![0] = { cost: 0, from: -1 };
  for (let k = 1; k <= lines; k += 1) {
    for (let end = k; end <= tokens.length; end += 1) {
      for (let start = k - 1; start < end; start += 1) {
        const before = best[k - 1]![start];
        if (!before || !fits(start, end)) continue;
        const cost = before.cost + (start > 0 ? costs[start]! : 0) + (widthEm(lineText(start, end)) - evenEm) ** 2;
        const current = best[k]![end];
        if (!current || cost < current.cost) best[k]![end] = { cost, from: start };
      }
    }
  }
  const result: string[] = [];
  for (let k = lines, end = tokens.length; k > 0; k -= 1) {
    const start = best[k]![end]!.from;
    result.unshift(lineText(start, end));
    end = start;
  }
  return result;
}
