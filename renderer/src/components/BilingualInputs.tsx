// A text in Dutch and English side by side, one labelled fieldset: each input is named for screen readers with its
// language, marked with lang and dir="auto", and the field's issues and hint are read with both inputs.
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IssueList, type IssueMessage } from './IssueList';

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
  const { t } = useTranslation();
  const id = useId();
  const issues = props.issues ?? [];
  const describedBy = [issues.length ? `${id}-issues` : null, props.hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const invalid = issues.some((issue) => issue.severity !== 'warning') || undefined;
  const control = (language: 'nl' | 'en', registration: UseFormRegisterReturn) => {
    const common = {
      ...registration,
      'aria-label': `${props.label} (${t(`components.bilingualInputs.${language}`)})`,
      'aria-describedby': describedBy,
      'aria-invalid': invalid,
      readOnly: props.readOnly,
      lang: language,
      // Right-to-left text (a name, a quote) shows the right way round.
      dir: 'auto',
      'data-testid': props.testId ? `${props.testId}-${language}` : undefined,
    };
    return props.multiline ? <textarea {...common} className="input textarea textarea-auto" rows={2} /> : <input {...common} className="input" autoComplete="off" />;
  };
  return (
    <fieldset className={`field bilingual${props.className ? ` ${props.className}` : ''}`}>
      <legend className="field-label">
        {props.label}
        {props.required ? <span className="field-required" aria-hidden>*</span> : null}
      </legend>
      <div className="bilingual-row">
        <span className="lang-tag" aria-hidden>
          NL
        </span>
        {control('nl', props.nl)}
      </div>
      <div className="bilingual-row">
        <span className="lang-tag" aria-hidden>
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
