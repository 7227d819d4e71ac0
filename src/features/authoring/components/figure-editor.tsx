import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Figure, Report } from '@/data/report-schema';
import { isSectionRef } from '@/data/section-ref';
import { knownThemes, otherTheme } from '@/data/themes';
import { useI18n } from '@/i18n/i18n-context';
import { qualifierBadgeKeys } from '@/lib/figure-semantics';
import { useAuthorText, type AuthorMessageKey } from '@/features/authoring/i18n/author-messages';
import { clauseInText, editValues, figureFromValues, qualifiers, type EditValues } from '@/features/authoring/model/figure-edit';
import { editIssues, type EditField, type Review } from '@/features/authoring/model/review';

// One proposal's fields, checked as they are typed by the report schema itself (with the edit placed in the
// whole file, so rules across fields apply); each field shows the schema's own message. The clause must also be
// found in the text as written, as data:check will look for it there.

type FigureEditorProps = {
  draft: Report;
  review: Review;
  /** The figure as it stands (the person's earlier edit, or the proposal). */
  figure: Figure;
  /** The report's text, where an edited clause must be found verbatim. */
  sourceText: string;
  onSave: (edited: Figure) => void;
  onCancel: () => void;
  announce: (message: string) => void;
};

type TextField = { name: Exclude<EditField, 'qualifier' | 'theme' | 'headline'>; label: AuthorMessageKey; lang?: string; hint?: AuthorMessageKey; wide?: boolean; lines?: boolean };

const textFields: readonly TextField[] = [
  { name: 'value', label: 'edit.value', hint: 'edit.valueHint' },
  { name: 'unitZh', label: 'edit.unitZh', lang: 'zh-CN' },
  { name: 'unitEn', label: 'edit.unitEn', lang: 'en' },
  { name: 'labelZh', label: 'edit.labelZh', lang: 'zh-CN', wide: true },
  { name: 'labelEn', label: 'edit.labelEn', lang: 'en', wide: true },
  { name: 'reportedAs', label: 'edit.reportedAs', lang: 'zh-CN', hint: 'edit.reportedAsHint' },
  { name: 'section', label: 'edit.section', lang: 'zh-CN', hint: 'edit.sectionHint' },
  { name: 'clause', label: 'edit.clause', lang: 'zh-CN', hint: 'edit.clauseHint', wide: true, lines: true },
];

export function FigureEditor({ draft, review, figure, sourceText, onSave, onCancel, announce }: FigureEditorProps) {
  const { t, pick } = useI18n();
  const { a } = useAuthorText();
  const formId = useId();
  const [values, setValues] = useState<EditValues>(() => editValues(figure));

  const made = figureFromValues(figure, values);
  const issues = new Map<EditField | undefined, { message: string; fromSchema: boolean }>();
  if (made === 'notANumber') issues.set('value', { message: a('edit.valueNotNumber'), fromSchema: false });
  else {
    // The mistakes a person is likely to make get words of the page's own; the schema's messages cover the rest.
    if (!isSectionRef(made.figure.source.section)) issues.set('section', { message: a('edit.sectionInvalid'), fromSchema: false });
    if (!clauseInText(sourceText, made.figure.source.clause)) issues.set('clause', { message: a('edit.clauseNotInText'), fromSchema: false });
    else if (!made.figure.source.clause.includes(made.figure.reportedAs)) issues.set('reportedAs', { message: a('edit.reportedAsNotInClause'), fromSchema: false });
    for (const issue of editIssues(draft, review, made.figure)) if (!issues.has(issue.field)) issues.set(issue.field, { message: issue.message, fromSchema: true });
  }

  const set = <K extends keyof EditValues>(name: K, value: EditValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const themes = [...knownThemes, otherTheme, ...(knownThemes.some((theme) => theme.id === figure.theme) || figure.theme === otherTheme.id ? [] : [{ id: figure.theme, name: { zh: figure.theme, en: figure.theme } }])];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (made === 'notANumber' || issues.size > 0) {
      announce(a('edit.fix'));
      event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    onSave(made.figure);
  };

  const described = (name: EditField, hint?: string) => [hint, issues.has(name) ? `${formId}-${name}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const error = (name: EditField): ReactNode => {
    const issue = issues.get(name);
    if (!issue) return null;
    return (
      <span className="author-field__error" id={`${formId}-${name}-error`}>
        {issue.fromSchema ? (
          <>
            {a('edit.issue')}
            <span lang="en">{issue.message}</span>
          </>
        ) : (
          issue.message
        )}
      </span>
    );
  };
  return (
    // Escape anywhere in the form cancels the edit: the key arrives from its fields, which are interactive.
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-element-interactions
    <form className="author-editor" noValidate onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <fieldset>
        <legend>{a('edit.legend', { label: pick(figure.label) })}</legend>
        <div className="author-editor__fields">
          {textFields.map(({ name, label, lang, hint, wide, lines }) => {
            const common = {
              id: `${formId}-${name}`,
              lang,
              value: values[name],
              'aria-invalid': issues.has(name) || undefined,
              'aria-describedby': described(name, hint ? `${formId}-${name}-hint` : undefined),
            };
            return (
              <div className={`author-field${wide ? ' author-field--wide' : ''}`} key={name}>
                <label htmlFor={common.id}>{a(label)}</label>
                {lines ? (
                  <textarea {...common} rows={3} onChange={(event) => set(name, event.target.value)} />
                ) : (
                  <input {...common} type="text" inputMode={name === 'value' ? 'decimal' : undefined} onChange={(event) => set(name, event.target.value)} />
                )}
                {hint && (
                  <span className="author-field__hint" id={`${formId}-${name}-hint`}>
                    {a(hint)}
                  </span>
                )}
                {error(name)}
              </div>
            );
          })}
          <div className="author-field">
            <label htmlFor={`${formId}-qualifier`}>{a('edit.qualifier')}</label>
            <select
              id={`${formId}-qualifier`}
              value={values.qualifier}
              aria-invalid={issues.has('qualifier') || undefined}
              aria-describedby={described('qualifier')}
              onChange={(event) => set('qualifier', event.target.value as EditValues['qualifier'])}
            >
              {qualifiers.map((qualifier) => (
                <option key={qualifier} value={qualifier}>
                  {t(qualifierBadgeKeys[qualifier])}
                </option>
              ))}
            </select>
            {error('qualifier')}
          </div>
          <div className="author-field">
            <label htmlFor={`${formId}-theme`}>{a('edit.theme')}</label>
            <select
              id={`${formId}-theme`}
              value={values.theme}
              aria-invalid={issues.has('theme') || undefined}
              aria-describedby={described('theme')}
              onChange={(event) => set('theme', event.target.value)}
            >
              {themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {pick(theme.name)}
                </option>
              ))}
            </select>
            {error('theme')}
          </div>
          <div className="author-field author-field--check author-field--wide">
            <input
              id={`${formId}-headline`}
              type="checkbox"
              checked={values.headline}
              aria-describedby={described('headline')}
              onChange={(event) => set('headline', event.target.checked)}
            />
            <label htmlFor={`${formId}-headline`}>{a('edit.headline')}</label>
            {error('headline')}
          </div>
        </div>
        {issues.has(undefined) && <p className="author-field__error">{issues.get(undefined)?.message}</p>}
      </fieldset>
      <div className="author-actions">
        <button type="submit" className="button">
          {a('edit.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {a('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
