import { useId, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { SceneQuery } from '@/components/scene-query';
import { useOpenProvenance } from '@/components/provenance-context';
import { useI18n } from '@/i18n/i18n-context';
import { figureInWords, formatFormula, type FigureView } from '@/lib/figure-view';
import { formatSection } from '@/lib/sections';
import { buildQualityView, type QualityStatement } from '@/features/data-quality/model/quality-view';
import { useQualityText } from '@/features/data-quality/i18n/quality-messages';

/** ?view=quality: every contradiction, every derived figure with its formula, every bound and target. */
export function QualityPage({ reportId }: { reportId: string }) {
  const { t, pick, locale } = useI18n();
  const q = useQualityText();
  const query = useQuery({ ...reportQueries.detail(reportId), select: buildQualityView });
  return (
    <SceneQuery query={query}>
      {(view) => (
        <div className="tool-page quality">
          <p className="tool-page__intro">{q('intro')}</p>
          <QualitySection title={q('contradictions', { count: view.contradictions.length })}>
            {view.contradictions.map((contradiction) => (
              <li key={contradiction.id}>
                <p>{pick(contradiction.note)}</p>
                {contradiction.statements.map((statement) => (
                  <StatementLine key={statement.figure.id} statement={statement} />
                ))}
              </li>
            ))}
          </QualitySection>
          <QualitySection title={q('derived', { count: view.derived.length })}>
            {view.derived.map((figure) => (
              <li key={figure.id}>
                <FigureName figure={figure} />
                <p>{t('derived.formula', { formula: formatFormula(figure, locale) })}</p>
                <p>
                  {t('provenance.labelled', {
                    label: t('provenance.derivedFrom'),
                    value: (figure.derived?.inputs ?? [])
                      .map((input) =>
                        q('input', {
                          label: pick(input.label),
                          value: figureInWords(input, locale),
                          sections: input.sections.map((section) => formatSection(section, locale)).join(t('source.sectionsJoiner')),
                        }),
                      )
                      .join(q('inputJoiner')),
                  })}
                </p>
              </li>
            ))}
          </QualitySection>
          <QualitySection title={q('bounds', { count: view.bounds.length })}>
            {view.bounds.map((statement) => (
              <li key={statement.figure.id}>
                <StatementLine statement={statement} />
              </li>
            ))}
          </QualitySection>
          <QualitySection title={q('targets', { count: view.targets.length })}>
            {view.targets.map((statement) => (
              <li key={statement.figure.id}>
                <StatementLine statement={statement} />
              </li>
            ))}
          </QualitySection>
        </div>
      )}
    </SceneQuery>
  );
}

function QualitySection({ title, children }: { title: string; children: ReactNode[] }) {
  const q = useQualityText();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 className="card__title" id={headingId}>
        {title}
      </h3>
      {children.length === 0 ? <p>{q('none')}</p> : <ul className="quality-list">{children}</ul>}
    </section>
  );
}

/** The figure's name: a button to its provenance card where one is available. */
function FigureName({ figure }: { figure: FigureView }) {
  const { t, pick, locale } = useI18n();
  const openProvenance = useOpenProvenance();
  const text = t('provenance.labelled', { label: pick(figure.label), value: figureInWords(figure, locale) });
  return openProvenance ? (
    <p>
      <button type="button" className="provenance__link" aria-haspopup="dialog" onClick={() => openProvenance(figure.id)}>
        {text}
        <span className="visually-hidden"> ({t('provenance.openHint')})</span>
      </button>
    </p>
  ) : (
    <p>{text}</p>
  );
}

function StatementLine({ statement }: { statement: QualityStatement }) {
  const { t, locale } = useI18n();
  const q = useQualityText();
  return (
    <>
      <FigureName figure={statement.figure} />
      <p>
        {t('provenance.labelled', { label: t('provenance.statement', { section: formatSection(statement.section, locale) }), value: '' })}
        <q lang="zh-CN">{statement.clause}</q>
        {statement.figure.reportedAs ? ` · ${q('asWritten', { reportedAs: statement.figure.reportedAs })}` : ''}
      </p>
    </>
  );
}
