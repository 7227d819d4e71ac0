import type { FigureView } from '@/lib/figure-view';
import { formatFigureValue } from '@/lib/format';
import { useI18n } from '@/i18n/i18n-context';
import type { MessageKey } from '@/i18n/messages';
import { useOpenProvenance } from '@/components/provenance-context';

const qualifierWords: Record<FigureView['qualifier'], MessageKey> = {
  exact: 'qualifier.exact',
  atLeast: 'qualifier.atLeast',
  target: 'qualifier.target',
};

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
  const { t, pick, locale } = useI18n();
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
        {figures.map((figure) => (
          <tr key={figure.id} data-figure-id={figure.id}>
            <th scope="row">
              {openProvenance ? (
                <button type="button" className="figure-table__open" aria-haspopup="dialog" onClick={() => openProvenance(figure.id)}>
                  {pick(figure.label)}
                  <span className="visually-hidden"> ({t('provenance.openHint')})</span>
                </button>
              ) : (
                pick(figure.label)
              )}
            </th>
            <td>{formatFigureValue(figure, locale)}</td>
            <td>{figure.unit.en === '%' ? '%' : pick(figure.unit)}</td>
            <td>
              {figure.derived ? t('derived.badge') : t(qualifierWords[figure.qualifier])}
              {figure.contradiction ? ` · ${t('contradiction.badge')}` : ''}
            </td>
            <td>{figure.sections.join(t('source.sectionsJoiner'))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
