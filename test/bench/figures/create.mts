// createMs: median time to create a new inventory file through the registry (schema, first row, fsync, open).
import path from 'node:path';
import { createInProcessCore } from '../../../electron/core/in-process';
import { median, ms, timeMs, type Figure } from '../harness.mts';

const RUNS = 15;

export const createFigure: Figure = {
  key: 'createMs',
  async run(ctx) {
    const core = createInProcessCore({ configDir: ctx.configDir });
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const file = path.join(ctx.dir, `create-${i}.inventaris`);
      samples.push(await timeMs(() => core.client.call('files.create', { path: file, fields: { title: `Inventarisatie ${i}` } })));
      await core.client.call('files.close');
    }
    ctx.size('createRuns', RUNS);
    ctx.log(`create: ${RUNS} files`);
    return ms(median(samples));
  },
};
