import type { FigureView } from '@/lib/figure-view';
import { figureValueWithPrefix } from '@/lib/figure-view';
import { qualifierBadgeKeys, unitAfterNumber } from '@/lib/figure-semantics';
import { formatSection } from '@/lib/sections';
import { useI18n } from '@/i18n/i18n-context';
import { pickText, sentenceStart } from '@/i18n/pick-text';
import { useOpenProvenance } from '@/components/provenance-context';
import { LocalText } from '@/components/local-text';
import { changeWordsKey } from '@/components/qualifier-badge';

/** What kind of number a row holds, in words: "下限 · 推算 · 报告前后不一". */
function kindWords(figure: FigureView, t: ReturnType<typeof useI18n>['t']): string {
  const words = [
    figure.change ? sentenceStart(t(changeWordsKey(figure.change))) : t(qualifierBadgeKeys[figure.qualifier]),
    figure.derived ? t('derived.badge') : '',
    figure.contradiction ? t('contradiction.badge') : '',
  ];
  return words.filter(Boolean).join(t('list.separator'));
}

/** The text alternative of a chart: the same figures, qualifiers and sources as a table. */
export function FigureTable({
  title,
  figures,
  id,
  openable = true,
}: {
  title: string;
  figures: readonly FigureView[];
  id?: string;
  /** False while the table is only the chart's hidden description: no focusable buttons out of sight. */
  openable?: boolean;
}) {
  const { t, locale } = useI18n();
  const provenance = useOpenProvenance();
  const openProvenance = openable ? provenance : null;
  return (
    <table className="figure-table" id={id}>
      <caption>{t('table.caption', { title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.item')}</th>
          <th scope="col">{t('table.value')}</th>
          <th scope="col">{t('table.unit')}</th>
          <th scope="col">{t('table.qualifier')}</th>
          <th scope="col">{t('table.section')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => {
          const unit = unitAfterNumber(figure.unit);
          return (
            <tr key={figure.id} data-figure-id={figure.id}>
              <th scope="row">
                {openProvenance ? (
                  <button type="button" className="figure-table__open" aria-haspopup="dialog" onClick={() => openProvenance(figure.id)}>
                    <LocalText text={figure.label} />
                    <span className="visually-hidden"> ({t('provenance.openHint')})</span>
                  </button>
                ) : (
                  <LocalText text={figure.label} />
                )}
              </th>
              <td>{figure.value === undefined ? t('change.noValue') : figureValueWithPrefix(figure, locale)}</td>
              <td>{unit ? pickText(unit, locale) : '%'}</td>
              <td>{kindWords(figure, t)}</td>
              <td>{figure.sections.map((section) => formatSection(section, locale)).join(t('source.sectionsJoiner'))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
