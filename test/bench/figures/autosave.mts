// autosave: latency of one field edit from the call to the commit on disk (synchronous=FULL, so the call returns
// only after fsync). 1,000 edits through the registry, as the renderer makes them while someone types.
import path from 'node:path';
import { createInProcessCore } from '../../../electron/core/in-process';
import { ms, quantile, seededRandom, syntheticText, timeMs, type Figure } from '../harness.mts';

const EDITS = 1000;
const SEED = 7;

export const autosaveFigure: Figure = {
  key: 'autosave',
  async run(ctx) {
    const core = createInProcessCore({ configDir: ctx.configDir });
    const file = path.join(ctx.dir, 'autosave.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Autosave' } });
    const random = seededRandom(SEED);
    let description = '';
    const samples: number[] = [];
    for (let i = 0; i < EDITS; i += 1) {
      // Mostly typing in the long description, now and then a short field.
      const patch =
        i % 10 === 9
          ? { client: syntheticText(random, 3) }
          : { description: (description = `${description} ${syntheticText(random, 1)}`.slice(-4000)) };
      samples.push(await timeMs(() => core.client.call('inventory.update', { patch })));
    }
    await core.client.call('files.close');
    ctx.size('autosaveEdits', EDITS);
    ctx.log(`autosave: ${EDITS} edits`);
    return { p50Ms: ms(quantile(samples, 0.5)), p95Ms: ms(quantile(samples, 0.95)), n: samples.length };
  },
};
