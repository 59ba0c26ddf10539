// A labelled form field: label, optional hint and error, wired to the control with ids for screen readers.
import { useId, type ReactNode } from 'react';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: boolean;
}

export function Field(props: {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | null;
  readonly aside?: ReactNode;
  readonly required?: boolean;
  readonly className?: string;
  readonly children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.error ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <div className="field-label-row">
        <label className="field-label" htmlFor={id}>
          {props.label}
          {props.required ? <span className="field-required" aria-hidden>*</span> : null}
        </label>
        {props.aside ? <span className="field-aside">{props.aside}</span> : null}
      </div>
      {props.children({ id, 'aria-describedby': describedBy, 'aria-invalid': props.error ? true : undefined })}
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
      {props.hint ? (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}
