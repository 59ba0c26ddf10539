// openMs: median time for Session.open of a file whose change log holds a fixed synthetic history.
import fs from 'node:fs';
import path from 'node:path';
import { HybridClock } from '../../../electron/core/db/clock';
import { recordFieldChanges } from '../../../electron/core/db/changes';
import { openInventoryFile, writable } from '../../../electron/core/db/file';
import { createInProcessCore } from '../../../electron/core/in-process';
import { getInventory } from '../../../electron/core/inventories/inventory';
import { median, ms, seededRandom, syntheticText, timeMs, type Figure } from '../harness.mts';

const CHANGES = 50_000;
const RUNS = 21;
const SEED = 20261128;
const fields = ['title', 'client', 'region', 'description'] as const;

/** Writes CHANGES change-log rows, stamped by a clock that starts on a fixed date, in one transaction. */
function fillChangeLog(file: string): void {
  const random = seededRandom(SEED);
  const opened = openInventoryFile(file, { deviceId: 'bench-device' });
  try {
    const db = writable(opened);
    const inventoryId = getInventory(db).id;
    let wall = Date.UTC(2026, 0, 5, 9);
    const clock = new HybridClock('bench-device', () => wall);
    const author = { deviceId: 'bench-device', name: 'Bench' };
    db.transaction(() => {
      for (let i = 0; i < CHANGES; i += 1) {
        wall += 1 + Math.floor(random() * 4000);
        const field = fields[Math.floor(random() * fields.length)]!;
        recordFieldChanges(db, clock, author, 'inventory', inventoryId, { [field]: syntheticText(random, field === 'description' ? 40 : 4) });
      }
    })();
  } finally {
    opened.db.close();
  }
}

export const openFigure: Figure = {
  key: 'openMs',
  async run(ctx) {
    const core = createInProcessCore({ configDir: ctx.configDir });
    const file = path.join(ctx.dir, 'open.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Openen' } });
    await core.client.call('files.close');
    ctx.log(`open: writing ${CHANGES} synthetic changes`);
    fillChangeLog(file);
    ctx.size('openChanges', CHANGES);
    ctx.size('openFileBytes', fs.statSync(file).size);
    ctx.size('openRuns', RUNS);

    const samples: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      samples.push(await timeMs(() => core.session.open(file)));
      core.session.close();
    }
    ctx.log(`open: ${RUNS} opens`);
    return ms(median(samples));
  },
};
