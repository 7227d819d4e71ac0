import { useId } from 'react';
import type { Contradiction, DraftInfo } from '@/data/report-schema';
import { useI18n } from '@/i18n/i18n-context';
import { sentenceStart } from '@/i18n/pick-text';
import { formatSection } from '@/lib/sections';
import { figureInWords, type FigureLookup } from '@/lib/figure-view';
import { useAuthorText } from '@/features/authoring/i18n/author-messages';
import type { ContradictionState, Verdict } from '@/features/authoring/model/review';
import { VerdictToggles } from '@/features/authoring/components/verdict-toggles';

// The draft's other lists: the contradictions it proposes (accept or reject each), and the numbers it read as
// not indicators (read-only; each one leads to its place in the text).

type ContradictionListProps = {
  contradictions: readonly Contradiction[];
  stateOf: (contradiction: Contradiction) => ContradictionState;
  lookup: FigureLookup;
  onVerdict: (id: string, verdict: Verdict | undefined) => void;
};

export function ContradictionList({ contradictions, stateOf, lookup, onVerdict }: ContradictionListProps) {
  const { t, locale, pick } = useI18n();
  const { a } = useAuthorText();
  const titleId = useId();
  return (
    <section className="author-list" aria-labelledby={titleId}>
      <h3 className="card__title" id={titleId}>
        {a('contradictions.title', { count: contradictions.length })}
      </h3>
      {contradictions.length === 0 ? (
        <p className="author-list__empty">{a('contradictions.none')}</p>
      ) : (
        <ul className="author-list__items">
          {contradictions.map((contradiction) => {
            const state = stateOf(contradiction);
            return (
              <li key={contradiction.id} className={`author-contradiction author-contradiction--${state}`}>
                <p className="author-contradiction__note">
                  <span className={`badge author-state author-state--${state === 'dropped' ? 'rejected' : state}`}>{sentenceStart(a(`state.${state}`))}</span>{' '}
                  {pick(contradiction.note)}
                </p>
                <ul className="author-contradiction__statements">
                  {contradiction.figureIds.map((id) => {
                    const figure = lookup.get(id);
                    return (
                      <li key={id}>
                        {figure
                          ? a('contradiction.statement', {
                              label: pick(figure.label),
                              value: figureInWords(figure, locale),
                              sections: figure.sections.map((section) => formatSection(section, locale)).join(t('source.sectionsJoiner')),
                            })
                          : id}
                      </li>
                    );
                  })}
                </ul>
                {state === 'dropped' ? (
                  <p className="author-list__empty">{a('contradiction.droppedNote')}</p>
                ) : (
                  <div className="author-actions" role="group" aria-label={a('contradiction.actions')}>
                    <VerdictToggles id={contradiction.id} verdict={state === 'accepted' || state === 'rejected' ? state : undefined} onVerdict={onVerdict} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

type NotIndicatorListProps = {
  entries: DraftInfo['notIndicators'];
  selectedIndex: number | undefined;
  register: (index: number, element: HTMLElement | null) => void;
  onShowInText: (index: number) => void;
};

export function NotIndicatorList({ entries, selectedIndex, register, onShowInText }: NotIndicatorListProps) {
  const { locale } = useI18n();
  const { a, reason } = useAuthorText();
  const titleId = useId();
  return (
    <section className="author-list" aria-labelledby={titleId}>
      <h3 className="card__title" id={titleId}>
        {a('notIndicators.title', { count: entries.length })}
      </h3>
      <p className="author-list__empty">{a('notIndicators.intro')}</p>
      <ul className="author-list__items author-list__items--compact">
        {entries.map((entry, index) => (
          <li key={index} ref={(element) => register(index, element)} tabIndex={-1} className={index === selectedIndex ? 'author-not author-not--selected' : 'author-not'}>
            <button type="button" className="author-not__open" onClick={() => onShowInText(index)} aria-label={a('notIndicators.open', { text: entry.text })}>
              <span lang="zh-CN">{entry.text}</span>
            </button>
            {a('notIndicators.reason', { reason: reason(entry.reason) })}
            {entry.section && <span className="author-not__section"> · {formatSection(entry.section, locale)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
