// The Large figures: heat map, theme matrix and search on the Large inventory (test/bench/large.mts), and opening
// it. The file is built once per bench run and shared by these figures.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeHeatmap } from '../../../electron/core/analysis/scores';
import { computeThemes } from '../../../electron/core/analysis/themes';
import { completeness } from '../../../electron/core/analysis/overview';
import { openInventoryFile } from '../../../electron/core/db/file';
import { createInProcessCore } from '../../../electron/core/in-process';
import { search } from '../../../electron/core/search/search';
import { parseSearchQuery } from '../../../electron/core/search/query';
import { buildLargeInventory, type LargeFacts } from '../large.mts';
import { median, ms, quantile, type BenchContext, type Figure } from '../harness.mts';

const RUNS = 30;
let built: Promise<LargeFacts> | undefined;

/** Builds Large once per run, in the bench's own folder (removed when the bench ends). */
export function large(ctx: BenchContext): Promise<LargeFacts> {
  built ??= (async () => {
    const dir = path.join(path.dirname(process.env.INVENTARIS_HOME ?? ctx.dir), 'large');
    fs.mkdirSync(dir, { recursive: true });
    const start = performance.now();
    const facts = await buildLargeInventory(path.join(dir, 'large.inventaris'), { configDir: path.join(dir, 'config') });
    ctx.log(`Large built in ${Math.round(performance.now() - start)} ms: ${JSON.stringify({ ...facts, path: undefined })}`);
    // The build leaves hundreds of megabytes for the kernel to write back; flush them now, so that writeback does not
    // run during (and slow down) the figures measured on Large.
    const synced = performance.now();
    for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('large.inventaris'))) {
      const fd = fs.openSync(path.join(dir, file), 'r');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
    ctx.log(`Large flushed to disk in ${Math.round(performance.now() - synced)} ms`);
    ctx.size('largeOrganisations', facts.organisations);
    ctx.size('largeInterviews', facts.interviews);
    ctx.size('largeAnswers', facts.answers);
    ctx.size('largeNotes', facts.notes);
    ctx.size('largeSegments', facts.segments);
    ctx.size('largeVocabulary', facts.vocabulary);
    ctx.size('largeFileBytes', fs.statSync(facts.path).size);
    return facts;
  })();
  return built;
}

function samples(work: () => unknown, runs = RUNS): number[] {
  work(); // warm the statement cache and the page cache once
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

const summary = (times: readonly number[]) => ({ p95Ms: ms(quantile(times, 0.95)), medianMs: ms(median(times)), n: times.length });

export const largeHeatmapFigure: Figure = {
  key: 'largeHeatmap',
  async run(ctx) {
    const facts = await large(ctx);
    const opened = openInventoryFile(facts.path, { deviceId: 'bench', readOnly: true });
    try {
      const all = samples(() => computeHeatmap(opened.db, { view: 'all' }));
      const gap = samples(() => computeHeatmap(opened.db, { view: 'gap' }));
      return { ...summary(all), gapP95Ms: ms(quantile(gap, 0.95)), cells: computeHeatmap(opened.db).cells.length };
    } finally {
      opened.db.close();
    }
  },
};

export const largeThemesFigure: Figure = {
  key: 'largeThemes',
  async run(ctx) {
    const facts = await large(ctx);
    const opened = openInventoryFile(facts.path, { deviceId: 'bench', readOnly: true });
    try {
      const all = samples(() => computeThemes(opened.db));
      const policy = samples(() => computeThemes(opened.db, { role: 'policy' }));
      return { ...summary(all), policyP95Ms: ms(quantile(policy, 0.95)) };
    } finally {
      opened.db.close();
    }
  },
};

export const largeSearchFigure: Figure = {
  key: 'largeSearch',
  async run(ctx) {
    const facts = await large(ctx);
    const queries = [facts.words.rare, facts.words.common, `${facts.words.prefix}*`, `"${facts.words.phrase}"`, 'inkoop* budget', 'hergebruik'];
    const opened = openInventoryFile(facts.path, { deviceId: 'bench', readOnly: true });
    try {
      const raw = opened.db.prepare('SELECT rowid, snippet(search_index, 0, char(2), char(3), \'…\', 14) FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20');
      const ours: number[] = [];
      const bare: number[] = [];
      const hits: Record<string, number> = {};
      for (const query of queries) {
        const expression = parseSearchQuery(query).expression;
        ours.push(...samples(() => search(opened.db, { query }), 10));
        bare.push(...samples(() => raw.all(expression), 10));
        hits[query] = (opened.db.prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?').get(expression) as { n: number }).n;
      }
      const p95 = quantile(ours, 0.95);
      const rawP95 = quantile(bare, 0.95);
      return { p95Ms: ms(p95), medianMs: ms(median(ours)), rawFts5P95Ms: ms(rawP95), overheadRatio: Math.round((p95 / rawP95) * 100) / 100, queries, matches: hits, n: ours.length };
    } finally {
      opened.db.close();
    }
  },
};

/** The completeness view on Large: interviews by status, unanswered questions, uncoded notes, missing scores. */
export const largeCompletenessFigure: Figure = {
  key: 'largeCompleteness',
  async run(ctx) {
    const facts = await large(ctx);
    const opened = openInventoryFile(facts.path, { deviceId: 'bench', readOnly: true });
    try {
      const times = samples(() => completeness(opened.db), 10);
      return { ...summary(times), organisations: completeness(opened.db).length };
    } finally {
      opened.db.close();
    }
  },
};

/** Opening Large as the app does (integrity of the header, migrations check, clock) and what the overview shows. */
export const largeOpenFigure: Figure = {
  key: 'largeOpenMs',
  async run(ctx) {
    const facts = await large(ctx);
    const times: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const core = createInProcessCore({ configDir: ctx.configDir });
      const start = performance.now();
      await core.client.call('files.open', { path: facts.path });
      await core.client.call('inventory.get');
      times.push(performance.now() - start);
      core.session.close();
    }
    return ms(median(times));
  },
};
