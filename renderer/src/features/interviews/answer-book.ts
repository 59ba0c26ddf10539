// The answers of one interview as interview mode edits them: one autosave engine per question (so the save
// indicator tells the truth), a debounce for typing with a maximum wait (so steady typing still reaches the file
// within half a second), and adoption of answers stored elsewhere that never touches a field being edited here.
import type { Answer, AnswerValue } from '../../../../shared/contract/fieldwork';
import { Autosaver, type Draft } from '../../app/autosave';
import { registerSaveSource, type SaveSource, type SaveState } from '../../app/save-state';
import { canonicalValue, isAnswered, type NoAnswer } from './answer-values';

/** What the interviewer has entered for one question. */
export interface AnswerForm {
  readonly value: AnswerValue;
  readonly noAnswer: NoAnswer | null;
  readonly explanation: string;
}
export type AnswerField = keyof AnswerForm;

export interface AnswerSaveInput {
  readonly interviewId: string;
  readonly questionId: string;
  readonly value?: AnswerValue;
  readonly noAnswer?: NoAnswer | null;
  readonly explanation?: string;
  /** What the edited fields held when this editor loaded them; an edit made elsewhere meanwhile is combined. */
  readonly base?: { readonly value?: AnswerValue; readonly explanation?: string };
}

export const emptyAnswer: AnswerForm = { value: null, noAnswer: null, explanation: '' };

function formOf(answer: Answer | undefined): AnswerForm {
  return answer ? { value: canonicalValue(answer.value), noAnswer: answer.noAnswer, explanation: answer.explanation } : emptyAnswer;
}

const severity: Readonly<Record<SaveState['kind'], number>> = { failed: 4, invalid: 3, saving: 2, pending: 1, saved: 0 };

export interface AnswerBookOptions {
  readonly interviewId: string;
  readonly answers: readonly Answer[];
  readonly save: (input: AnswerSaveInput) => Promise<Answer>;
  /** Registers the book with the save indicator; tests pass their own. */
  readonly register?: (flush: () => Promise<void>) => SaveSource;
  /** Debounce while typing. */
  readonly delayMs?: number;
  /** Longest time an edit waits while typing goes on. */
  readonly maxWaitMs?: number;
}

interface Entry {
  readonly saver: Autosaver<AnswerForm>;
  form: AnswerForm;
  /** The value field holds text that is not a valid value (e.g. "2,,5" in a number field): kept, not sent. */
  invalidValue: boolean;
  maxTimer: ReturnType<typeof setTimeout> | null;
  /** updatedAt of the newest answer this window stored; older data from elsewhere is ignored. */
  storedAt: string;
}

export interface EditOptions {
  /** Send at once (choices) instead of after the typing debounce. */
  readonly immediate?: boolean;
  /** The value field holds something that cannot be saved. */
  readonly invalidValue?: boolean;
}

export class AnswerBook {
  private readonly entries = new Map<string, Entry>();
  private readonly remote = new Map<string, Answer>();
  private readonly states = new Map<string, SaveState>();
  private forms = new Map<string, AnswerForm>();
  private readonly listeners = new Set<() => void>();
  private readonly source: SaveSource;
  private disposed = false;

  constructor(private readonly options: AnswerBookOptions) {
    for (const answer of options.answers) {
      this.remote.set(answer.questionId, answer);
      this.forms.set(answer.questionId, formOf(answer));
    }
    this.source = (options.register ?? registerSaveSource)(() => this.flush());
  }

  // A small external store for useSyncExternalStore: the snapshot is a new map after every change.
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ReadonlyMap<string, AnswerForm> => this.forms;

  form(questionId: string): AnswerForm {
    return this.forms.get(questionId) ?? emptyAnswer;
  }

  isAnswered(questionId: string): boolean {
    return isAnswered(this.forms.get(questionId));
  }

  /** Applies an edit of one question and schedules its save. Giving a value clears "no answer", and vice versa. */
  edit(questionId: string, patch: Partial<AnswerForm>, options: EditOptions = {}): void {
    if (this.disposed) return;
    const entry = this.entry(questionId);
    const next: { -readonly [K in AnswerField]: AnswerForm[K] } = { ...entry.form, ...patch };
    if (patch.noAnswer) next.value = null;
    else if (patch.value !== undefined && canonicalValue(patch.value) !== null) next.noAnswer = null;
    next.value = canonicalValue(next.value);
    if (options.invalidValue !== undefined) entry.invalidValue = options.invalidValue;
    else if (patch.value !== undefined || patch.noAnswer) entry.invalidValue = false;
    this.setForm(questionId, entry, next);
    entry.saver.edit(this.draft(entry));
    if (options.immediate) {
      this.clearMaxTimer(entry);
      void entry.saver.flush();
    } else if (entry.maxTimer === null) {
      entry.maxTimer = setTimeout(() => {
        entry.maxTimer = null;
        void entry.saver.flush();
      }, this.options.maxWaitMs ?? 400);
    }
  }

  /** Sends every pending edit now. */
  flush(): Promise<void> {
    return Promise.all([...this.entries.values()].map((entry) => this.flushEntry(entry))).then(() => undefined);
  }

