import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { formatNumber } from '@/lib/format';
import { useAuthorText, type AuthorMessageKey } from '@/features/authoring/i18n/author-messages';
import { guessFromTitle, readReportId, readReportYear, readUnitName } from '@/features/authoring/model/draft-options';
import { decodeReportBytes, sizeProblem, type Decoded, type DecodeProblemKind } from '@/features/authoring/model/text-encoding';

// Step one: the report's text (a .txt file opened or dropped, or pasted) and the id, unit and year the draft
// needs, checked by the same rules as `npm run data:draft`.

export type SourceChoice = { text: string; id: string; unit: string; year: number; sourceFile?: string };

export type SourceFields = { id: string; unit: string; year: string; text: string; sourceFile?: string };

type Problem = { subject: 'file' | 'paste'; name: string; kind: DecodeProblemKind; detail: string };
type FieldName = 'id' | 'unit' | 'year';

const problemKeys: Record<DecodeProblemKind, AuthorMessageKey> = {
  empty: 'problem.empty',
  blank: 'problem.blank',
  tooLarge: 'problem.tooLarge',
  notText: 'problem.notText',
  utf16or32: 'problem.utf16or32',
  gb18030: 'problem.gb18030',
  big5: 'problem.big5',
  notUtf8: 'problem.notUtf8',
};

const fieldMessages: Record<FieldName, { label: AuthorMessageKey; hint: AuthorMessageKey; invalid: AuthorMessageKey }> = {
  id: { label: 'setup.id', hint: 'setup.idHint', invalid: 'setup.idInvalid' },
  unit: { label: 'setup.unit', hint: 'setup.unitHint', invalid: 'setup.unitInvalid' },
  year: { label: 'setup.year', hint: 'setup.yearHint', invalid: 'setup.yearInvalid' },
};

async function readTextFile(file: File): Promise<Decoded> {
  // A huge file is refused by its size, before its bytes are read into memory.
  return sizeProblem(file.size) ?? decodeReportBytes(new Uint8Array(await file.arrayBuffer()));
}

type SourceFormProps = {
  initial: SourceFields;
  onPropose: (choice: SourceChoice) => void;
  /** Shown when a draft exists: go back to it without drafting again. */
  onCancel?: (() => void) | undefined;
  announce: (message: string) => void;
};

