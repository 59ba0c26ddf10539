// The maturity scoring rule on real files: median of the answered linked scale questions of the current guide over
// interviews that are not planned, n.v.t./weet niet excluded, even counts → mean of the middle two, rounded down.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, suggestedLevel, computeHeatmap, cellEvidence } from '../../electron/core/analysis/scores';
import { openInventoryFile } from '../../electron/core/db/file';
import { createDemoInventory } from '../../electron/core/demo';
import { analysisInventory, failure } from './analysis-helpers';

describe('the median rule', () => {
  it('takes the middle value, the mean of the middle two for an even count, and nothing for no values', () => {
    expect(median([4, 1, 3])).toBe(3);
    expect(median([2, 3])).toBe(2.5);
    expect(median([1, 2, 4, 5])).toBe(3);
    expect(median([])).toBeNull();
    expect(suggestedLevel([2, 3])).toBe(2);
    expect(suggestedLevel([3, 4, 4, 5])).toBe(4);
    expect(suggestedLevel([])).toBeNull();
  });
});

describe('suggested scores', () => {
  it('exclude n.v.t. and weet niet, round an even median down, split by role and give the gap', async () => {
    const inv = await analysisInventory();
    const { client, ede, people, dimension } = inv;
    const a = await inv.interview(ede.id, [people.edeInkoop.id]);
    const b = await inv.interview(ede.id, [people.edeBeleid.id]);
    await inv.answer(a, '2.2', 2);
    await inv.answer(a, '2.3', 3);
    await inv.answer(b, '2.2', 4);
    await inv.answer(b, '2.3', undefined, { noAnswer: 'not_applicable' });
    await inv.answer(b, '1.3', undefined, { noAnswer: 'dont_know' });
    const d2 = dimension('D2').id;
    const cell = (view?: 'all' | 'procurement' | 'policy' | 'gap') =>
      client.call('analysis.heatmap', { view }).then((h) => h.cells.find((c) => c.organisationId === ede.id && c.dimensionId === d2)!);
    expect(await cell()).toMatchObject({ suggested: 3, override: null, score: 3, answers: 3 });
    expect(await cell('procurement')).toMatchObject({ suggested: 2, score: 2, answers: 2 }); // median 2.5 → 2
    expect(await cell('policy')).toMatchObject({ suggested: 4, score: 4, answers: 1 });
    expect(await cell('gap')).toMatchObject({ score: -2, procurement: 2, policy: 4 });
    const d1 = (await client.call('analysis.heatmap', {})).cells.find((c) => c.organisationId === ede.id && c.dimensionId === dimension('D1').id)!;
    expect(d1).toMatchObject({ suggested: null, score: null, answers: 0 });

    await inv.answer(b, '2.3', 5); // now [2, 3, 4, 5]: median 3.5 → 3
    expect(await cell()).toMatchObject({ suggested: 3, answers: 4 });
    const evidence = await client.call('analysis.cellEvidence', { organisationId: ede.id, dimensionId: d2 });
    expect(evidence.values.sort()).toEqual([2, 3, 4, 5]);
    expect(evidence.median).toBe(3.5);
    expect(evidence.rule).toMatch(/3,5/);
    expect(evidence.answers.map((e) => e.respondentRoles[0]).sort()).toEqual(['policy', 'policy', 'procurement', 'procurement']);
  });

  it('leave out planned and deleted interviews and other organisations', async () => {
    const inv = await analysisInventory();
    const { client, ede, wageningen, people, dimension } = inv;
    const held = await inv.interview(ede.id, [people.edeInkoop.id]);
    const replanned = await inv.interview(ede.id, [people.edeBeleid.id]);
    const deleted = await inv.interview(ede.id, [people.edeBeleid.id]);
    const other = await inv.interview(wageningen.id, [people.wagInkoop.id]);
    await inv.answer(held, '1.3', 2);
    await inv.answer(replanned, '1.3', 5);
    await inv.answer(deleted, '1.3', 5);
    await inv.answer(other, '1.3', 1);
    await client.call('interviews.update', { id: replanned, patch: { status: 'planned' } });
    await client.call('interviews.delete', { id: deleted });
    const heatmap = await client.call('analysis.heatmap', {});
    const d1 = dimension('D1').id;
    expect(heatmap.cells.find((c) => c.organisationId === ede.id && c.dimensionId === d1)).toMatchObject({ suggested: 2, answers: 1 });
    expect(heatmap.cells.find((c) => c.organisationId === wageningen.id && c.dimensionId === d1)).toMatchObject({ suggested: 1, answers: 1 });
    expect(heatmap.regional.find((r) => r.dimensionId === d1)).toMatchObject({ median: 1.5, level: 1, organisations: 2 });
  });

  it('follow the current guide: a question unlinked or deleted later no longer counts', async () => {
    const inv = await analysisInventory();
    const { client, ede, people, dimension, question } = inv;
    const a = await inv.interview(ede.id, [people.edeInkoop.id]);
    await inv.answer(a, '2.2', 1);
    await inv.answer(a, '2.3', 5);
    const d2 = dimension('D2').id;
    const cell = () => client.call('analysis.heatmap', {}).then((h) => h.cells.find((c) => c.organisationId === ede.id && c.dimensionId === d2)!);
    expect(await cell()).toMatchObject({ suggested: 3, answers: 2 });
    await client.call('guide.updateQuestion', { id: question('2.2').id, patch: { dimensionId: null } });
    expect(await cell()).toMatchObject({ suggested: 5, answers: 1 });
    await client.call('guide.deleteQuestion', { id: question('2.3').id });
    expect(await cell()).toMatchObject({ suggested: null, score: null, answers: 0 });
    await client.call('guide.restoreQuestion', { id: question('2.3').id });
    expect(await cell()).toMatchObject({ suggested: 5 });
  });

  it('are replaced by an override with a reason, which can be cleared and restored', async () => {
    const inv = await analysisInventory();
    const { client, ede, people, dimension } = inv;
    const a = await inv.interview(ede.id, [people.edeInkoop.id]);
    await inv.answer(a, '1.3', 2);
    const d1 = dimension('D1').id;
    const cell = () => client.call('analysis.heatmap', {}).then((h) => h.cells.find((c) => c.organisationId === ede.id && c.dimensionId === d1)!);

    const before = inv.db().prepare('SELECT count(*) AS n FROM change_log').get();
    expect((await failure(client.call('analysis.setOverride', { organisationId: ede.id, dimensionId: d1, level: 4, reason: '   ' }))).code).toBe('REASON_REQUIRED');
    expect(inv.db().prepare('SELECT count(*) AS n FROM change_log').get()).toEqual(before);
    expect(await cell()).toMatchObject({ override: null, score: 2 });

    const override = await client.call('analysis.setOverride', { organisationId: ede.id, dimensionId: d1, level: 4, reason: 'Coalitieakkoord met meetbare doelen' });
    expect(await cell()).toMatchObject({ suggested: 2, override: 4, score: 4, reason: 'Coalitieakkoord met meetbare doelen' });
    // Per-role views show the rule only.
    expect((await client.call('analysis.heatmap', { view: 'procurement' })).cells.find((c) => c.organisationId === ede.id && c.dimensionId === d1)).toMatchObject({ override: null, score: 2 });
    const evidence = await client.call('analysis.cellEvidence', { organisationId: ede.id, dimensionId: d1 });
    expect(evidence.rule).toContain('Coalitieakkoord met meetbare doelen');

    await client.call('analysis.setOverride', { organisationId: ede.id, dimensionId: d1, level: 3, reason: 'Bijgesteld' });
    expect(inv.db().prepare('SELECT count(*) AS n FROM score_overrides').get()).toEqual({ n: 1 });
    await client.call('analysis.clearOverride', { organisationId: ede.id, dimensionId: d1 });
    expect(await cell()).toMatchObject({ override: null, score: 2 });
    await client.call('analysis.restoreOverride', { id: override.id });
    expect(await cell()).toMatchObject({ override: 3, reason: 'Bijgesteld' });
  });

  it('are the same from the plain function as through the contract', async () => {
    const inv = await analysisInventory();
    const a = await inv.interview(inv.ede.id, [inv.people.edeInkoop.id]);
    await inv.answer(a, '4.3', 3);
    expect(computeHeatmap(inv.db(), { language: 'nl' })).toEqual(await inv.client.call('analysis.heatmap', {}));
  });

  it('agree cell by cell, in every view, with the evidence read one cell at a time (the demo)', async () => {
    // The heat map reads all cells in one aggregate query per view (a lighter one for 'all'); the evidence panel reads
    // the answers of one cell. Both must give the same numbers.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-heatmap-'));
    try {
      const file = path.join(dir, 'demo.inventaris');
      await createDemoInventory(file, { configDir: path.join(dir, 'config') });
      const opened = openInventoryFile(file, { deviceId: 'heatmap-test', readOnly: true });
      try {
        const db = opened.db;
        for (const view of ['all', 'procurement', 'policy', 'gap'] as const) {
          const heatmap = computeHeatmap(db, { view, language: 'nl' });
          expect(heatmap.cells.length).toBe(heatmap.organisations.length * heatmap.dimensions.length);
          const scored = heatmap.cells.filter((c) => c.score !== null);
          expect(scored.length).toBeGreaterThan(heatmap.cells.length / 2);
          for (const cell of heatmap.cells) {
            expect(cell, `${view} ${cell.organisationId} ${cell.dimensionId}`).toEqual(cellEvidence(db, { organisationId: cell.organisationId, dimensionId: cell.dimensionId, view, language: 'nl' }).cell);
          }
        }
      } finally {
        opened.db.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
