import { useEffect, useId, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '@/api/report-queries';
import { useI18n } from '@/i18n/i18n-context';
import { sentenceStart } from '@/i18n/pick-text';
import { figureInWords, formatFormula } from '@/lib/figure-view';
import { formatQuotedSection } from '@/lib/sections';
import { LocalText } from '@/components/local-text';
import { QualifierBadges } from '@/components/qualifier-badge';
import { buildProvenanceCard, type Statement } from '@/features/provenance/model/provenance-card';

type ProvenanceDialogProps = {
  reportId: string;
  figureId: string;
  /** The card this one was opened from (a derived figure's input opens on top of the derived figure). */
  previous?: { figureId: string; onBack: () => void };
  onOpenFigure: (figureId: string) => void;
  onClose: () => void;
};

/** A modal card saying where one figure comes from: value in words, period, section and the quoted clause. */
export function ProvenanceDialog({ reportId, figureId, previous, onOpenFigure, onClose }: ProvenanceDialogProps) {
  const { t, pick, locale } = useI18n();

  const query = useQuery({ ...reportQueries.detail(reportId) });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const card = query.data ? buildProvenanceCard(query.data, figureId) : undefined;
  const previousCard = query.data && previous ? buildProvenanceCard(query.data, previous.figureId) : undefined;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  // Moving between cards replaces the content: put focus on the new heading so it is announced.
  useEffect(() => {
    if (card) headingRef.current?.focus();
  }, [figureId, card !== undefined]); // eslint-disable-line react-hooks/exhaustive-deps

  const close = () => dialogRef.current?.close();

  return (
    // The backdrop click is a pointer shortcut; keyboard users close with Esc (native to <dialog>) or the button.
    // eslint-disable-next-line jsx-a11y-x/click-events-have-key-events, jsx-a11y-x/no-noninteractive-element-interactions
    <dialog
      ref={dialogRef}
      className="provenance"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === dialogRef.current) close();
      }}
    >
      <div className="provenance__body">
        <header className="provenance__header">
          <p className="provenance__kicker">{t('provenance.title')}</p>
          <h2 className="provenance__title" id={titleId} ref={headingRef} tabIndex={-1}>
            {card ? pick(card.figure.label) : t('provenance.title')}
          </h2>
          <button type="button" className="button button--quiet provenance__close" onClick={close}>
            {t('provenance.close')}
          </button>
        </header>
        {previous && (
          <button type="button" className="button button--quiet provenance__back" onClick={previous.onBack}>
            {t('provenance.back', { label: previousCard ? pick(previousCard.figure.label) : previous.figureId })}
          </button>
        )}
        {!query.data ? (
          <p role="status">{query.isError ? t('state.errorTitle') : t('state.loading')}</p>
        ) : !card ? (
          <p>{t('provenance.missing')}</p>
        ) : (
          <>
            <p className="provenance__value">{sentenceStart(figureInWords(card.figure, locale))}</p>
            <QualifierBadges figure={card.figure} />
            <dl className="provenance__facts">
              <div>
                <dt>{t('provenance.unit')}</dt>
                <dd>
                  <LocalText text={card.figure.unit} />
                </dd>
              </div>
              <div>
                <dt>{t('provenance.period')}</dt>
                <dd>
                  {card.scopes.map((scope, index) => (
                    <span key={scope?.zh ?? 'report-year'}>
                      {index > 0 && t('source.sectionsJoiner')}
                      {scope ? <LocalText text={scope} /> : t('provenance.reportYear', { year: query.data?.year ?? '' })}
                    </span>
                  ))}
                </dd>
              </div>
              <div>
                <dt>{t('provenance.section')}</dt>
                <dd>{card.figure.sections.map((section) => formatQuotedSection(section, locale)).join(t('source.sectionsJoiner'))}</dd>
              </div>
              {card.figure.reportedAs && (
                <div>
                  <dt>{t('provenance.reportedAs')}</dt>
                  <dd lang="zh-CN">{card.figure.reportedAs}</dd>
                </div>
              )}
            </dl>
            {/* With a contradiction, both statements are quoted side by side below instead. */}
            {card.statement && !card.contradiction && <Quote statement={card.statement} />}
            {card.figure.derived && (
              <section className="provenance__section" aria-labelledby={`${titleId}-derived`}>
                <h3 id={`${titleId}-derived`}>{t('provenance.derivedFrom')}</h3>
                <p className="provenance__formula">{t('derived.formula', { formula: formatFormula(card.figure, locale) })}</p>
                <ul className="provenance__list">
                  {card.inputs.map((input) => (
                    <li key={input.figure.id}>
                      <button type="button" className="provenance__link" onClick={() => onOpenFigure(input.figure.id)}>
                        {t('provenance.labelled', { label: pick(input.figure.label), value: figureInWords(input.figure, locale) })}
                      </button>
                      <Quote statement={input} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {card.contradiction && (
              <section className="provenance__section provenance__conflict" aria-labelledby={`${titleId}-conflict`}>
                <h3 id={`${titleId}-conflict`}>{t('provenance.contradictionTitle')}</h3>
                <p>{pick(card.contradiction.note)}</p>
                <ul className="provenance__list">
                  {card.contradiction.statements.map((statement) => (
                    <li key={statement.figure.id}>
                      {statement.figure.id === figureId ? (
                        <strong>
                          {t('provenance.labelled', { label: pick(statement.figure.label), value: figureInWords(statement.figure, locale) })}
                        </strong>
                      ) : (
                        <button type="button" className="provenance__link" onClick={() => onOpenFigure(statement.figure.id)}>
                          {t('provenance.labelled', { label: pick(statement.figure.label), value: figureInWords(statement.figure, locale) })}
                        </button>
                      )}
                      <Quote statement={statement} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </div>
    </dialog>
  );
}

/** The clause that states a figure, quoted verbatim and marked as Chinese (the report's language). */
function Quote({ statement }: { statement: Statement }) {
  const { t, locale } = useI18n();
  const section = formatQuotedSection(statement.section, locale);
  return (
    <figure className="provenance__quote">
      <blockquote lang="zh-CN">
        <p>“{statement.clause}”</p>
      </blockquote>
      <figcaption>
        {t('provenance.clause')} · {t('provenance.statement', { section })}
      </figcaption>
    </figure>
  );
}
