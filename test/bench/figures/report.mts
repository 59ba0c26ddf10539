// demoReport and largeReport: exporting the Word report (model, charts, docx, pack, atomic write). `overhead` is the
// whole export's time divided by the time docx's Packer.toBuffer alone took on the same finished document, as the
// median of several exports; `firstMs` and `firstOverhead` are the first export's, which includes warming up.
import path from 'node:path';
import { createDemoInventory } from '../../../electron/core/demo';
import { openInventoryFile } from '../../../electron/core/db/file';
import { exportReport } from '../../../electron/core/report/export';
import { median, ms, timeMs, type BenchContext, type Figure } from '../harness.mts';
import { large } from './large.mts';

async function exportRuns(ctx: BenchContext, file: string, runs: number) {
  const opened = openInventoryFile(file, { deviceId: 'bench-report', readOnly: true });
  try {
    const totals: number[] = [];
    const ratios: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i += 1) {
      let packMs = 0;
      const total = await timeMs(async () => {
        const result = await exportReport(opened.db, path.join(ctx.dir, `report-${i}.docx`));
        packMs = result.packMs;
        bytes = result.bytes;
      });
      totals.push(total);
      ratios.push(total / packMs);
    }
    // The first export of a run is also reported on its own: it includes warming up (JIT) on this inventory's sizes.
    const round = (value: number) => Math.round(value * 100) / 100;
    return { ms: ms(median(totals)), overhead: round(median(ratios)), firstMs: ms(totals[0]!), firstOverhead: round(ratios[0]!), bytes, n: runs };
  } finally {
    opened.db.close();
  }
}

export const demoReportFigure: Figure = {
  key: 'demoReport',
  async run(ctx) {
    const file = path.join(ctx.dir, 'demo.inventaris');
    await createDemoInventory(file, { configDir: ctx.configDir });
    ctx.log('demoReport: exporting the demo report');
    return exportRuns(ctx, file, 7);
  },
};

export const largeReportFigure: Figure = {
  key: 'largeReport',
  async run(ctx) {
    const facts = await large(ctx);
    ctx.log('largeReport: exporting the report of the Large inventory');
    // Seven exports, as for the demo: the median then measures an export once warmed up, not the warming up.
    return exportRuns(ctx, facts.path, 7);
  },
};