export function SourceForm({ initial, onPropose, onCancel, announce }: SourceFormProps) {
  const { locale } = useI18n();
  const { a } = useAuthorText();
  const formId = useId();
  const [fields, setFields] = useState<Record<FieldName, string>>({ id: initial.id, unit: initial.unit, year: initial.year });
  // The text as read from a file is kept exactly (a textarea would turn its CRLF line breaks into LF), so the
  // draft is the one the command line makes from the same file; typing in the box makes it pasted text.
  const [source, setSource] = useState<{ text: string; file?: string }>({ text: initial.text, ...(initial.sourceFile ? { file: initial.sourceFile } : {}) });
  const [problem, setProblem] = useState<Problem>();
  const [needText, setNeedText] = useState(false);
  const [checked, setChecked] = useState(false);
  const [dropActive, setDropActive] = useState(false);
  const inputs = useRef<Partial<Record<FieldName | 'text', HTMLElement | null>>>({});

  const valid: Record<FieldName, boolean> = {
    id: readReportId(fields.id) !== undefined,
    unit: readUnitName(fields.unit) !== undefined,
    year: readReportYear(fields.year) !== undefined,
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    const decoded = await readTextFile(file);
    if (!decoded.ok) {
      setProblem({ subject: 'file', name: file.name, kind: decoded.kind, detail: `${file.name} ${decoded.problem}` });
      return;
    }
    setProblem(undefined);
    setNeedText(false);
    setSource({ text: decoded.text, file: file.name });
    const guess = guessFromTitle(decoded.text);
    setFields((current) => ({
      ...current,
      unit: current.unit.trim() === '' && guess.unit ? guess.unit : current.unit,
      year: current.year.trim() === '' && guess.year ? String(guess.year) : current.year,
    }));
    announce(a('setup.loaded', { file: file.name, characters: formatNumber(decoded.text.length, locale, 0) }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const firstInvalid = (['id', 'unit', 'year'] as const).find((name) => !valid[name]);
    if (source.text.trim() === '' && source.file === undefined) {
      setNeedText(true);
      announce(a('setup.needText'));
      inputs.current.text?.focus();
      return;
    }
    if (firstInvalid) {
      announce(a('setup.fixFields'));
      inputs.current[firstInvalid]?.focus();
      return;
    }
    let text = source.text;
    if (source.file === undefined) {
      // Pasted text gets the same checks as a file's bytes (spaces only, control characters, an HTML page).
      const decoded = decodeReportBytes(new TextEncoder().encode(source.text));
      if (!decoded.ok) {
        setProblem({ subject: 'paste', name: '', kind: decoded.kind, detail: `${a('setup.pastedSubject')} ${decoded.problem}` });
        inputs.current.text?.focus();
        return;
      }
      text = decoded.text;
    }
    setProblem(undefined);
    onPropose({
      text,
      id: fields.id,
      unit: readUnitName(fields.unit) as string,
      year: readReportYear(fields.year) as number,
      ...(source.file !== undefined ? { sourceFile: source.file } : {}),
    });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropActive(false);
    void open(event.dataTransfer.files[0]);
  };

  const field = (name: FieldName, extra: { inputMode?: 'numeric'; autoComplete?: string }) => {
    const messages = fieldMessages[name];
    const invalid = checked && !valid[name];
    return (
      <div className="author-field">
        <label htmlFor={`${formId}-${name}`}>{a(messages.label)}</label>
        <input
          id={`${formId}-${name}`}
          ref={(element) => {
            inputs.current[name] = element;
          }}
          type="text"
          value={fields[name]}
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={`${formId}-${name}-hint${invalid ? ` ${formId}-${name}-error` : ''}`}
          onChange={(event) => setFields((current) => ({ ...current, [name]: event.target.value }))}
          {...extra}
        />
        <span className="author-field__hint" id={`${formId}-${name}-hint`}>
          {a(messages.hint)}
        </span>
        {invalid && (
          <span className="author-field__error" id={`${formId}-${name}-error`}>
            {a(messages.invalid)}
          </span>
        )}
      </div>
    );
  };

  return (
    // Dropping a file on the form is a shortcut; the labelled open button and the text box do the same by keyboard.
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-element-interactions
    <form
      className={`card author-setup${dropActive ? ' author-setup--drop' : ''}`}
      aria-labelledby={`${formId}-title`}
      noValidate
      onSubmit={submit}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropActive(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropActive(false);
      }}
      onDrop={onDrop}
    >
      <h3 className="card__title" id={`${formId}-title`}>
        {a('setup.title')}
      </h3>
      <div className="author-setup__fields">
        {field('id', { autoComplete: 'off' })}
        {field('unit', { autoComplete: 'organization' })}
        {field('year', { inputMode: 'numeric', autoComplete: 'off' })}
      </div>
      <div className="author-setup__source">
        <div className="author-field">
          {/* The browser's own file control would write its words ("Choose File") in the browser's language. */}
          <label htmlFor={`${formId}-file`} className="button button--quiet author-file-button">
            {a('setup.file')}
          </label>
          <input
            id={`${formId}-file`}
            className="visually-hidden author-file-input"
            type="file"
            accept=".txt,text/plain"
            aria-describedby={`${formId}-drop`}
            onChange={(event) => {
              void open(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <span className="author-field__hint" id={`${formId}-drop`}>
            {dropActive ? a('setup.dropActive') : a('setup.drop')}
          </span>
        </div>
        <div className="author-field author-field--wide">
          <label htmlFor={`${formId}-text`}>{a('setup.paste')}</label>
          <textarea
            id={`${formId}-text`}
            ref={(element) => {
              inputs.current.text = element;
            }}
            rows={8}
            lang="zh-CN"
            value={source.text}
            aria-invalid={needText || problem !== undefined || undefined}
            aria-describedby={needText ? `${formId}-need` : problem ? `${formId}-problem` : undefined}
            onChange={(event) => {
              setNeedText(false);
              setSource({ text: event.target.value });
            }}
          />
          {source.file !== undefined && (
            <span className="author-field__hint">{a('setup.loaded', { file: source.file, characters: formatNumber(source.text.length, locale, 0) })}</span>
          )}
          {needText && (
            <span className="author-field__error" id={`${formId}-need`}>
              {a('setup.needText')}
            </span>
          )}
        </div>
      </div>
      {problem && (
        <div className="author-problem" role="alert" id={`${formId}-problem`}>
          <p>
            {problem.subject === 'file' ? a('setup.fileProblem', { file: problem.name }) : a('setup.pasteProblem')} {a(problemKeys[problem.kind])}
          </p>
          <p className="author-problem__detail">
            {a('setup.problemDetail')} <span lang="en">{problem.detail}</span>
          </p>
        </div>
      )}
      <div className="author-actions">
        <button type="submit" className="button">
          {a('setup.propose')}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {a('setup.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
