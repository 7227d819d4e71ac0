import { useId } from 'react';
import type { Report } from '@/data/report-schema';
import { useAuthorText } from '@/features/authoring/i18n/author-messages';
import { reportFileName, sourceTextFileName } from '@/features/authoring/model/report-file';
import type { ReviewProgress } from '@/features/authoring/model/review';

// The last step: the file as it stands, the offer to mark it reviewed once nothing is left to decide, and the
// download (the same bytes `npm run data:draft` would write for the same text and decisions).

type FileBarProps = {
  file: Report;
  progress: ReviewProgress;
  markReviewed: boolean;
  onMarkReviewed: (reviewed: boolean) => void;
  onDownload: () => void;
  /** The text itself, for src/data/sources/, where data:check finds every clause (a pasted text has no file yet). */
  onDownloadText: () => void;
};

export function FileBar({ file, progress, markReviewed, onMarkReviewed, onDownload, onDownloadText }: FileBarProps) {
  const { a } = useAuthorText();
  const id = useId();
  const name = reportFileName(file);
  const left = progress.proposed + progress.contradictionsOpen;
  return (
    <section className="card author-file" aria-labelledby={`${id}-title`}>
      <h3 className="card__title" id={`${id}-title`}>
        {a('file.title')}
      </h3>
      <p>{a('file.summary', { file: name, figures: file.figures.length, contradictions: file.contradictions.length })}</p>
      <div className="author-field author-field--check">
        <input
          id={`${id}-reviewed`}
          type="checkbox"
          checked={markReviewed && progress.complete}
          disabled={!progress.complete}
          aria-describedby={`${id}-reviewed-detail${progress.complete ? '' : ` ${id}-reviewed-why`}`}
          onChange={(event) => onMarkReviewed(event.target.checked)}
        />
        <label htmlFor={`${id}-reviewed`}>{a('file.markReviewed')}</label>
      </div>
      <p className="author-field__hint" id={`${id}-reviewed-detail`}>
        {a('file.markReviewedDetail')}
      </p>
      {!progress.complete && (
        <p className="author-field__hint" id={`${id}-reviewed-why`}>
          {left > 0 ? a('file.notYet', { count: left }) : a('file.needsFigure')}
        </p>
      )}
      <div className="author-actions">
        <button type="button" className="button" onClick={onDownload}>
          {a('file.download', { file: name })}
        </button>
        <button type="button" className="button button--quiet" onClick={onDownloadText}>
          {a('file.downloadText', { file: sourceTextFileName(file) })}
        </button>
      </div>
      <p className="author-field__hint">{a('file.next')}</p>
    </section>
  );
}
