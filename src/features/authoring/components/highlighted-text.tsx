import { memo, useState, type KeyboardEvent } from 'react';
import { targetKey, type MarkTarget, type TextLine, type TextMark } from '@/features/authoring/model/text-marks';
import { useAuthorText } from '@/features/authoring/i18n/author-messages';

// The report's text with every number marked: a proposed figure in one style, a number that is not an indicator
// in another, each a button. The marks are one stop in the tab order (roving tabindex): the arrow keys move
// between them, Enter or Space opens the mark's entry in the list beside the text.

export type MarkInfo = {
  /** "figure-proposed", "figure-accepted", "figure-edited", "figure-rejected" or "not". */
  style: string;
  /** What the mark is, for the hint line and screen readers (without the marked words themselves). */
  description: string;
};

type HighlightedTextProps = {
  lines: readonly TextLine[];
  /** Per mark key. */
  info: ReadonlyMap<string, MarkInfo>;
  selectedKey: string | undefined;
  onSelect: (target: MarkTarget) => void;
  register: (markKey: string, element: HTMLButtonElement | null) => void;
  /** The text region's name. */
  label: string;
};

export const HighlightedText = memo(function HighlightedText({ lines, info, selectedKey, onSelect, register, label }: HighlightedTextProps) {
  const { a } = useAuthorText();
  const marks = lines.flatMap((line) => line.runs.flatMap((run) => (run.kind === 'mark' ? [run.mark] : [])));
  const [focusKey, setFocusKey] = useState<string>();
  const [described, setDescribed] = useState<{ text: string; description: string }>();
  const selectedMark = marks.find((mark) => mark.targets.some((target) => targetKey(target) === selectedKey));
  // The one mark Tab stops at: the last one focused, else the selected one, else the first.
  const tabStop = (marks.find((mark) => mark.key === focusKey) ?? selectedMark ?? marks[0])?.key;

  const move = (event: KeyboardEvent<HTMLButtonElement>, mark: TextMark) => {
    const index = marks.indexOf(mark);
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: marks.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = marks[Math.max(0, Math.min(marks.length - 1, next))];
    if (target) event.currentTarget.closest('.author-text__body')?.querySelector<HTMLButtonElement>(`[data-mark="${target.key}"]`)?.focus();
  };

  return (
    <div className="author-text">
      <div className="author-text__body" role="region" aria-label={label} lang="zh-CN">
        {lines.map((line) => (
          <p key={line.key}>
            {line.runs.map((run, index) => {
              if (run.kind === 'text') return <span key={index}>{run.text}</span>;
              const { mark } = run;
              const details = info.get(mark.key);
              const show = () => details && setDescribed({ text: run.text, description: details.description });
              return (
                <button
                  key={mark.key}
                  type="button"
                  ref={(element) => register(mark.key, element)}
                  data-mark={mark.key}
                  className={`author-mark author-mark--${details?.style ?? 'not'}${mark === selectedMark ? ' author-mark--selected' : ''}`}
                  tabIndex={mark.key === tabStop ? 0 : -1}
                  aria-current={mark === selectedMark ? 'true' : undefined}
                  onFocus={() => {
                    setFocusKey(mark.key);
                    show();
                  }}
                  onMouseEnter={show}
                  onKeyDown={(event) => move(event, mark)}
                  onClick={() => onSelect(mark.targets[0] as MarkTarget)}
                >
                  {run.text}
                  {details && <span className="visually-hidden">{a('mark.spoken', { description: details.description })}</span>}
                </button>
              );
            })}
          </p>
        ))}
      </div>
      <p className="author-text__hint" aria-hidden="true">
        {described ? a('mark.line', { text: described.text, description: described.description }) : a('text.hint')}
      </p>
    </div>
  );
});
