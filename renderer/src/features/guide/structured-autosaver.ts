// The app's autosave engine compares field values with Object.is, which suits text but not {nl, en} texts, option
// lists or role arrays: a fresh but equal object would look like an edit. This wrapper hands the engine the same
// objects for equal content, both for what the form holds and for what the file answers after a save.
import { Autosaver, type AutosaverOptions, type Draft } from '../../app/autosave';
import { stabilize } from './deep-equal';

export interface StructuredAutosaver<F extends object> {
  readonly autosaver: Autosaver<F>;
  /** Records what the form holds now. */
  edit(draft: Draft<F>): void;
  /** Takes in values stored elsewhere; returns the fields that followed them (see Autosaver.adoptRemote). */
  adoptRemote(remote: F): Partial<F>;
}

export function structuredAutosaver<F extends object>(options: AutosaverOptions<F>): StructuredAutosaver<F> {
  let draft: Partial<F> = {};
  const autosaver: Autosaver<F> = new Autosaver<F>({
    ...options,
    save: async (patch) => {
      const stored = await options.save(patch);
      return stabilize(stored, { ...autosaver.savedValues, ...draft } as F) as F;
    },
  });
  return {
    autosaver,
    edit(next) {
      draft = stabilize(next.valid, autosaver.savedValues);
      autosaver.edit({ valid: draft, invalid: next.invalid });
    },
    adoptRemote(remote) {
      return autosaver.adoptRemote({ ...autosaver.savedValues, ...stabilize(remote, autosaver.savedValues) } as F);
    },
  };
}
