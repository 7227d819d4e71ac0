import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Figure, Report } from '@/data/report-schema';
import { useI18n } from '@/i18n/i18n-context';
import { figureLookup } from '@/lib/figure-view';
import { useAuthorText } from '@/features/authoring/i18n/author-messages';
import { draftReport, type DraftResult } from '@/features/authoring/model/draft-report';
import { reportFileName, reportFileText, sourceTextFileName } from '@/features/authoring/model/report-file';
import {
  carryOver,
  contradictionState,
  currentFigure,
  emptyReview,
  figureState,
  reviewedReport,
  reviewProgress,
  settledEdit,
  type Review,
  type Verdict,
} from '@/features/authoring/model/review';
import { markedLines, targetKey, textMarks, type MarkTarget } from '@/features/authoring/model/text-marks';
import { SourceForm, type SourceChoice, type SourceFields } from '@/features/authoring/components/source-form';
import { HighlightedText, type MarkInfo } from '@/features/authoring/components/highlighted-text';
import { ProposalCard } from '@/features/authoring/components/proposal-card';
import { ContradictionList, NotIndicatorList } from '@/features/authoring/components/review-lists';
import { FileBar } from '@/features/authoring/components/file-bar';

// ?view=author: from a report's text to a reviewed data file, in the browser and nowhere else. The extractor is
// the one `npm run data:draft` runs; the page adds the person's decisions and shows the file as the dashboard
// would. How the preview is drawn and how a file is downloaded come from the app (features never import each
// other), as `renderPreview` and `download`.

type AuthorWorkspaceProps = {
  /** The dashboard as it would show `report` (the file so far). */
  renderPreview: (report: Report) => ReactNode;
  download: (text: string, fileName: string, mimeType: string) => void;
};

type Session = { result: DraftResult; fields: SourceFields; review: Review };

const emptyFields: SourceFields = { id: '', unit: '', year: '', text: '' };