  flushQuestion(questionId: string): Promise<void> {
    const entry = this.entries.get(questionId);
    return entry ? this.flushEntry(entry) : Promise.resolve();
  }

  /**
   * Takes in answers as stored now (another tab, a merge). Per field, a question follows the stored answer unless
   * it holds an unsaved edit here or is the field that has focus; answers older than this window's own saves are ignored.
   */
  adoptRemote(answers: readonly Answer[], focused: { readonly questionId: string; readonly field: AnswerField } | null): void {
    if (this.disposed) return;
    let changed = false;
    for (const answer of answers) {
      const entry = this.entries.get(answer.questionId);
      if (!entry) {
        const previous = this.remote.get(answer.questionId);
        if (previous && previous.updatedAt >= answer.updatedAt) continue;
        this.remote.set(answer.questionId, answer);
        this.forms = new Map(this.forms).set(answer.questionId, formOf(answer));
        changed = true;
        continue;
      }
      if (answer.updatedAt < entry.storedAt) continue;
      let stored = formOf(answer);
      if (focused && focused.questionId === answer.questionId) stored = { ...stored, [focused.field]: entry.saver.savedValues[focused.field] };
      const adopted = entry.saver.adoptRemote(stored);
      if (Object.keys(adopted).length === 0) continue;
      const next: { -readonly [K in AnswerField]: AnswerForm[K] } = { ...entry.form };
      if (adopted.value !== undefined) next.value = adopted.value;
      if (adopted.noAnswer !== undefined) next.noAnswer = adopted.noAnswer;
      if (adopted.explanation !== undefined) next.explanation = adopted.explanation;
      // A value chosen here and a "no answer" chosen elsewhere cannot both stand: the edit here is newer.
      if (next.value !== null && next.noAnswer !== null) next.noAnswer = null;
      entry.form = next;
      this.forms = new Map(this.forms).set(answer.questionId, next);
      changed = true;
    }
    if (changed) this.emit();
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of this.entries.values()) {
      this.clearMaxTimer(entry);
      entry.saver.dispose();
    }
    this.source.dispose();
    this.listeners.clear();
  }

  private flushEntry(entry: Entry): Promise<void> {
    this.clearMaxTimer(entry);
    return entry.saver.flush();
  }

  private entry(questionId: string): Entry {
    const existing = this.entries.get(questionId);
    if (existing) return existing;
    const form = this.form(questionId);
    const entry: Entry = {
      form,
      invalidValue: false,
      maxTimer: null,
      storedAt: this.remote.get(questionId)?.updatedAt ?? '',
      saver: new Autosaver<AnswerForm>({
        saved: form,
        save: async (patch, base) => {
          const textBase = {
            ...(typeof patch.value === 'string' && base.value !== undefined && { value: base.value }),
            ...(patch.explanation !== undefined && base.explanation !== undefined && { explanation: base.explanation }),
          };
          const answer = await this.options.save({
            interviewId: this.options.interviewId,
            questionId,
            ...(patch.value !== undefined && { value: patch.value }),
            ...(patch.noAnswer !== undefined && { noAnswer: patch.noAnswer }),
            ...(patch.explanation !== undefined && { explanation: patch.explanation }),
            ...(Object.keys(textBase).length > 0 && { base: textBase }),
          });
          if (answer.updatedAt > entry.storedAt) entry.storedAt = answer.updatedAt;
          // Take back only what was sent (value and "no answer" move together in the core). A field another tab
          // changed meanwhile must arrive through adoptRemote, or the engine would send this tab's old text back.
          const stored = formOf(answer);
          const before = entry.saver.savedValues;
          const sentChoice = patch.value !== undefined || patch.noAnswer !== undefined;
          return {
            value: sentChoice ? stored.value : before.value,
            noAnswer: sentChoice ? stored.noAnswer : before.noAnswer,
            explanation: patch.explanation !== undefined ? stored.explanation : before.explanation,
          };
        },
        onState: (state) => this.report(questionId, state),
        // The file combined this answer with another window's edit: show the combined text.
        onAdopt: (adopted) => this.setForm(questionId, entry, { ...entry.form, ...adopted }),
        labelKey: () => 'interviews:fields.answerNumber',
        delayMs: this.options.delayMs ?? 300,
      }),
    };
    this.entries.set(questionId, entry);
    return entry;
  }

  private draft(entry: Entry): Draft<AnswerForm> {
    const form = entry.form;
    if (!entry.invalidValue) return { valid: form, invalid: [] };
    return { valid: { noAnswer: form.noAnswer, explanation: form.explanation }, invalid: ['value'] };
  }

  private setForm(questionId: string, entry: Entry, form: AnswerForm): void {
    entry.form = form;
    this.forms = new Map(this.forms).set(questionId, form);
    this.emit();
  }

  private report(questionId: string, state: SaveState): void {
    this.states.set(questionId, state);
    let worst: SaveState = { kind: 'saved' };
    for (const each of this.states.values()) if (severity[each.kind] > severity[worst.kind]) worst = each;
    this.source.set(worst);
  }

  private clearMaxTimer(entry: Entry): void {
    if (entry.maxTimer !== null) clearTimeout(entry.maxTimer);
    entry.maxTimer = null;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
