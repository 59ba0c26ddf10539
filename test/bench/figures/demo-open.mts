// demoOpen: opening the demo inventory (8 organisations, 16 interviews, ~600 answers, ~70 notes) and loading what
// the first screens show: the interview list and one interview's workspace.
import path from 'node:path';
import { createDemoInventory } from '../../../electron/core/demo';
import { createInProcessCore } from '../../../electron/core/in-process';
import { median, ms, timeMs, type Figure } from '../harness.mts';

const OPENS = 15;

export const demoOpenFigure: Figure = {
  key: 'demoOpen',
  async run(ctx) {
    const file = path.join(ctx.dir, 'demo.inventaris');
    const writeMs = await timeMs(() => createDemoInventory(file, { configDir: ctx.configDir }));
    const opens: number[] = [];
    const firstScreens: number[] = [];
    for (let i = 0; i < OPENS; i += 1) {
      const core = createInProcessCore({ configDir: ctx.configDir });
      opens.push(await timeMs(() => core.client.call('files.open', { path: file })));
      firstScreens.push(
        await timeMs(async () => {
          const interviews = await core.client.call('interviews.list');
          await core.client.call('interviews.workspace', { id: interviews[0]!.id });
        }),
      );
      core.session.close();
    }
    ctx.log(`demoOpen: ${OPENS} opens`);
    return { writeMs: ms(writeMs), openMs: ms(median(opens)), interviewListAndWorkspaceMs: ms(median(firstScreens)), n: OPENS };
  },
};