export function AuthorWorkspace({ renderPreview, download }: AuthorWorkspaceProps) {
  const { pick } = useI18n();
  const { a, reason } = useAuthorText();
  const ids = useId();
  const [session, setSession] = useState<Session>();
  const [setupOpen, setSetupOpen] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const [selected, setSelected] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const markElements = useRef(new Map<string, HTMLElement>());
  const listElements = useRef(new Map<string, HTMLElement>());
  const focusAfterRender = useRef<() => void>(undefined);
  const changeButton = useRef<HTMLButtonElement>(null);
  const textTitle = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const focus = focusAfterRender.current;
    focusAfterRender.current = undefined;
    focus?.();
  });

  const announce = useCallback((message: string) => setAnnouncement(message), []);

  const draft = session?.result.report;
  const review = session?.review ?? emptyReview;
  // The text the offsets index: the draft's own (without a byte-order mark).
  const text = session?.result.extraction.report.text ?? '';
  const result = session?.result;
  const marks = useMemo(() => (result ? textMarks(result) : []), [result]);
  const lines = useMemo(() => markedLines(text, marks), [text, marks]);
  const markOfTarget = useMemo(() => new Map(marks.flatMap((mark) => mark.targets.map((target) => [targetKey(target), mark.key] as const))), [marks]);
  const working = useMemo<Report | undefined>(
    () => draft && { ...draft, figures: draft.figures.map((figure) => currentFigure(draft, review, figure.id) as Figure) },
    [draft, review],
  );
  const lookup = useMemo(() => (working ? figureLookup(working) : undefined), [working]);
  const file = useMemo(() => (draft ? reviewedReport(draft, review) : undefined), [draft, review]);
  const progress = draft ? reviewProgress(draft, review) : undefined;
  const previewReport = useDeferredValue(file);

  // The program's notes about one figure start with its id; the others are about the whole text.
  const { notesOf, generalNotes } = useMemo(() => {
    const notes = draft?.draft?.warnings ?? [];
    const byFigure = new Map<string, string[]>();
    const general: string[] = [];
    for (const note of notes) {
      const id = /^([a-z0-9-]+): /u.exec(note)?.[1];
      if (id && draft?.figures.some((figure) => figure.id === id)) byFigure.set(id, [...(byFigure.get(id) ?? []), note.slice(id.length + 2)]);
      else general.push(note);
    }
    return { notesOf: byFigure, generalNotes: general };
  }, [draft]);

  const markInfo = useMemo(() => {
    const info = new Map<string, MarkInfo>();
    if (!working) return info;
    const notIndicators = working.draft?.notIndicators ?? [];
    for (const mark of marks) {
      const descriptions = mark.targets.map((target) => {
        if (target.kind === 'notIndicator') return a('mark.notIndicator', { reason: reason(notIndicators[target.index]?.reason ?? '') });
        const figure = working.figures.find((candidate) => candidate.id === target.id);
        return a('mark.figure', { label: figure ? pick(figure.label) : target.id, state: a(`state.${figureState(review, target.id)}`) });
      });
      const first = mark.targets[0] as MarkTarget;
      info.set(mark.key, {
        style: first.kind === 'figure' ? `figure-${figureState(review, first.id)}` : 'not',
        description: descriptions.join(a('mark.joiner')),
      });
    }
    return info;
  }, [marks, working, review, a, reason, pick]);

  const propose = (choice: SourceChoice) => {
    const result = draftReport(choice.text, { id: choice.id, unit: choice.unit, year: choice.year, ...(choice.sourceFile ? { sourceFile: choice.sourceFile } : {}) });
    const fields: SourceFields = { id: choice.id, unit: choice.unit, year: String(choice.year), text: choice.text, ...(choice.sourceFile ? { sourceFile: choice.sourceFile } : {}) };
    const previous = session;
    setSession({ result, fields, review: previous ? carryOver(previous.result.report, previous.review, result.report) : emptyReview });
    setSetupOpen(false);
    setSelected(undefined);
    setEditing(undefined);
    const counts = { figures: result.report.figures.length, notIndicators: result.report.draft?.notIndicators.length ?? 0 };
    announce(previous ? a('status.redrafted', counts) : a('status.drafted', counts));
    focusAfterRender.current = () => textTitle.current?.focus();
  };

  const labelOf = useCallback(
    (id: string) => {
      const figure = working?.figures.find((candidate) => candidate.id === id);
      return figure ? pick(figure.label) : id;
    },
    [working, pick],
  );

  const updateReview = useCallback((change: (review: Review, draft: Report) => Review) => {
    setSession((current) => current && { ...current, review: change(current.review, current.result.report) });
  }, []);

  const without = <T,>(record: Readonly<Record<string, T>>, id: string) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));

  const onVerdict = useCallback(
    (id: string, verdict: Verdict | undefined) => {
      updateReview((current) => ({ ...current, figures: verdict ? { ...current.figures, [id]: verdict } : without(current.figures, id) }));
      const label = labelOf(id);
      announce(verdict === 'accepted' ? a('status.accepted', { label }) : verdict === 'rejected' ? a('status.rejected', { label }) : a('status.undone', { label }));
    },
    [updateReview, labelOf, announce, a],
  );

  const onSaveEdit = useCallback(
    (id: string, edited: Figure) => {
      updateReview((current, draftReport) => {
        const original = draftReport.figures.find((figure) => figure.id === id) as Figure;
        const kept = settledEdit(original, edited);
        return { ...current, figures: { ...current.figures, [id]: 'accepted' }, edits: kept ? { ...current.edits, [id]: kept } : without(current.edits, id) };
      });
      announce(a('status.edited', { label: pick(edited.label) }));
    },
    [updateReview, announce, a, pick],
  );

  const onUndoEdits = useCallback(
    (id: string) => {
      updateReview((current) => ({ ...current, edits: without(current.edits, id) }));
      announce(a('status.editsUndone', { label: labelOf(id) }));
    },
    [updateReview, announce, a, labelOf],
  );

  const onContradiction = useCallback(
    (id: string, verdict: Verdict | undefined) => {
      updateReview((current) => ({ ...current, contradictions: verdict ? { ...current.contradictions, [id]: verdict } : without(current.contradictions, id) }));
      announce(a(verdict === 'accepted' ? 'status.contradictionAccepted' : verdict === 'rejected' ? 'status.contradictionRejected' : 'status.contradictionUndone'));
    },
    [updateReview, announce, a],
  );

  const focusInText = useCallback(
    (target: MarkTarget) => {
      const key = targetKey(target);
      setSelected(key);
      const mark = markOfTarget.get(key);
      if (mark) markElements.current.get(mark)?.focus();
    },
    [markOfTarget],
  );
  const onShowFigure = useCallback((id: string) => focusInText({ kind: 'figure', id }), [focusInText]);
  const onShowNotIndicator = useCallback((index: number) => focusInText({ kind: 'notIndicator', index }), [focusInText]);

  // Selecting a mark in the text opens its entry in the list: the proposal card, or the not-indicator's line.
  const onSelectMark = useCallback((target: MarkTarget) => {
    const key = targetKey(target);
    setSelected(key);
    listElements.current.get(key)?.focus();
  }, []);

  const registerMark = useCallback((key: string, element: HTMLElement | null) => {
    if (element) markElements.current.set(key, element);
    else markElements.current.delete(key);
  }, []);
  const registerFigure = useCallback((id: string, element: HTMLElement | null) => {
    if (element) listElements.current.set(`figure:${id}`, element);
    else listElements.current.delete(`figure:${id}`);
  }, []);
  const registerNotIndicator = useCallback((index: number, element: HTMLElement | null) => {
    if (element) listElements.current.set(`not:${index}`, element);
    else listElements.current.delete(`not:${index}`);
  }, []);

  const onDownload = () => {
    if (!file) return;
    download(reportFileText(file), reportFileName(file), 'application/json');
    announce(a('status.downloaded', { file: reportFileName(file) }));
  };
  const onDownloadText = () => {
    if (!file) return;
    download(text, sourceTextFileName(file), 'text/plain;charset=utf-8');
    announce(a('status.downloaded', { file: sourceTextFileName(file) }));
  };

  const selectedNot = selected?.startsWith('not:') ? Number(selected.slice(4)) : undefined;

  return (
    <div className="tool-page author">
      <p className="tool-page__intro">{a('author.intro')}</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {setupOpen || !session ? (
        <SourceForm
          key={session ? 'again' : 'first'}
          initial={session?.fields ?? emptyFields}
          onPropose={propose}
          onCancel={
            session
              ? () => {
                  setSetupOpen(false);
                  focusAfterRender.current = () => changeButton.current?.focus();
                }
              : undefined
          }
          announce={announce}
        />
      ) : (
        <div className="card author-summary">
          <p>
            {a('setup.summary', {
              id: session.fields.id,
              unit: session.fields.unit,
              year: session.fields.year,
              source: session.fields.sourceFile ?? a('setup.pasted'),
            })}
          </p>
          <button ref={changeButton} type="button" className="button button--quiet" onClick={() => setSetupOpen(true)}>
            {a('setup.change')}
          </button>
        </div>
      )}
      {session && !setupOpen && draft && working && lookup && file && progress && (
        <div className="author-review">
          <section className="card author-review__text" aria-labelledby={`${ids}-text`}>
            <h3 className="card__title" id={`${ids}-text`} ref={textTitle} tabIndex={-1}>
              {a('text.title')}
            </h3>
            <p className="author-legend">
              <span className="author-mark author-mark--figure-proposed">{a('text.legendFigure')}</span>
              <span className="author-mark author-mark--not">{a('text.legendNot')}</span>
              <span className="author-mark author-mark--figure-accepted">{a('text.legendAccepted')}</span>
              <span className="author-mark author-mark--figure-rejected">{a('text.legendRejected')}</span>
            </p>
            <p className="author-field__hint">{a('text.keys')}</p>
            <HighlightedText
              lines={lines}
              info={markInfo}
              selectedKey={selected}
              onSelect={onSelectMark}
              register={registerMark}
              label={a('text.regionLabel')}
            />
          </section>
          <div className="author-review__lists">
            <section className="author-list" aria-labelledby={`${ids}-proposals`}>
              <h3 className="card__title" id={`${ids}-proposals`}>
                {a('proposals.title', { count: draft.figures.length })}
              </h3>
              <p className="author-list__progress">
                {a('proposals.progress', {
                  done: progress.accepted + progress.edited + progress.rejected,
                  total: progress.figures,
                  accepted: progress.accepted,
                  edited: progress.edited,
                  rejected: progress.rejected,
                })}
              </p>
              {draft.figures.length === 0 ? (
                <p className="author-list__empty">{a('proposals.none')}</p>
              ) : (
                <ol className="author-list__items">
                  {working.figures.map((figure) => (
                    <li key={figure.id}>
                      <ProposalCard
                        figure={figure}
                        view={lookup.get(figure.id)}
                        state={figureState(review, figure.id)}
                        edited={review.edits[figure.id] !== undefined}
                        notes={notesOf.get(figure.id) ?? noNotes}
                        editing={editing === figure.id}
                        selected={selected === `figure:${figure.id}`}
                        draft={draft}
                        review={review}
                        sourceText={text}
                        register={registerFigure}
                        onVerdict={onVerdict}
                        onEdit={setEditing}
                        onSaveEdit={onSaveEdit}
                        onUndoEdits={onUndoEdits}
                        onShowInText={onShowFigure}
                        announce={announce}
                      />
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <ContradictionList
              contradictions={draft.contradictions}
              stateOf={(contradiction) => contradictionState(review, contradiction)}
              lookup={lookup}
              onVerdict={onContradiction}
            />
            <NotIndicatorList entries={draft.draft?.notIndicators ?? []} selectedIndex={selectedNot} register={registerNotIndicator} onShowInText={onShowNotIndicator} />
            {generalNotes.length > 0 && (
              <details className="author-notes">
                <summary>{a('warnings.title', { count: generalNotes.length })}</summary>
                <ul lang="en">
                  {generalNotes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          <div className="author-review__side">
            <section className="card author-preview" aria-labelledby={`${ids}-preview`}>
              <h3 className="card__title" id={`${ids}-preview`}>
                {a('preview.title')}
              </h3>
              <p className="author-field__hint">{a('preview.intro')}</p>
              {previewReport && renderPreview(previewReport)}
            </section>
            <FileBar
              file={file}
              progress={progress}
              markReviewed={review.markReviewed}
              onMarkReviewed={(reviewed) => {
                updateReview((current) => ({ ...current, markReviewed: reviewed }));
                announce(a(reviewed ? 'status.reviewed' : 'status.draftAgain'));
              }}
              onDownload={onDownload}
              onDownloadText={onDownloadText}
            />
          </div>
        </div>
      )}
    </div>
  );
}

const noNotes: readonly string[] = [];
