// largeMerge: merging two copies of the Large inventory (test/bench/large.mts, built once per bench run and shared with
// the other Large figures) with 20% of the rows (notes and answers) edited on each side, compared with a plain VACUUM
// INTO copy of the same file in the same run; largeMergeNoop: merging an identical copy.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openInventoryFile, writable } from '../../../electron/core/db/file';
import { updateEntity } from '../../../electron/core/db/entities';
import { saveAnswerText } from './merge-edits.mts';
import { mergeInventoryFile } from '../../../electron/core/exchange/merge';
import { backupOptionsFor, createBackup } from '../../../electron/core/exchange/backups';
import { ConfigStore } from '../../../electron/core/config';
import { noteSpec } from '../../../electron/core/notes/notes';
import { large } from './large.mts';
import { median, ms, seededRandom, type BenchContext, type Figure } from '../harness.mts';

const RUNS = 3;
const SHARE = 0.2;

/** Edits SHARE of the notes and answers of `file` as device `device`: a word added at a place that depends on the side. */
function editShare(file: string, device: string, side: number): number {
  const opened = openInventoryFile(file, { deviceId: device });
  const db = writable(opened);
  const author = { deviceId: device, name: device };
  const random = seededRandom(side === 0 ? 11 : 22);
  let edited = 0;
  db.transaction(() => {
    const notes = db.prepare('SELECT id, text FROM notes').all() as { id: string; text: string }[];
    for (const note of notes) {
      if (random() >= SHARE) continue;
      const words = note.text.split(' ');
      words.splice(side === 0 ? 1 : words.length - 1, 0, side === 0 ? 'vooraan' : 'achteraan');
      updateEntity(db, opened.clock, author, noteSpec, note.id, { text: words.join(' ') });
      edited += 1;
    }
    const answers = db.prepare('SELECT interview_id, question_id, explanation FROM answers').all() as { interview_id: string; question_id: string; explanation: string }[];
    for (const answer of answers) {
      if (random() >= SHARE) continue;
      saveAnswerText(db, opened.clock, author, answer.interview_id, answer.question_id, `${answer.explanation} ${side === 0 ? 'links' : 'rechts'}`);
      edited += 1;
    }
  })();
  opened.db.close();
  return edited;
}

interface MergeFigures {
  readonly ms: number;
  readonly ratio: number;
  readonly vacuumIntoMs: number;
  readonly noopMs: number;
  readonly runs: number;
}
let measured: Promise<MergeFigures> | undefined;

/** Measures once per bench run on the shared Large, with the copies in the bench's own folder (removed when the bench ends). */
function measure(ctx: BenchContext): Promise<MergeFigures> {
  measured ??= measureIn(ctx, fs.mkdtempSync(path.join(path.dirname(ctx.dir), 'merge-large-')));
  return measured;
}

async function measureIn(ctx: BenchContext, dir: string): Promise<MergeFigures> {
  const facts = await large(ctx);
  const origin = facts.path;
  const configDir = path.join(dir, 'config');
  const config = new ConfigStore(configDir);
  const merges: number[] = [];
  const copies: number[] = [];
  const noops: number[] = [];
  let edited = 0;
  let summary: unknown = null;
  for (let run = 0; run < RUNS; run += 1) {
    const a = path.join(dir, `a${run}.inventaris`);
    const b = path.join(dir, `b${run}.inventaris`);
    fs.copyFileSync(origin, a);
    fs.copyFileSync(origin, b);
    edited = editShare(a, 'device-a', 0) + editShare(b, 'device-b', 1);
    const local = openInventoryFile(a, { deviceId: 'device-a' });
    try {
      const copyTarget = path.join(dir, `vacuum${run}.inventaris`);
      const t0 = performance.now();
      local.db.prepare('VACUUM INTO ?').run(copyTarget);
      copies.push(performance.now() - t0);
      fs.rmSync(copyTarget);
      const t1 = performance.now();
      // The backup as the app makes it before a merge (exchange-api.ts).
      const backup = (file: typeof local) => createBackup(file, 'merge', backupOptionsFor(config, { byteCopy: true })).path;
      const result = mergeInventoryFile(local, { deviceId: 'device-a', name: 'A' }, b, { backup });
      merges.push(performance.now() - t1);
      summary = { changes: result.changes, openConflicts: result.openConflicts, kinds: result.kinds };
      const t2 = performance.now();
      const again = mergeInventoryFile(local, { deviceId: 'device-a', name: 'A' }, b, { backup });
      noops.push(performance.now() - t2);
      if (!again.nothingNew) throw new Error('merging the same file twice changed something');
    } finally {
      local.db.close();
    }
    fs.rmSync(b);
    fs.rmSync(a);
  }
  ctx.size('largeMergeEditedRows', edited);
  ctx.log(`merge summary: ${JSON.stringify(summary)}`);
  return {
    ms: ms(median(merges)),
    ratio: Math.round((median(merges) / median(copies)) * 100) / 100,
    vacuumIntoMs: ms(median(copies)),
    noopMs: ms(median(noops)),
    runs: RUNS,
  };
}

export const largeMergeFigure: Figure = {
  key: 'largeMerge',
  async run(ctx) {
    const { ms: mergeMs, ratio, vacuumIntoMs, runs } = await measure(ctx);
    return { ms: mergeMs, ratio, vacuumIntoMs, runs };
  },
};

/** Merging a copy that holds nothing new (the same file again). */
export const largeMergeNoopFigure: Figure = {
  key: 'largeMergeNoop',
  async run(ctx) {
    const { noopMs, runs } = await measure(ctx);
    return { ms: noopMs, runs };
  },
};
