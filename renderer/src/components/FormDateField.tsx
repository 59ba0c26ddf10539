// A DateField bound to a react-hook-form field: the form's value in, typed text out, and on leaving the field the
// form's own blur plus whatever the form does then (check a related field, save now).
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateField } from './DateField';
import type { ControlProps } from './Field';

export function FormDateField<T extends FieldValues>(props: {
  readonly control: ControlProps;
  readonly form: Control<T>;
  readonly name: FieldPath<T>;
  readonly readOnly?: boolean;
  /** Runs after the field's blur, e.g. re-validate a paired field and flush the autosave. */
  readonly onLeave?: () => void;
}) {
  return (
    <Controller
      control={props.form}
      name={props.name}
      render={({ field }) => (
        <DateField
          {...props.control}
          name={field.name}
          value={field.value as string}
          onChange={field.onChange}
          onBlur={() => {
            field.onBlur();
            props.onLeave?.();
          }}
          readOnly={props.readOnly}
        />
      )}
    />
  );
}
