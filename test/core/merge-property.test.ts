// Property-based merge tests on real inventory files: random edit sequences (create, edit text, edit sets, reorder,
// delete, restore, forget, merge) on copies A, B and C of one inventory; merged in different orders they give the same
// content, merging a file twice changes nothing, and a forgotten respondent's name appears nowhere.
// MERGE_PROPERTY_RUNS sets the number of runs (default small, so the suite stays quick; the model test runs 1,000).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCore, sha256, tempDir } from './helpers';
import { allText, contentOf } from './merge-helpers';

const RUNS = Number(process.env.MERGE_PROPERTY_RUNS ?? 25);
const FORGOTTEN = 'Jolien Verhoef';
let origin = '';
let ids: { interview: string; respondents: string[]; note: string } = { interview: '', respondents: [], note: '' };

beforeAll(async () => {
  const core = makeCore();
  origin = path.join(core.dir, 'origin.inventaris');
  await core.client.call('files.create', { path: origin, fields: { title: 'Eigenschappen' }, template: 'empty' });
  const respondents = [];
  for (const name of [FORGOTTEN, 'Bram Smit', 'Carla Kok']) respondents.push((await core.client.call('respondents.create', { fields: { name, role: 'policy' } })).id);
  const interview = await core.client.call('interviews.create', { fields: { respondentIds: [respondents[1]!] } });
  const note = await core.client.call('notes.create', { fields: { kind: 'observation', text: `Gesprek met ${FORGOTTEN} over inkoop.`, interviewId: interview.id } });
  for (const text of ['Eerste aanbeveling', 'Tweede aanbeveling', 'Derde aanbeveling']) await core.client.call('recommendations.create', { fields: { text, addressedTo: 'region' } });
  ids = { interview: interview.id, respondents, note: note.id };
  await core.client.call('files.close');
});

type Op =
  | { kind: 'createNote'; copy: number; word: number }
  | { kind: 'editNote'; copy: number; pick: number; at: number; word: number; mention: boolean }
  | { kind: 'toggleRespondent'; copy: number; pick: number }
  | { kind: 'moveRecommendation'; copy: number; pick: number; to: number }
  | { kind: 'deleteNote'; copy: number; pick: number }
  | { kind: 'restoreNote'; copy: number; pick: number }
  | { kind: 'forget'; copy: number }
  | { kind: 'merge'; into: number; from: number };

const copy = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('createNote' as const), copy, word: fc.nat(99) }),
  fc.record({ kind: fc.constant('editNote' as const), copy, pick: fc.nat(5), at: fc.nat(8), word: fc.nat(99), mention: fc.boolean() }),
  fc.record({ kind: fc.constant('toggleRespondent' as const), copy, pick: fc.nat(2) }),
  fc.record({ kind: fc.constant('moveRecommendation' as const), copy, pick: fc.nat(2), to: fc.nat(2) }),
  fc.record({ kind: fc.constant('deleteNote' as const), copy, pick: fc.nat(5) }),
  fc.record({ kind: fc.constant('restoreNote' as const), copy, pick: fc.nat(5) }),
  fc.record({ kind: fc.constant('forget' as const), copy }),
  fc.record({ kind: fc.constant('merge' as const), into: copy, from: copy }),
);

type Core = ReturnType<typeof makeCore> & { file: string };

async function openCopies(dir: string, names: readonly string[]): Promise<Core[]> {
  const cores: Core[] = [];
  for (const name of names) {
    const file = path.join(dir, `${name}.inventaris`);
    if (!fs.existsSync(file)) fs.copyFileSync(origin, file);
    const core = makeCore(path.join(dir, `core-${name}`));
    core.session.env.config.update({ authorName: name });
    await core.client.call('files.open', { path: file });
    cores.push({ ...core, file });
  }
  return cores;
}

async function apply(cores: readonly Core[], step: Op): Promise<void> {
  if (step.kind === 'merge') {
    if (step.into !== step.from) await cores[step.into]!.client.call('merge.run', { path: cores[step.from]!.file });
    return;
  }
  const c = cores[step.copy]!.client;
  const notes = async (deleted: boolean) => (await c.call('notes.list', { includeDeleted: true })).filter((n) => (n.deletedAt !== null) === deleted).sort((a, b) => a.id.localeCompare(b.id));
  switch (step.kind) {
    case 'createNote':
      await c.call('notes.create', { fields: { kind: 'kans', text: `Nieuw idee ${step.word}` } });
      return;
    case 'editNote': {
      const live = await notes(false);
      if (live.length === 0) return;
      const note = live[step.pick % live.length]!;
      const words = note.text.split(' ');
      words.splice(step.at % (words.length + 1), 0, step.mention ? FORGOTTEN : `woord${step.word}`);
      await c.call('notes.update', { id: note.id, patch: { text: words.join(' ') } });
      return;
    }
    case 'toggleRespondent': {
      const interview = (await c.call('interviews.list')).find((i) => i.id === ids.interview)!;
      const id = ids.respondents[step.pick]!;
      const next = interview.respondentIds.includes(id) ? interview.respondentIds.filter((r) => r !== id) : [...interview.respondentIds, id];
      await c.call('interviews.update', { id: ids.interview, patch: { respondentIds: next } });
      return;
    }
    case 'moveRecommendation': {
      const list = await c.call('recommendations.list');
      await c.call('recommendations.move', { id: list[step.pick % list.length]!.id, toIndex: step.to });
      return;
    }
    case 'deleteNote': {
      const live = await notes(false);
      if (live.length > 0) await c.call('notes.delete', { id: live[step.pick % live.length]!.id });
      return;
    }
    case 'restoreNote': {
      const gone = await notes(true);
      if (gone.length > 0) await c.call('notes.restore', { id: gone[step.pick % gone.length]!.id });
      return;
    }
    case 'forget': {
      const person = (await c.call('respondents.list')).find((r) => r.id === ids.respondents[0]);
      if (person && !person.forgottenAt) await c.call('respondents.forget', { id: person.id });
      return;
    }
  }
}

describe('merging random edits on three copies (real files)', () => {
  it('gives the same content in every order, merging twice changes nothing, and forgotten names stay gone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (steps) => {
        const dir = tempDir();
        const cores = await openCopies(dir, ['A', 'B', 'C']);
        for (const step of steps) await apply(cores, step);
        for (const core of cores) await core.client.call('files.close');
        // Two orders, on separate copies of the three files.
        const orders = [
          ['A', 'B', 'C'],
          ['C', 'B', 'A'],
          ['B', 'A', 'C'],
        ];
        const results: string[] = [];
        for (const [index, order] of orders.entries()) {
          const target = path.join(dir, `order${index}.inventaris`);
          fs.copyFileSync(path.join(dir, `${order[0]}.inventaris`), target);
          const [core] = await openCopies(dir, [`order${index}`]);
          for (const name of order.slice(1)) await core!.client.call('merge.run', { path: path.join(dir, `${name}.inventaris`) });
          // Merging one of them again changes nothing at all.
          const before = sha256(target);
          const again = await core!.client.call('merge.run', { path: path.join(dir, `${order[1]}.inventaris`) });
          expect(again.nothingNew).toBe(true);
          expect(sha256(target)).toBe(before);
          await core!.client.call('files.close');
          results.push(target);
        }
        const first = contentOf(results[0]!);
        for (const other of results.slice(1)) expect(contentOf(other)).toEqual(first);
        const forgotten = steps.some((s) => s.kind === 'forget');
        if (forgotten) for (const file of results) expect(allText(file)).not.toContain('Verhoef');
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
