// Form pieces the guide's editors share: a text in Dutch and English side by side (each input named for screen
// readers), and inline issue messages (red for values that are not saved or a question that is not complete,
// amber for warnings).
import { CircleExclamationPoint, TriangleExclamationPoint } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Issue } from './question-form';

export interface IssueMessage {
  readonly severity: Issue['severity'];
  readonly text: string;
}

/** Translates a question issue. */
export function useIssueText(): (issue: Issue) => string {
  const { t } = useTranslation('guide');
  return (issue) => t(`issues.${issue.key}`, { ...issue.params, count: typeof issue.params?.count === 'number' ? issue.params.count : 1 } as Record<string, unknown>) as string;
}

export function IssueList(props: { readonly issues: readonly IssueMessage[]; readonly id?: string }) {
  if (props.issues.length === 0) return null;
  return (
    <ul className="g-issue-list" id={props.id}>
      {props.issues.map((issue, index) => (
        <li key={index} className={`g-issue g-issue-${issue.severity === 'warning' ? 'warning' : 'error'}`}>
          {issue.severity === 'warning' ? <TriangleExclamationPoint size={14} aria-hidden /> : <CircleExclamationPoint size={14} aria-hidden />}
          <span>{issue.text}</span>
        </li>
      ))}
    </ul>
  );
}

export function BilingualInputs(props: {
  readonly label: string;
  readonly nl: UseFormRegisterReturn;
  readonly en: UseFormRegisterReturn;
  readonly multiline?: boolean;
  readonly hint?: ReactNode;
  readonly issues?: readonly IssueMessage[];
  readonly required?: boolean;
  readonly readOnly?: boolean;
  readonly className?: string;
  readonly testId?: string;
}) {
  const { t } = useTranslation('guide');
  const id = useId();
  const issues = props.issues ?? [];
  const describedBy = [issues.length ? `${id}-issues` : null, props.hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const invalid = issues.some((issue) => issue.severity !== 'warning') || undefined;
  const control = (language: 'nl' | 'en', registration: UseFormRegisterReturn) => {
    const common = {
      ...registration,
      'aria-label': `${props.label} (${t(`common.language.${language}`)})`,
      'aria-describedby': describedBy,
      'aria-invalid': invalid,
      readOnly: props.readOnly,
      lang: language,
      // Right-to-left text (a name, a quote) shows the right way round.
      dir: 'auto',
      'data-testid': props.testId ? `${props.testId}-${language}` : undefined,
    };
    return props.multiline ? <textarea {...common} className="input textarea g-textarea-auto" rows={2} /> : <input {...common} className="input" autoComplete="off" />;
  };
  return (
    <fieldset className={`field g-bilingual${props.className ? ` ${props.className}` : ''}`}>
      <legend className="field-label">
        {props.label}
        {props.required ? <span className="field-required" aria-hidden>*</span> : null}
      </legend>
      <div className="g-bilingual-row">
        <span className="g-lang-tag" aria-hidden>
          NL
        </span>
        {control('nl', props.nl)}
      </div>
      <div className="g-bilingual-row">
        <span className="g-lang-tag" aria-hidden>
          EN
        </span>
        {control('en', props.en)}
      </div>
      <IssueList issues={issues} id={`${id}-issues`} />
      {props.hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </fieldset>
  );
}
