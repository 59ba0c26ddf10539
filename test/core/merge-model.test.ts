// Property-based tests of the merge rules on a model of three laptops: each keeps a change log per field (entries with
// the entries they were written on top of), edits at random, and merges others' logs at random moments. Values come
// from the real derivation (exchange/cells.ts), so these are the rules the app applies, run 1,000 times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveCell, headsOf, type CellEntry } from '../../electron/core/exchange/cells';
import { mergeableOf } from '../../electron/core/exchange/mergeable';

const textField = mergeableOf('notes')!.fields.text!;
const setField = mergeableOf('notes')!.fields.codeIds!;
const lwwField = mergeableOf('notes')!.fields.kind!;
type CellName = 'text' | 'set' | 'lww';
const fields = { text: textField, set: setField, lww: lwwField } as const;

class Laptop {
  readonly logs: Record<CellName, Map<string, CellEntry>> = { text: new Map(), set: new Map(), lww: new Map() };
  private wall = 0;
  private counter = 0;
  constructor(readonly device: string) {}

  tick(): string {
    this.counter += 1;
    return `${String(this.wall).padStart(15, '0')}-${this.counter.toString(36).padStart(4, '0')}-${this.device}`;
  }

  value(cell: CellName): unknown {
    return deriveCell([...this.logs[cell].values()], fields[cell]).value;
  }

  write(cell: CellName, value: unknown): void {
    const parents = headsOf([...this.logs[cell].values()].sort((a, b) => a.hlc.localeCompare(b.hlc))).map((h) => h.hlc);
    const hlc = this.tick();
    // As with the app's clock, a new timestamp comes after every one this laptop has written or taken in.
    const seen = (Object.keys(this.logs) as CellName[]).flatMap((c) => [...this.logs[c].keys()]);
    if (seen.some((other) => other >= hlc)) throw new Error(`the model's clock went back: ${hlc}`);
    this.logs[cell].set(hlc, { hlc, value: JSON.stringify(value), parents, deviceId: this.device, author: this.device });
  }

  /** Takes in another laptop's entries, and moves the clock past them. */
  merge(other: Laptop): void {
    for (const cell of Object.keys(this.logs) as CellName[]) for (const [hlc, entry] of other.logs[cell]) this.logs[cell].set(hlc, entry);
    const latest = (Object.keys(this.logs) as CellName[]).flatMap((c) => [...this.logs[c].keys()]).sort().pop();
    if (latest) {
      const wall = Number(latest.slice(0, 15));
      const counter = parseInt(latest.slice(16, 20), 36);
      if (wall > this.wall || (wall === this.wall && counter > this.counter)) [this.wall, this.counter] = [wall, counter];
    }
  }

  /** Like the app's clock (db/clock.ts): the counter starts again only when the wall time moves on. */
  advance(ms: number): void {
    if (ms <= 0) return;
    this.wall += ms;
    this.counter = 0;
  }
}

type Op =
  | { kind: 'insertWord'; laptop: number; at: number }
  | { kind: 'deleteWord'; laptop: number; at: number }
  | { kind: 'addToSet'; laptop: number; element: number }
  | { kind: 'removeFromSet'; laptop: number; at: number }
  | { kind: 'setScalar'; laptop: number; value: number }
  | { kind: 'merge'; into: number; from: number }
  | { kind: 'wait'; laptop: number; ms: number };

const laptop = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insertWord' as const), laptop, at: fc.nat(20) }),
  fc.record({ kind: fc.constant('deleteWord' as const), laptop, at: fc.nat(20) }),
  fc.record({ kind: fc.constant('addToSet' as const), laptop, element: fc.nat(6) }),
  fc.record({ kind: fc.constant('removeFromSet' as const), laptop, at: fc.nat(6) }),
  fc.record({ kind: fc.constant('setScalar' as const), laptop, value: fc.nat(4) }),
  fc.record({ kind: fc.constant('merge' as const), into: laptop, from: laptop }),
  fc.record({ kind: fc.constant('wait' as const), laptop, ms: fc.integer({ min: 0, max: 3 }) }),
);

