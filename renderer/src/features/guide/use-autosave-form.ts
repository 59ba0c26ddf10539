// An autosaving react-hook-form for one stored row (a question, section, dimension, code or note): every valid
// change goes through the app's autosave engine, so the top-bar indicator tells the truth, and values stored
// elsewhere (another tab, a merge) flow into the fields the user is not editing.
import { useEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue, type UseFormReturn } from 'react-hook-form';
import type { Draft } from '../../app/autosave';
import { registerSaveSource, type SaveSource } from '../../app/save-state';
import { structuredAutosaver, type StructuredAutosaver } from './structured-autosaver';

export interface StoredRow<F> {
  readonly fields: F;
  /** The row's updatedAt; an older copy than the last one saved here is ignored. */
  readonly updatedAt: string;
}

export interface AutosaveFormOptions<F extends object, V extends FieldValues> {
  /** The row as stored now; pass a new object whenever the stored row was read again. */
  readonly stored: StoredRow<F>;
  /** Form values of stored fields; the form uses the same keys as F. */
  readonly toForm: (fields: F) => V;
  /** Splits what the form holds into values that may be sent and the names of fields that may not. */
  readonly toDraft: (values: V) => Draft<F>;
  readonly save: (patch: Partial<F>) => Promise<StoredRow<F>>;
  /** i18n key (with namespace, e.g. 'guide:fields.text') of a field's label, for the save indicator. */
  readonly labelKey: (field: keyof F & string) => string;
}

export interface AutosaveForm<V extends FieldValues> {
  readonly form: UseFormReturn<V>;
  /** Sends pending edits now (e.g. on blur or before closing a panel). */
  flush(): Promise<void>;
}

export function useAutosaveForm<F extends object, V extends FieldValues>(options: AutosaveFormOptions<F, V>): AutosaveForm<V> {
  const latest = useRef(options);
  latest.current = options;
  const initial = useRef(options.stored);
  const lastStoredAt = useRef(options.stored.updatedAt);
  const saver = useRef<StructuredAutosaver<F> | null>(null);
  const form = useForm<V>({ mode: 'onChange', defaultValues: options.toForm(options.stored.fields) as DefaultValues<V> });

  useEffect(() => {
    let source: SaveSource | null = null;
    const structured = structuredAutosaver<F>({
      saved: initial.current.fields,
      save: async (patch) => {
        const stored = await latest.current.save(patch);
        if (stored.updatedAt > lastStoredAt.current) lastStoredAt.current = stored.updatedAt;
        return stored.fields;
      },
      onState: (state) => source?.set(state),
      labelKey: (field) => latest.current.labelKey(field),
    });
    const { autosaver } = structured;
    source = registerSaveSource(() => autosaver.flush());
    saver.current = structured;
    const subscription = form.watch((values) => structured.edit(latest.current.toDraft(values as V)));
    return () => {
      subscription.unsubscribe();
      saver.current = null;
      // Closing the panel or leaving the page must not drop the last edits: send them, then stop reporting.
      void autosaver.flush().finally(() => {
        autosaver.dispose();
        source?.dispose();
      });
    };
  }, [form]);

  const { stored } = options;
  useEffect(() => {
    const structured = saver.current;
    if (!structured || stored.updatedAt < lastStoredAt.current) return;
    lastStoredAt.current = stored.updatedAt;
    const adopted = structured.adoptRemote(stored.fields);
    const keys = Object.keys(adopted);
    if (keys.length === 0) return;
    const values = latest.current.toForm({ ...structured.autosaver.savedValues });
    for (const key of keys) form.setValue(key as Path<V>, values[key as keyof V] as PathValue<V, Path<V>>, { shouldDirty: false });
  }, [stored, form]);

  return { form, flush: () => saver.current?.autosaver.flush() ?? Promise.resolve() };
}
