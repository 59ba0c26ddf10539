// Connects a react-hook-form form for one stored row to the autosave engine: every valid change goes out a moment
// after typing stops (or at once on flush), the top-bar indicator tells the truth, values stored elsewhere (another
// tab, a merge) flow into the fields the user is not editing, and closing the form sends what is pending.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import type { z } from '../../../shared/zod';
import { Autosaver, type Draft } from './autosave';
import { registerSaveSource, type SaveSource } from './save-state';

export interface StoredRow<F> {
  readonly fields: F;
  /** The row's updatedAt; a copy older than the last one saved here is ignored. */
  readonly updatedAt: string;
}

/** A row as the form sees it: its fields (in the form's terms) and its updatedAt. */
export function storedRow<R extends { readonly updatedAt: string }, F>(row: R, fieldsOf: (row: R) => F): StoredRow<F> {
  return { fields: fieldsOf(row), updatedAt: row.updatedAt };
}

/**
 * Splits what the form holds into values that may be saved (parsed by each field's schema, e.g. trimmed) and the
 * names of the fields that may not.
 * @example draftByField(organisationFieldsSchema.shape, form.getValues())
 */
export function draftByField<S extends object>(schemas: { readonly [K in keyof S]: z.ZodType<S[K], unknown> }, values: Partial<Record<keyof S, unknown>>): Draft<S> {
  const valid: Partial<S> = {};
  const invalid: (keyof S & string)[] = [];
  for (const name of Object.keys(schemas) as (keyof S & string)[]) {
    const parsed = schemas[name].safeParse(values[name]);
    if (parsed.success) valid[name] = parsed.data;
    else invalid.push(name);
  }
  return { valid, invalid };
}

export interface AutosaveFormOptions<F extends object, V extends FieldValues> {
  readonly form: UseFormReturn<V>;
  /** The row as stored now; a change from elsewhere shows up in the fields the user has not touched. */
  readonly stored: StoredRow<F>;
  /** Form values of stored fields (the form uses the same keys as F); the values themselves when left out. */
  readonly toForm?: (fields: F) => V;
  /** Splits what the form holds into values that may be sent and the names of the fields that may not. */
  readonly toDraft: (values: V) => Draft<F>;
  /** Sends a patch; resolves with the row as stored afterwards. */
  readonly save: (patch: Partial<F>) => Promise<StoredRow<F>>;
  /** i18n key (with namespace, e.g. 'people:organisations.fields.name') of a field's label, for the save indicator. */
  readonly labelKey: (field: keyof F & string) => string;
  /** A read-only file or a row that may no longer change: nothing is sent, the form shows what is stored. */
  readonly readOnly?: boolean;
}

/** What a dialog asks before it closes: the label keys of fields whose value cannot be saved (and would be lost). */
export interface CloseGuard {
  readonly unsavedLabelKeys: () => readonly string[];
}

export interface AutosaveForm {
  /** Sends what is pending now. */
  readonly flush: () => Promise<void>;
  /** Pass to the Dialog (`closeGuard`), so closing with an invalid field asks first instead of dropping it. */
  readonly closeGuard: CloseGuard;
}

export function useAutosaveForm<F extends object, V extends FieldValues>(options: AutosaveFormOptions<F, V>): AutosaveForm {
  const { form } = options;
  const readOnly = options.readOnly ?? false;
  const latest = useRef(options);
  latest.current = options;
  const saver = useRef<Autosaver<F> | null>(null);
  const lastStoredAt = useRef(options.stored.updatedAt);
  const toForm = (fields: F): V => (latest.current.toForm ? latest.current.toForm(fields) : (fields as unknown as V));

  useEffect(() => {
    if (readOnly) return;
    let source: SaveSource | null = null;
    const autosaver = new Autosaver<F>({
      saved: latest.current.stored.fields,
      save: async (patch) => {
        const stored = await latest.current.save(patch);
        if (stored.updatedAt > lastStoredAt.current) lastStoredAt.current = stored.updatedAt;
        return stored.fields;
      },
      onState: (state) => source?.set(state),
      labelKey: (field) => latest.current.labelKey(field),
    });
    source = registerSaveSource(() => autosaver.flush());
    saver.current = autosaver;
    const subscription = form.watch((values) => autosaver.edit(latest.current.toDraft(values as V)));
    return () => {
      subscription.unsubscribe();
      saver.current = null;
      // Closing the form or leaving the page must not drop the last edits: send them, then stop reporting.
      void autosaver.flush().finally(() => {
        autosaver.dispose();
        source?.dispose();
      });
    };
  }, [form, readOnly]);

  // Keyed on the content, so a caller may pass a fresh object on every render.
  const storedKey = JSON.stringify(options.stored);
  useEffect(() => {
    const stored = latest.current.stored;
    const autosaver = saver.current;
    if (!autosaver) {
      // Nothing is edited here (read-only): simply show what is stored.
      if (latest.current.readOnly) form.reset(toForm(stored.fields));
      return;
    }
    if (stored.updatedAt < lastStoredAt.current) return;
    lastStoredAt.current = stored.updatedAt;
    const adopted = Object.keys(autosaver.adoptRemote(stored.fields));
    if (adopted.length === 0) return;
    const values = toForm(autosaver.savedValues);
    for (const key of adopted) form.setValue(key as Path<V>, values[key as keyof V] as PathValue<V, Path<V>>, { shouldValidate: true, shouldDirty: false });
  }, [storedKey, form]);

  const flush = useCallback(() => saver.current?.flush() ?? Promise.resolve(), []);
  const closeGuard = useMemo<CloseGuard>(
    () => ({ unsavedLabelKeys: () => (saver.current?.invalidFields ?? []).map((field) => latest.current.labelKey(field)) }),
    [],
  );
  return { flush, closeGuard };
}
