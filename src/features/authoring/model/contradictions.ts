import { parseSectionRef } from '@/data/section-ref';
import { labelCore } from '@/features/authoring/model/labels-and-themes';
import type { Proposal } from '@/features/authoring/model/figure-proposals';

// Two statements of one figure: the same value twice is a repetition (kept once); different values are a
// contradiction for a person to look at. Labels are compared by their core (label words without place, time
// and quantity words), since a report rarely words a figure the same way twice (执法问题通报 / 执法通报).

/** Length of the longest common subsequence of two strings (short labels, so the quadratic table is fine). */
export function commonSubsequence(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = new Array<number>(right.length + 1).fill(0);
  for (const character of left) {
    const current = new Array<number>(right.length + 1).fill(0);
    right.forEach((other, index) => {
      current[index + 1] = character === other ? (previous[index] as number) + 1 : Math.max(previous[index + 1] as number, current[index] as number);
    });
    previous = current;
  }
  return previous[right.length] as number;
}

/** True when two labels name the same quantity: one core nearly contains the other. */
export function sameQuantity(a: string, b: string): boolean {
  const left = labelCore(a);
  const right = labelCore(b);
  if (left === right) return left.length > 0;
  const shorter = Math.min([...left].length, [...right].length);
  const common = commonSubsequence(left, right);
  return common >= 4 && common >= 0.8 * shorter;
}

const isFrequency = (proposal: Proposal) => proposal.kind === 'frequency';

/** Same kind of unit: equal, or both a frequency of the same count (次/季度 and 次/月). */
function comparableUnits(a: Proposal, b: Proposal): boolean {
  if (a.unit.zh === b.unit.zh) return true;
  return isFrequency(a) && isFrequency(b) && a.unit.zh.split('/')[0] === b.unit.zh.split('/')[0];
}

function chapterOf(section: string): string {
  const levels = parseSectionRef(section);
  return levels ? `${levels.part}.${levels.chapter}` : section;
}

/** True for a second statement of an earlier figure: same quantity, value, unit and kind. */
export function isRepetition(earlier: Proposal, later: Proposal): boolean {
  if (earlier.kind !== later.kind || earlier.value !== later.value || earlier.unit.zh !== later.unit.zh) return false;
  if (earlier.change?.direction !== later.change?.direction) return false;
  if (earlier.scope?.kind !== later.scope?.kind) return false;
  return labelCore(earlier.label) === labelCore(later.label) && labelCore(earlier.label).length > 0;
}

/**
 * Pairs of proposals that state one quantity with different values (or frequencies), in different chapters of
 * the report. Within one chapter, similar labels are usually different things (整改隐患61处, 督促整改各类隐患664处).
 */
export function findContradictions(proposals: readonly Proposal[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const candidates = proposals
    .map((proposal, index) => ({ proposal, index }))
    .filter(({ proposal }) => proposal.value !== undefined && proposal.kind !== 'completion' && proposal.qualifier !== 'target');
  for (const [position, { proposal: a, index: i }] of candidates.entries()) {
    for (const { proposal: b, index: j } of candidates.slice(position + 1)) {
      if (chapterOf(a.section) === chapterOf(b.section)) continue;
      if (!comparableUnits(a, b)) continue;
      if (a.value === b.value && a.unit.zh === b.unit.zh) continue;
      if ((a.change === undefined) !== (b.change === undefined)) continue;
      if (a.scope?.kind !== b.scope?.kind) continue;
      if (sameQuantity(a.label, b.label)) pairs.push([i, j]);
    }
  }
  return pairs;
}
