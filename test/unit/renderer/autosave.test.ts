// The autosave engine behind the renderer's forms: what it sends, when, and what it reports.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientError } from '../../../shared/contract/client';
import { Autosaver, sameValue, type Draft } from '../../../renderer/src/app/autosave';
import type { SaveState } from '../../../renderer/src/app/save-state';

interface Fields {
  title: string;
  client: string;
}

const stored: Fields = { title: 'Circulair inkopen', client: '' };

function setup(save: (patch: Partial<Fields>) => Promise<Fields>) {
  const states: SaveState[] = [];
  const saver = new Autosaver<Fields>({ saved: stored, save, onState: (s) => states.push(s), labelKey: (f) => `fields.${f}`, delayMs: 300 });
  return { saver, states, last: () => states.at(-1)?.kind };
}

/** A stand-in for the file: applies patches to its own copy, like inventory.update does. */
function fakeFile() {
  let current = { ...stored };
  const patches: Partial<Fields>[] = [];
  return {
    patches,
    /** Another window writes to the same file. */
    writeElsewhere: (patch: Partial<Fields>) => (current = { ...current, ...patch }),
    save: async (patch: Partial<Fields>) => {
      patches.push(patch);
      current = { ...current, ...patch };
      return current;
    },
  };
}

const draft = (valid: Partial<Fields>, invalid: (keyof Fields)[] = []): Draft<Fields> => ({ valid: { ...stored, ...valid }, invalid });

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a changed field once typing has stopped for the debounce time', async () => {
    const file = fakeFile();
    const { saver, last } = setup(file.save);
    saver.edit(draft({ client: 'Gem' }));
    await vi.advanceTimersByTimeAsync(200);
    saver.edit(draft({ client: 'Gemeente Ede' }));
    expect(last()).toBe('pending');
    await vi.advanceTimersByTimeAsync(299);
    expect(file.patches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(file.patches).toEqual([{ client: 'Gemeente Ede' }]);
    expect(last()).toBe('saved');
  });

  it('sends at once on flush and sends nothing when nothing changed', async () => {
    const file = fakeFile();
    const { saver } = setup(file.save);
    saver.edit(draft({}));
    await saver.flush();
    expect(file.patches).toEqual([]);
    saver.edit(draft({ title: 'Nieuw' }));
    await saver.flush();
    expect(file.patches).toEqual([{ title: 'Nieuw' }]);
  });

  it('never sends an invalid field, and says so instead of "saved"', async () => {
    const file = fakeFile();
    const { saver, states } = setup(file.save);
    saver.edit({ valid: { client: 'Gemeente Ede' }, invalid: ['title'] });
    await saver.flush();
    expect(file.patches).toEqual([{ client: 'Gemeente Ede' }]);
    expect(states.at(-1)).toEqual({ kind: 'invalid', labelKeys: ['fields.title'] });
  });

  it('edits made while a save is in flight are sent right after it', async () => {
    const file = fakeFile();
    const waiting: (() => void)[] = [];
    const slow = (patch: Partial<Fields>) => new Promise<Fields>((resolve) => waiting.push(() => void file.save(patch).then(resolve)));
    const { saver, last } = setup(slow);
    saver.edit(draft({ client: 'A' }));
    const first = saver.flush();
    expect(last()).toBe('saving');
    saver.edit(draft({ client: 'AB' }));
    const second = saver.flush();
    waiting.shift()!();
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    expect(last()).toBe('saving');
    waiting.shift()!();
    await Promise.all([first, second]);
    expect(file.patches).toEqual([{ client: 'A' }, { client: 'AB' }]);
    expect(last()).toBe('saved');
  });

  it('a failed save is reported with its error and retried on the next flush', async () => {
    const file = fakeFile();
    let fail = true;
    const flaky = async (patch: Partial<Fields>) => {
      if (fail) throw new ClientError({ code: 'IO_ERROR', message: 'disk full', params: { detail: 'disk full' } });
      return file.save(patch);
    };
    const { saver, states } = setup(flaky);
    saver.edit(draft({ client: 'Gemeente Ede' }));
    await saver.flush();
    expect(states.at(-1)).toMatchObject({ kind: 'failed', error: { code: 'IO_ERROR' } });
    fail = false;
    await saver.flush();
    expect(file.patches).toEqual([{ client: 'Gemeente Ede' }]);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
  });

  it('a change stored elsewhere reaches untouched fields but never overwrites a local edit', async () => {
    const file = fakeFile();
    const { saver } = setup(file.save);
    saver.edit(draft({ title: 'Mijn titel' }));
    const remote = file.writeElsewhere({ title: 'Hun titel', client: 'Hun opdrachtgever' });
    const adopted = saver.adoptRemote(remote);
    expect(adopted).toEqual({ client: 'Hun opdrachtgever' });
    await saver.flush();
    expect(file.patches).toEqual([{ title: 'Mijn titel' }]);
  });

  it('a field another window changed during our save is not sent back over theirs', async () => {
    const file = fakeFile();
    const { saver } = setup(file.save);
    saver.edit(draft({ title: 'Mijn titel' }));
    // The other window saves the client while our title is on its way; our answer carries their client.
    file.writeElsewhere({ client: 'Hun opdrachtgever' });
    await saver.flush();
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect(file.patches).toEqual([{ title: 'Mijn titel' }]);
  });
});

