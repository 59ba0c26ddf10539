// The passphrase of an encrypted share copy: a password field with a key icon, never spell-checked or remembered
// by the browser's autofill as a new password. Enter can act before the surrounding form submits.
import { KeyRound } from 'lucide-react';
import type { ControlProps } from './Field';

export function PassphraseInput(props: {
  readonly control: ControlProps;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Called on Enter instead of submitting the form the field stands in. */
  readonly onEnter?: () => void;
  readonly testId?: string;
}) {
  return (
    <div className="passphrase-input">
      <KeyRound size={16} aria-hidden />
      <input
        {...props.control}
        type="password"
        className="input"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && props.onEnter) {
            event.preventDefault();
            props.onEnter();
          }
        }}
        autoComplete="current-password"
        spellCheck={false}
        data-autofocus
        data-testid={props.testId}
      />
    </div>
  );
}
