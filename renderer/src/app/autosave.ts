// The autosave engine behind every form: sends each changed, valid field a moment after typing stops (or at
// once on flush), one request at a time, and reports an honest state. Invalid values are kept in the form and
// simply not sent; a failed save is retried with the next edit or flush. Field values compare by content, so
// {nl, en} texts, option lists and id lists work as they are.
import { ClientError } from '../../../shared/contract/client';
import type { ErrorInfo } from '../../../shared/contract/errors';
import type { SaveState } from './save-state';

/** What the form holds right now: parsed values of the fields that are valid, and the names of those that are not. */
export interface Draft<F> {
  readonly valid: Partial<F>;
  readonly invalid: readonly (keyof F & string)[];
}

export interface AutosaverOptions<F> {
  /** The values as stored in the file. */
  readonly saved: F;
  /** Sends a patch; resolves with the stored values afterwards. */
  readonly save: (patch: Partial<F>) => Promise<F>;
  readonly onState: (state: SaveState) => void;
  /** i18n key of a field's label, used to say which fields keep the form from being saved. */
  readonly labelKey: (field: keyof F & string) => string;
  readonly delayMs?: number;
}

/**
 * Equality of JSON-like values by content: the file answers every save with fresh objects, so an equal {nl, en}
 * text or list must not look like an edit. Key order does not matter, array order does.
 * @example sameValue({ nl: 'Vraag', en: '' }, { en: '', nl: 'Vraag' }) // true
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && sameValue(left[key], right[key]));
}

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof ClientError) return error.info;
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: detail, params: { detail } };
}

export class Autosaver<F extends object> {
  private saved: F;
  private draft: Draft<F> = { valid: {}, invalid: [] };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private failure: ErrorInfo | null = null;
  private disposed = false;
  private readonly delayMs: number;

  constructor(private readonly options: AutosaverOptions<F>) {
    this.saved = { ...options.saved };
    this.delayMs = options.delayMs ?? 300;
  }

  get savedValues(): Readonly<F> {
    return this.saved;
  }

  /** Fields the form holds a value for that cannot be saved (and would be lost if the form closed now). */
  get invalidFields(): readonly (keyof F & string)[] {
    return this.draft.invalid;
  }

  /** The fields whose valid value differs from the stored one, or null when there is nothing to send. */
  pendingPatch(): Partial<F> | null {
    const patch: Partial<F> = {};
    let any = false;
    for (const key of Object.keys(this.draft.valid) as (keyof F)[]) {
      const value = this.draft.valid[key];
      if (value !== undefined && !sameValue(value, this.saved[key])) {
        patch[key] = value;
        any = true;
      }
    }
    return any ? patch : null;
  }

  /** Records what the form holds after an edit and schedules a save. */
  edit(draft: Draft<F>): void {
    if (this.disposed) return;
    this.draft = draft;
    this.clearTimer();
    if (this.pendingPatch()) this.timer = setTimeout(() => void this.flush(), this.delayMs);
    this.report();
  }

  /** Sends whatever is pending now; resolves when everything sent has been answered. */
  flush(): Promise<void> {
    this.clearTimer();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    if (!this.pendingPatch()) {
      this.report();
      return Promise.resolve();
    }
    this.running = this.run().finally(() => {
      this.running = null;
      this.report();
    });
    this.report();
    return this.running;
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      const patch = this.pendingPatch();
      if (!patch) return;
      try {
        const stored = await this.options.save(patch);
        this.saved = takeSent(this.saved, stored, patch);
        this.failure = null;
      } catch (error) {
        this.failure = toErrorInfo(error);
        return;
      }
    } while (this.again || this.pendingPatch());
  }

  /**
   * Takes in values stored by someone else (another window, a merge). Fields the user has not changed here
   * follow the stored value; returns those, so the form can show them. Local edits are kept and win on save.
   */
  adoptRemote(remote: F): Partial<F> {
    const adopted: Partial<F> = {};
    const valid: Partial<F> = { ...this.draft.valid };
    for (const key of Object.keys(this.saved) as (keyof F)[]) {
      const local = this.draft.valid[key];
      const untouched = (local === undefined || sameValue(local, this.saved[key])) && !this.draft.invalid.includes(key as keyof F & string);
      if (untouched && !sameValue(remote[key], this.saved[key])) {
        adopted[key] = remote[key];
        if (local !== undefined) valid[key] = remote[key];
        this.saved = { ...this.saved, [key]: remote[key] };
      }
    }
    this.draft = { valid, invalid: this.draft.invalid };
    this.report();
    return adopted;
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  state(): SaveState {
    if (this.running) return { kind: 'saving' };
    if (this.failure) return { kind: 'failed', error: this.failure };
    if (this.pendingPatch()) return { kind: 'pending' };
    if (this.draft.invalid.length > 0) return { kind: 'invalid', labelKeys: this.draft.invalid.map((f) => this.options.labelKey(f)) };
    return { kind: 'saved' };
  }

  private report(): void {
    this.options.onState(this.state());
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * Takes the stored values of the fields that were sent, and only those: a field another window changed meanwhile
 * must not look like a local edit (and be sent back over theirs); it arrives through adoptRemote instead.
 */
function takeSent<F extends object>(saved: F, stored: F, sent: Partial<F>): F {
  const next = { ...saved };
  for (const key of Object.keys(sent) as (keyof F)[]) next[key] = stored[key];
  return next;
}
