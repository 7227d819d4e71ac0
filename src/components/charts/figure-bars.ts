import type { FigureView } from '@/lib/figure-view';
import { figureValueWithPrefix } from '@/lib/figure-view';
import { markKindOf, unitAfterNumber } from '@/lib/figure-semantics';
import { formatSection } from '@/lib/sections';
import { pickText } from '@/i18n/pick-text';
import { translate } from '@/i18n/messages';
import type { Locale } from '@/i18n/locale';
import type { BarDatum } from '@/components/charts/bar-chart';

/**
 * Figures as bars: label, value, the value label with its qualifier mark, and the bar's accessible name. Only
 * levels with a value are bars (a change never shares an axis with counts); the layout never asks for others.
 */
export function figureBars(figures: readonly FigureView[], locale: Locale, options: { labelWithSection?: boolean } = {}): BarDatum[] {
  return figures.flatMap((figure) => {
    if (figure.value === undefined || figure.change) return [];
    const label = pickText(figure.label, locale);
    const section = figure.sections[0];
    const shownLabel = options.labelWithSection && section ? `${formatSection(section, locale)} ${label}` : label;
    const display = figureValueWithPrefix(figure, locale);
    const unit = unitAfterNumber(figure.unit);
    return [
      {
        key: figure.id,
        label: shownLabel,
        value: figure.value,
        display,
        mark: markKindOf(figure.qualifier),
        name: translate(locale, 'provenance.barLabel', { label: shownLabel, value: `${display}${unit ? ` ${pickText(unit, locale)}` : ''}` }),
      },
    ];
  });
}
