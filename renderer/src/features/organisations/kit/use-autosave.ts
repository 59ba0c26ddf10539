// Connects a react-hook-form form for an existing row to the app's autosave engine: every valid change goes out a
// moment after typing stops (or at once on blur), the top-bar indicator tells the truth, values stored elsewhere
// flow into fields the user has not touched, and leaving sends what is pending.
import { useCallback, useEffect, useRef } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import type { z } from '../../../../../shared/zod';
import { Autosaver, type Draft } from '../../../app/autosave';
import { registerSaveSource, type SaveSource } from '../../../app/save-state';

/** Form values the autosaver compares with Object.is: only strings and booleans (lists are joined into a string). */
export type FlatValues = Record<string, string | boolean>;

/**
 * Splits what the form holds into values that may be saved (parsed by each field's schema, e.g. trimmed) and the
 * names of fields that may not.
 */
export function draftByField<S extends FlatValues>(
  schemas: { readonly [K in keyof S]: z.ZodType<S[K], unknown> },
  values: Partial<Record<keyof S, unknown>>,
): Draft<S> {
  const valid: Partial<S> = {};
  const invalid: (keyof S & string)[] = [];
  for (const name of Object.keys(schemas) as (keyof S & string)[]) {
    const parsed = schemas[name].safeParse(values[name]);
    if (parsed.success) valid[name] = parsed.data;
    else invalid.push(name);
  }
  return { valid, invalid };
}

export function useAutosave<S extends FlatValues & FieldValues>(options: {
  readonly form: UseFormReturn<S>;
  /** The row as stored now; a change from elsewhere shows up in fields the user has not touched. */
  readonly saved: S;
  /** False for a read-only file or a row that may no longer change: nothing is sent. */
  readonly enabled: boolean;
  readonly draft: (values: Partial<Record<keyof S, unknown>>) => Draft<S>;
  /** Sends a patch; resolves with the stored values afterwards. */
  readonly save: (patch: Partial<S>) => Promise<S>;
  /** i18n key (with namespace, e.g. 'people:organisations.fields.name') of a field's label. */
  readonly labelKey: (field: keyof S & string) => string;
}): { readonly flush: () => void } {
  const { form, enabled } = options;
  const saver = useRef<Autosaver<S> | null>(null);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    if (!enabled) return;
    let source: SaveSource | null = null;
    const autosaver = new Autosaver<S>({
      saved: latest.current.saved,
      save: (patch) => latest.current.save(patch),
      onState: (state) => source?.set(state),
      labelKey: (field) => latest.current.labelKey(field),
    });
    source = registerSaveSource(() => autosaver.flush());
    saver.current = autosaver;
    const subscription = form.watch((values) => autosaver.edit(latest.current.draft(values as Partial<Record<keyof S, unknown>>)));
    return () => {
      subscription.unsubscribe();
      saver.current = null;
      // Closing the form must not drop the last edits: send them, then stop reporting.
      void autosaver.flush().finally(() => {
        autosaver.dispose();
        source?.dispose();
      });
    };
  }, [form, enabled]);

  const savedKey = JSON.stringify(options.saved);
  useEffect(() => {
    const autosaver = saver.current;
    if (!autosaver) {
      // Nothing is edited here (read-only): simply show what is stored.
      if (!latest.current.enabled) form.reset(JSON.parse(savedKey) as S);
      return;
    }
    const adopted = autosaver.adoptRemote(JSON.parse(savedKey) as S);
    for (const [name, value] of Object.entries(adopted)) {
      form.setValue(name as Path<S>, value as PathValue<S, Path<S>>, { shouldValidate: true });
    }
  }, [savedKey, form]);

  const flush = useCallback(() => void saver.current?.flush(), []);
  return { flush };
}
