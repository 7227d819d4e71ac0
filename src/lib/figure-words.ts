import type { Qualifier } from '@/data/report-schema';
import { formatNumber, formatPercent } from '@/lib/format';
import { translate } from '@/i18n/messages';
import type { Locale } from '@/i18n/locale';

type WordableFigure = { value: number; qualifier: Qualifier; unit: { zh: string; en: string } };

/** A figure with its qualifier in words and its unit: "at least 700 problems", "不少于 700 个", "target 5%". */
export function figureInWords(figure: WordableFigure, locale: Locale): string {
  const isPercent = figure.unit.en === '%';
  const number = isPercent ? formatPercent(figure.value, locale) : formatNumber(figure.value, locale);
  const withUnit = isPercent ? number : `${number} ${figure.unit[locale]}`;
  switch (figure.qualifier) {
    case 'atLeast':
      return translate(locale, 'qualifier.atLeastWords', { value: withUnit });
    case 'target':
      return translate(locale, 'qualifier.targetWords', { value: withUnit });
    case 'exact':
      return withUnit;
  }
}