describe('autosaving structured fields', () => {
  interface Structured {
    text: { nl: string; en: string };
    roles: string[];
  }

  it('a changed {nl, en} text is sent once, and the form then reports saved', async () => {
    let stored: Structured = { text: { nl: 'Vraag', en: '' }, roles: [] };
    const patches: Partial<Structured>[] = [];
    const states: SaveState[] = [];
    // Like the file: every answer is a fresh copy, never the objects that were sent.
    const saver = new Autosaver<Structured>({
      saved: structuredClone(stored),
      save: async (patch) => {
        patches.push(patch);
        stored = structuredClone({ ...stored, ...patch });
        return structuredClone(stored);
      },
      onState: (state) => states.push(state),
      labelKey: (field) => field,
      delayMs: 0,
    });
    saver.edit({ valid: { text: { nl: 'Vraag?', en: '' }, roles: [] }, invalid: [] });
    await saver.flush();
    // The next keystroke elsewhere in the form builds fresh but equal objects: nothing new to send.
    saver.edit({ valid: { text: { nl: 'Vraag?', en: '' }, roles: [] }, invalid: [] });
    await saver.flush();
    expect(patches).toEqual([{ text: { nl: 'Vraag?', en: '' } }]);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
  });

  it('a bilingual field typed with the debounce is sent once and then the state is saved, with no loop', async () => {
    vi.useFakeTimers();
    try {
      const patches: Partial<Structured>[] = [];
      let current: Structured = { text: { nl: '', en: '' }, roles: ['policy'] };
      const saver = new Autosaver<Structured>({
        saved: structuredClone(current),
        save: async (patch) => {
          patches.push(patch);
          current = structuredClone({ ...current, ...patch });
          return structuredClone(current);
        },
        onState: () => {},
        labelKey: (field) => field,
        delayMs: 300,
      });
      saver.edit({ valid: { text: { nl: 'Ambitie', en: 'Ambition' }, roles: ['policy'] }, invalid: [] });
      await vi.advanceTimersByTimeAsync(5000);
      expect(patches).toEqual([{ text: { nl: 'Ambitie', en: 'Ambition' } }]);
      expect(saver.state()).toEqual({ kind: 'saved' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a value stored elsewhere is adopted only when it differs in content', () => {
    const saver = new Autosaver<Structured>({ saved: { text: { nl: 'a', en: '' }, roles: ['policy'] }, save: async () => ({ text: { nl: 'a', en: '' }, roles: [] }), onState: () => {}, labelKey: (field) => field });
    expect(saver.adoptRemote({ text: { nl: 'a', en: '' }, roles: ['policy'] })).toEqual({});
    expect(saver.adoptRemote({ text: { nl: 'b', en: '' }, roles: ['policy'] })).toEqual({ text: { nl: 'b', en: '' } });
  });

  it('sameValue ignores key order but not array order', () => {
    expect(sameValue({ 1: { nl: 'a', en: 'b' }, 2: { en: 'd', nl: 'c' } }, { 2: { nl: 'c', en: 'd' }, 1: { en: 'b', nl: 'a' } })).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue({ nl: 'a', en: '' }, { nl: 'a' })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});

describe('autosave between two windows', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the stored value each edit started from, and shows the text the file combined it into', async () => {
    const sent: { patch: Partial<Fields>; base: Partial<Fields> }[] = [];
    const adopted: Partial<Fields>[] = [];
    const saver = new Autosaver<Fields>({
      saved: stored,
      // The file combines the edit with one another window made meanwhile.
      save: async (patch, base) => {
        sent.push({ patch, base });
        return { ...stored, ...patch, title: `${patch.title ?? stored.title} (en meer)` };
      },
      onState: () => {},
      onAdopt: (values) => adopted.push(values),
      labelKey: (f) => f,
    });
    saver.edit(draft({ title: 'Circulair inkopen nu' }));
    await saver.flush();
    expect(sent).toEqual([{ patch: { title: 'Circulair inkopen nu' }, base: { title: 'Circulair inkopen' } }]);
    expect(adopted).toEqual([{ title: 'Circulair inkopen nu (en meer)' }]);
    // The form now holds the combined text, so there is nothing left to send.
    expect(saver.pendingPatch()).toBeNull();
  });

  it('typing that goes on during a save is sent as started from what was sent, not from the combined text', async () => {
    const sent: { patch: Partial<Fields>; base: Partial<Fields> }[] = [];
    let release: () => void = () => {};
    const saver = new Autosaver<Fields>({
      saved: stored,
      save: async (patch, base) => {
        sent.push({ patch, base });
        if (sent.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return { ...stored, title: `${patch.title} + elders` };
      },
      onState: () => {},
      labelKey: (f) => f,
    });
    saver.edit(draft({ title: 'A' }));
    const first = saver.flush();
    await Promise.resolve();
    saver.edit(draft({ title: 'AB' }));
    release();
    await first;
    await saver.flush();
    expect(sent.map((s) => s.base.title)).toEqual(['Circulair inkopen', 'A']);
    expect(sent[1]!.patch.title).toBe('AB');
  });
});
