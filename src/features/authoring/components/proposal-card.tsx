import { memo, useId, useRef } from 'react';
import type { Figure, Report } from '@/data/report-schema';
import { themeOf } from '@/data/themes';
import { useI18n } from '@/i18n/i18n-context';
import { sentenceStart } from '@/i18n/pick-text';
import { LocalText } from '@/components/local-text';
import { SourceLine } from '@/components/source-line';
import { figureInWords, type FigureView } from '@/lib/figure-view';
import { useAuthorText } from '@/features/authoring/i18n/author-messages';
import { FigureEditor } from '@/features/authoring/components/figure-editor';
import { VerdictToggles } from '@/features/authoring/components/verdict-toggles';
import type { FigureState, Review, Verdict } from '@/features/authoring/model/review';

// One proposed figure: what the program read (value in words, how the report wrote it, section, clause, theme),
// and the person's decision. Accept and Reject are toggle buttons that stay where they are, so focus never jumps.

type ProposalCardProps = {
  figure: Figure;
  view: FigureView | undefined;
  state: FigureState;
  edited: boolean;
  notes: readonly string[];
  editing: boolean;
  selected: boolean;
  draft: Report;
  review: Review;
  sourceText: string;
  register: (id: string, element: HTMLElement | null) => void;
  onVerdict: (id: string, verdict: Verdict | undefined) => void;
  onEdit: (id: string | undefined) => void;
  onSaveEdit: (id: string, edited: Figure) => void;
  onUndoEdits: (id: string) => void;
  onShowInText: (id: string) => void;
  announce: (message: string) => void;
};

export const ProposalCard = memo(function ProposalCard(props: ProposalCardProps) {
  const { figure, view, state, edited, notes, editing, selected, draft, review, sourceText, register, onVerdict, onEdit, onSaveEdit, onUndoEdits, onShowInText, announce } = props;
  const { locale, pick } = useI18n();
  const { a } = useAuthorText();
  const titleId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const label = pick(figure.label);
  const closeEditor = () => {
    onEdit(undefined);
    editButton.current?.focus();
  };

  return (
    <article
      className={`author-proposal author-proposal--${state}${selected ? ' author-proposal--selected' : ''}`}
      ref={(element) => register(figure.id, element)}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-proposal-id={figure.id}
    >
      <header className="author-proposal__header">
        <h4 className="author-proposal__title" id={titleId}>
          <LocalText text={figure.label} />
        </h4>
        <span className={`badge author-state author-state--${state}`}>{sentenceStart(a(`state.${state}`))}</span>
      </header>
      <p className="author-proposal__value">{view ? sentenceStart(figureInWords(view, locale)) : figure.reportedAs}</p>
      <p className="author-proposal__meta">
        <span>{a('proposal.reportedAs', { reportedAs: figure.reportedAs })}</span>
        <span>{a('proposal.theme', { theme: pick(themeOf(figure.theme).name) })}</span>
        {figure.headline && <span>{a('proposal.headline')}</span>}
        {figure.label.en === undefined && <span>{a('proposal.noEnglish')}</span>}
      </p>
      <SourceLine sections={[figure.source.section]} />
      <blockquote className="author-proposal__clause" lang="zh-CN">
        {figure.source.clause}
      </blockquote>
      {notes.length > 0 && (
        <div className="author-proposal__notes">
          <span>{a('proposal.notes')}</span>
          <ul lang="en">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="author-actions" role="group" aria-label={a('proposal.actions', { label })}>
        {/* An edit counts as accepted: pressing accept again takes the figure back to undecided. */}
        <VerdictToggles id={figure.id} verdict={state === 'accepted' || state === 'edited' ? 'accepted' : state === 'rejected' ? 'rejected' : undefined} onVerdict={onVerdict} />
        <button ref={editButton} type="button" className="button button--quiet" aria-expanded={editing} onClick={() => onEdit(editing ? undefined : figure.id)}>
          {a('proposal.edit')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onShowInText(figure.id)}>
          {a('proposal.showInText')}
        </button>
        {edited && (
          <button type="button" className="button button--quiet" onClick={() => onUndoEdits(figure.id)}>
            {a('proposal.undoEdits')}
          </button>
        )}
      </div>
      {editing && (
        <FigureEditor
          draft={draft}
          review={review}
          figure={figure}
          sourceText={sourceText}
          announce={announce}
          onCancel={closeEditor}
          onSave={(changed) => {
            onSaveEdit(figure.id, changed);
            closeEditor();
          }}
        />
      )}
    </article>
  );
});
