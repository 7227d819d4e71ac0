import type { Figure, Qualifier } from '@/data/report-schema';
import type { MessageKey, PlainMessageKey } from '@/i18n/messages';
import { isPercentUnit, sameUnit } from '@/data/value-rules';

// What a figure's fields mean, in one place: every tile, chart, table, export and card asks here rather than
// testing `unit.en === '%'` or spelling out qualifier words of its own.

export { isPercentUnit, sameUnit };

/** The words for each qualifier, as a badge ("下限") and in a sentence ("不少于 700 个"). */
export const qualifierBadgeKeys: Readonly<Record<Qualifier, PlainMessageKey>> = {
  exact: 'qualifier.exact',
  atLeast: 'qualifier.atLeast',
  atMost: 'qualifier.atMost',
  approximately: 'qualifier.approximately',
  target: 'qualifier.target',
};

export const qualifierSentenceKeys = {
  exact: 'qualifier.exactWords',
  atLeast: 'qualifier.atLeastWords',
  atMost: 'qualifier.atMostWords',
  approximately: 'qualifier.approximatelyWords',
  target: 'qualifier.targetWords',
} as const satisfies Record<Qualifier, MessageKey>;

/** How a bar is drawn: solid for exact, hatched for a lower bound, open for an upper bound, faded for "about". */
export type MarkKind = 'exact' | 'atLeast' | 'atMost' | 'approximately';

export function markKindOf(qualifier: Qualifier): MarkKind {
  return qualifier === 'target' ? 'exact' : qualifier;
}

type FigureShape = Pick<Figure, 'unit' | 'qualifier'> & { value?: number | undefined; change?: Figure['change'] };

/** A level is a count or amount; a change (同比下降4.49%) is not, and never shares an axis with levels. */
export function isLevel(figure: FigureShape): figure is FigureShape & { value: number } {
  return figure.change === undefined && figure.value !== undefined;
}

/** Two figures can share a chart axis only when they are levels that count the same thing (期, 人, 起 and 件 do not mix). */
export function shareAxis(a: FigureShape, b: FigureShape): boolean {
  return isLevel(a) && isLevel(b) && sameUnit(a.unit, b.unit) && a.qualifier !== 'target' && b.qualifier !== 'target';
}

/** The unit to print after a number: nothing for a percentage, whose number already carries "%". */
export function unitAfterNumber(unit: Figure['unit']): Figure['unit'] | undefined {
  return isPercentUnit(unit) ? undefined : unit;
}