let wordCounter = 0;
function apply(laptops: readonly Laptop[], step: Op): void {
  if (step.kind === 'merge') {
    if (step.into !== step.from) laptops[step.into]!.merge(laptops[step.from]!);
    return;
  }
  const l = laptops[step.laptop]!;
  switch (step.kind) {
    case 'insertWord': {
      const words = String(l.value('text') ?? '').split(' ').filter(Boolean);
      words.splice(step.at % (words.length + 1), 0, `w${(wordCounter += 1)}`);
      l.write('text', words.join(' '));
      return;
    }
    case 'deleteWord': {
      const words = String(l.value('text') ?? '').split(' ').filter(Boolean);
      if (words.length === 0) return;
      words.splice(step.at % words.length, 1);
      l.write('text', words.join(' '));
      return;
    }
    case 'addToSet': {
      const set = (l.value('set') as string[] | null) ?? [];
      if (!set.includes(`c${step.element}`)) l.write('set', [...set, `c${step.element}`]);
      return;
    }
    case 'removeFromSet': {
      const set = (l.value('set') as string[] | null) ?? [];
      if (set.length > 0) l.write('set', set.filter((_, i) => i !== step.at % set.length));
      return;
    }
    case 'setScalar':
      l.write('lww', `kind${step.value}`);
      return;
    case 'wait':
      l.advance(step.ms);
      return;
  }
}

function start(): Laptop[] {
  const origin = new Laptop('origin');
  origin.write('text', 'begin');
  origin.write('set', ['c0']);
  origin.write('lww', 'kind0');
  return ['a', 'b', 'c'].map((device) => {
    const copy = new Laptop(device);
    copy.merge(origin);
    return copy;
  });
}

const snapshot = (l: Laptop) => (Object.keys(fields) as CellName[]).map((cell) => deriveCell([...l.logs[cell].values()], fields[cell]));
const runs = { numRuns: 1000 };

describe('merge rules on three laptops (model)', () => {
  it('merged in any order, every laptop ends with the same values and conflicts; merging again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), fc.constantFrom([0, 1, 2], [2, 1, 0], [1, 0, 2]), (steps, order) => {
        const laptops = start();
        for (const step of steps) apply(laptops, step);
        // Each laptop merges the others in its own order.
        const finals = [0, 1, 2].map((i) => {
          const copy = new Laptop(`final${i}`);
          for (const j of i === 0 ? order : [...order].reverse()) copy.merge(laptops[j]!);
          return copy;
        });
        const first = snapshot(finals[0]!);
        for (const other of finals.slice(1)) expect(snapshot(other)).toEqual(first);
        // Merging the same logs once more is no change.
        finals[0]!.merge(laptops[order[0]!]!);
        expect(snapshot(finals[0]!)).toEqual(first);
      }),
      runs,
    );
  });

  it('every word a laptop typed that no later edit on top of it deleted is in the merged text or in a conflict version', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (steps) => {
        const laptops = start();
        for (const step of steps) apply(laptops, step);
        const all = new Laptop('all');
        for (const l of laptops) all.merge(l);
        const entries = [...all.logs.text.values()];
        const cell = deriveCell(entries, textField);
        const kept = new Set(String(cell.value ?? '').split(' '));
        const inConflict = new Set((cell.conflict?.versions ?? []).flatMap((v) => String(v.value ?? '').split(' ')));
        for (const head of headsOf([...entries].sort((a, b) => a.hlc.localeCompare(b.hlc)))) {
          for (const word of String(JSON.parse(head.value!) ?? '').split(' ').filter(Boolean)) {
            // Every head's words are kept, unless another head (which had not seen them) removed them in a clean merge.
            const removedElsewhere = !kept.has(word) && !cell.conflict;
            if (!removedElsewhere) expect(kept.has(word) || inConflict.has(word)).toBe(true);
          }
        }
        // Words typed concurrently on different laptops always survive (inserts never conflict away).
        if (!cell.conflict) {
          const heads = headsOf([...entries].sort((a, b) => a.hlc.localeCompare(b.hlc)));
          const inserted = heads.flatMap((h) => String(JSON.parse(h.value!) ?? '').split(' ')).filter((w) => /^w\d+$/.test(w));
          const deletedSomewhere = (w: string) => heads.some((h) => !String(JSON.parse(h.value!) ?? '').split(' ').includes(w));
          for (const word of inserted) if (!deletedSomewhere(word)) expect(kept.has(word)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('a set keeps every element added on any laptop, unless a laptop that had seen it removed it', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (steps) => {
        const laptops = start();
        for (const step of steps) apply(laptops, step);
        const all = new Laptop('all');
        for (const l of laptops) all.merge(l);
        const entries = [...all.logs.set.values()].sort((a, b) => a.hlc.localeCompare(b.hlc));
        const merged = new Set(deriveCell(entries, setField).value as string[]);
        const heads = headsOf(entries);
        const values = heads.map((h) => new Set(JSON.parse(h.value!) as string[]));
        // Present on every head: kept. Present on no head: gone.
        for (const element of ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']) {
          if (values.every((v) => v.has(element))) expect(merged.has(element)).toBe(true);
          if (values.every((v) => !v.has(element))) expect(merged.has(element)).toBe(false);
        }
        expect(merged.size).toBe([...merged].length);
      }),
      runs,
    );
  });
});
