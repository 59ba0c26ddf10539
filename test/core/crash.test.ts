// A process killed with SIGKILL in the middle of saving leaves a sound file holding every committed edit.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeCore } from './helpers';

const writer = path.resolve(__dirname, '../fixtures/crash-writer.mts');

/** Runs the writer until it has reported `edits` commits, kills it with SIGKILL, returns the last reported edit. */
function writeThenKill(file: string, edits: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) last = Number(line);
      if (last >= edits && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`writer ended without being killed: ${stderr}`));
    });
  });
}

describe('a crash while saving', () => {
  it('leaves a file that passes integrity_check and holds every committed edit', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'crash.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Crash' } });
    await core.client.call('files.close');

    for (const edits of [40, 150, 400]) {
      const lastCommitted = await writeThenKill(file, edits);
      expect(lastCommitted).toBeGreaterThanOrEqual(edits);
      // Opening recovers from a hot journal the killed writer may have left.
      const db = new Database(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const { client } = db.prepare('SELECT client FROM inventory').get() as { client: string };
      const onDisk = Number(client.replace('client ', ''));
      // Every edit reported as committed is in the file (a later, unreported one may be too).
      expect(onDisk).toBeGreaterThanOrEqual(lastCommitted);
      const logged = db.prepare("SELECT count(*) AS n FROM change_log WHERE field = 'client' AND value LIKE '\"client %'").get() as { n: number };
      expect(logged.n).toBeGreaterThanOrEqual(lastCommitted);
      db.close();
    }
    const reopened = await core.client.call('files.open', { path: file });
    expect(reopened.inventory.title).toBe('Crash');
  });
});
