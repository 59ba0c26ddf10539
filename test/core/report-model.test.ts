// The report model without Word: chapters and their order, narratives and placeholders, anonymisation and consent,
// recommendations in their order, and a valid report for an inventory without interviews.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, ReportModel } from '../../shared/contract/report';
import { collectReportData, type ReportData } from '../../electron/core/report/data';
import { noCharts } from '../../electron/core/report/charts';
import { buildReportModel } from '../../electron/core/report/model';
import { narrativeBlocks } from '../../shared/report/markdown';
import { makeCore } from './helpers';

async function inventory() {
  const core = makeCore();
  const file = path.join(core.dir, 'rapport.inventaris');
  await core.client.call('files.create', { path: file, fields: { title: 'Inventarisatie & <test>', client: 'Living Lab', region: 'Foodvalley' } });
  const { client } = core;
  const ede = await client.call('organisations.create', { fields: { name: 'Gemeente Ede', kind: 'municipality' } });
  const rhenen = await client.call('organisations.create', { fields: { name: 'Gemeente Rhenen', kind: 'municipality' } });
  const named = await client.call('respondents.create', {
    fields: { name: 'Anna de Vries', role: 'procurement', organisationId: ede.id, jobTitle: 'Inkoopadviseur', consentQuoteByName: true, consentQuoteOn: '2026-03-01' },
  });
  const unnamed = await client.call('respondents.create', { fields: { name: 'Bram Jansen', role: 'policy', organisationId: rhenen.id, jobTitle: 'Beleidsmedewerker' } });
  return { ...core, file, ede, rhenen, named, unnamed };
}

type Setup = Awaited<ReturnType<typeof inventory>>;

function data(setup: Setup): ReportData {
  return collectReportData(setup.session.requireFile().db, '2026-06-01');
}

/** Interviews at Ede (the respondent who consented to be named) and Rhenen, each with a scale answer and a quote. */
async function withFieldwork(setup: Setup): Promise<ReportData> {
  const { client } = setup;
  const guide = await client.call('guide.get');
  const question = guide.sections.flatMap((s) => s.questions).find((q) => q.code === '1.3')!;
  const code = guide.codes.find((c) => c.dimensionId === question.dimensionId)!;
  for (const [organisation, respondent, level, quote] of [
    [setup.ede, setup.named, 3, 'We kopen nog alles op prijs in.'],
    [setup.rhenen, setup.unnamed, 2, 'Beleid komt te laat aan tafel.'],
  ] as const) {
    const interview = await client.call('interviews.create', { fields: { organisationId: organisation.id, respondentIds: [respondent.id], scheduledAt: '2026-03-04T10:00' } });
    await client.call('answers.save', { interviewId: interview.id, questionId: question.id, value: level });
    await client.call('notes.create', { fields: { kind: 'quote', text: quote, interviewId: interview.id, codeIds: [code.id] } });
    await client.call('interviews.update', { id: interview.id, patch: { status: 'held' } });
  }
  return data(setup);
}

function blocks(model: ReportModel, key: string): Block[] {
  const chapter = model.chapters.find((c) => c.key === key);
  if (!chapter) throw new Error(`no chapter ${key}`);
  return chapter.blocks;
}

const texts = (list: Block[]) =>
  list.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : b.kind === 'missing' || b.kind === 'quote' ? [b.text] : b.kind === 'heading' ? [b.text] : []));

describe('the report model', () => {
  it('has every chapter and appendix in the outline order, numbered, with the summary unnumbered', async () => {
    const model = buildReportModel(data(await inventory()), noCharts);
    expect(model.chapters.map((c) => c.key)).toEqual([
      'summary', 'introduction', 'method', 'context', 'findings', 'heatmap', 'opportunities', 'session', 'conclusions', 'recommendations',
      'appendix.respondents', 'appendix.guide', 'appendix.maturity', 'appendix.codebook', 'appendix.profiles',
    ]);
    expect(model.chapters.map((c) => c.number)).toEqual(['', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E']);
    expect(model.chapters[0]!.title).toBe('Managementsamenvatting');
    expect(model.meta).toMatchObject({ title: 'Inventarisatie & <test>', client: 'Living Lab', region: 'Foodvalley', date: '1 juni 2026', version: 'Concept' });
  });

  it('leaves out chapters and appendices that are switched off, and renumbers the rest', async () => {
    const setup = await inventory();
    await setup.client.call('report.updateOptions', { patch: { chaptersOff: ['context', 'session'], appendicesOff: ['guide'] } });
    const model = buildReportModel(data(setup), noCharts);
    expect(model.chapters.map((c) => c.key)).not.toContain('context');
    expect(model.chapters.map((c) => c.key)).not.toContain('appendix.guide');
    expect(model.chapters.find((c) => c.key === 'findings')!.number).toBe('3');
    expect(model.chapters.find((c) => c.key === 'appendix.maturity')!.number).toBe('B');
  });

  it('marks judgement chapters without text with a placeholder and lists them as missing', async () => {
    const model = buildReportModel(data(await inventory()), noCharts);
    for (const key of ['summary', 'introduction', 'context', 'conclusions']) expect(blocks(model, key)[0]!.kind).toBe('missing');
    expect(model.missing.map((m) => m.chapter)).toEqual(expect.arrayContaining(['Managementsamenvatting', 'Inleiding', 'Context en kaders', 'Conclusies']));
    expect(blocks(model, 'method')[0]).toEqual({ kind: 'heading', level: 2, text: '2.1 Interviews' });
  });

  it('puts the narrative before the generated material and drops the placeholder once text is written', async () => {
    const setup = await inventory();
    await setup.client.call('report.updateNarrative', { chapter: 'introduction', body: 'De **aanleiding** is helder.\n\n- eerste punt\n- tweede punt' });
    await setup.client.call('report.updateNarrative', { chapter: 'method', body: 'Eigen toelichting op de aanpak.' });
    const model = buildReportModel(data(setup), noCharts);
    expect(blocks(model, 'introduction')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'De ' }, { text: 'aanleiding', bold: true }, { text: ' is helder.' }] },
      { kind: 'list', ordered: false, items: [[{ text: 'eerste punt' }], [{ text: 'tweede punt' }]] },
    ]);
    expect(texts(blocks(model, 'method'))[0]).toBe('Eigen toelichting op de aanpak.');
    expect(model.missing.map((m) => m.chapter)).not.toContain('Inleiding');
  });

  it('says what is missing for an inventory without interviews, and still has a profile per organisation', async () => {
    const model = buildReportModel(data(await inventory()), noCharts);
    expect(blocks(model, 'method').some((b) => b.kind === 'missing')).toBe(true);
    expect(blocks(model, 'heatmap')).toEqual([{ kind: 'missing', text: expect.stringContaining('nog geen scores') }]);
    const profiles = blocks(model, 'appendix.profiles').filter((b) => b.kind === 'heading' && b.level === 2);
    expect(profiles.map((b) => (b as { text: string }).text)).toEqual(['Gemeente Ede', 'Gemeente Rhenen']);
    expect(model.missing.map((m) => m.text)).toContain('Er zijn nog geen interviews: bevindingen, heat map en profielen zijn leeg.');
  });

  it('anonymises every quote by default, even where consent to be named is recorded', async () => {
    const setup = await inventory();
    const model = buildReportModel(await withFieldwork(setup), noCharts);
    const quotes = blocks(model, 'findings').filter((b) => b.kind === 'quote');
    expect(quotes.map((q) => (q as { source: string }).source)).toEqual(['Inkoopadviseur, gemeente A', 'Beleidsmedewerker, gemeente B']);
    expect(JSON.stringify(model)).not.toContain('Anna de Vries');
    expect(JSON.stringify(model)).not.toContain('Bram Jansen');
  });

  it('names only respondents who consented when names are asked for', async () => {
    const setup = await inventory();
    await setup.client.call('report.updateOptions', { patch: { quotes: 'names' } });
    const model = buildReportModel(await withFieldwork(setup), noCharts);
    const sources = blocks(model, 'findings').filter((b) => b.kind === 'quote').map((q) => (q as { source: string }).source);
    expect(sources).toEqual(['Anna de Vries (Inkoopadviseur), Gemeente Ede', 'Beleidsmedewerker, gemeente B']);
    expect(JSON.stringify(model)).not.toContain('Bram Jansen');
  });

  it('shows the analysis module’s scores in the heat map, with the exact regional median the app shows as the last row', async () => {
    const setup = await inventory();
    const model = buildReportModel(await withFieldwork(setup), noCharts);
    const map = blocks(model, 'heatmap').find((b) => b.kind === 'heatmap');
    if (map?.kind !== 'heatmap') throw new Error('no heat map');
    expect(map.rows.map((r) => r.label)).toEqual(['Gemeente Ede', 'Gemeente Rhenen', 'Regionale mediaan']);
    expect(map.rows.map((r) => r.levels[0])).toEqual([3, 2, 2]);
    // The app's heat map (analysis.heatmap) shows the median of 3 and 2 as 2,5; the report says the same, shaded as level 2.
    const app = await setup.client.call('analysis.heatmap', { view: 'all' });
    const dimension = app.dimensions[0]!;
    expect(app.regional.find((r) => r.dimensionId === dimension.id)!.median).toBe(2.5);
    expect(map.rows[2]!.texts![0]).toBe('2,5');
    expect(map.rows[2]!.texts!.slice(1).every((text) => text === '–')).toBe(true);
    const findings = texts(blocks(model, 'findings'));
    expect(findings.filter((text) => text.startsWith('De regionale mediaan is 2,5, binnen niveau 2 ('))).toHaveLength(1);
    expect(map.rows[0]!.levels.slice(1).every((l) => l === null)).toBe(true);
    expect(map.columns).toHaveLength(8);
  });

  it('lists recommendations in their stored order', async () => {
    const setup = await inventory();
    const first = await setup.client.call('recommendations.create', { fields: { text: 'Eerste aanbeveling', addressedTo: 'region' } });
    await setup.client.call('recommendations.create', { fields: { text: 'Tweede aanbeveling', addressedTo: 'policy', priority: 'high' } });
    await setup.client.call('recommendations.move', { id: first.id, toIndex: 1 });
    const model = buildReportModel(data(setup), noCharts);
    const list = blocks(model, 'recommendations')[0];
    if (list?.kind !== 'list') throw new Error('no list');
    expect(list.items.map((item) => item.map((r) => r.text).join(''))).toEqual([
      'Voor beleid: Tweede aanbeveling (hoge prioriteit)',
      'Regionaal: Eerste aanbeveling (gemiddelde prioriteit)',
    ]);
  });

  it('is written in English when the options say so', async () => {
    const setup = await inventory();
    await setup.client.call('report.updateOptions', { patch: { language: 'en' } });
    const model = buildReportModel(data(setup), noCharts);
    expect(model.chapters.map((c) => c.title).slice(0, 3)).toEqual(['Management summary', 'Introduction', 'Approach and method']);
    expect(model.meta.date).toBe('1 June 2026');
  });
});

describe('narratives in Markdown', () => {
  it('keep bold, italic, safe links and numbered lists, and never interpret HTML', () => {
    expect(narrativeBlocks('Zie *dit* en [PIANOo](https://www.pianoo.nl) of [x](javascript:alert(1)) <b>vet</b>\n\n1. een\n2. twee')).toEqual([
      {
        kind: 'paragraph',
        runs: [{ text: 'Zie ' }, { text: 'dit', italic: true }, { text: ' en ' }, { text: 'PIANOo', link: 'https://www.pianoo.nl' }, { text: ' of x <b>vet</b>' }],
      },
      { kind: 'list', ordered: true, items: [[{ text: 'een' }], [{ text: 'twee' }]] },
    ]);
  });

  it('keep special characters as typed', () => {
    const text = 'Kosten & baten <50% “circulair” — café, ë, 🚲';
    expect(narrativeBlocks(text)).toEqual([{ kind: 'paragraph', runs: [{ text }] }]);
  });

  it('give nothing for an empty text', () => {
    expect(narrativeBlocks('  \n\n ')).toEqual([]);
  });
});

describe('quotes for the report', () => {
  it('are the quote notes when there are any, and coded passages only when there are none', async () => {
    const setup = await inventory();
    const { client } = setup;
    const guide = await client.call('guide.get');
    const code = guide.codes[0]!;
    const interview = await client.call('interviews.create', { fields: { organisationId: setup.ede.id, respondentIds: [setup.named.id] } });
    const note = await client.call('notes.create', { fields: { kind: 'observation', text: 'Inkoop doet het alleen, beleid kijkt toe.', interviewId: interview.id } });
    await client.call('segments.create', { sourceKind: 'note', sourceId: note.id, field: 'text', start: 0, end: 22, codeId: code.id });
    expect(data(setup).analysis.quotes.map((q) => q.text)).toEqual(['Inkoop doet het alleen']);
    await client.call('notes.create', { fields: { kind: 'quote', text: 'We beginnen klein, met meubilair.', interviewId: interview.id } });
    expect(data(setup).analysis.quotes.map((q) => q.text)).toEqual(['We beginnen klein, met meubilair.']);
  });
});

describe('anonymity across the report', () => {
  it('never shows a quote on an organisation’s profile page that appears elsewhere with its anonymised label', async () => {
    const setup = await inventory();
    const model = buildReportModel(await withFieldwork(setup), noCharts);
    const labelled = model.chapters.filter((c) => !c.appendix).flatMap((c) => c.blocks).filter((b) => b.kind === 'quote').map((b) => (b as { text: string }).text);
    const onProfiles = blocks(model, 'appendix.profiles').filter((b) => b.kind === 'quote').map((b) => (b as { text: string }).text);
    expect(labelled.length).toBeGreaterThan(0);
    expect(onProfiles.filter((text) => labelled.includes(text))).toEqual([]);
  });

  it('never leaves a profile’s quotes heading empty: it says the quotes stand anonymised in the chapters', async () => {
    const setup = await inventory();
    const model = buildReportModel(await withFieldwork(setup), noCharts);
    const profile = blocks(model, 'appendix.profiles');
    const headings = profile.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'heading' && (b as { text: string }).text === 'Citaten');
    expect(headings.length).toBeGreaterThan(0);
    for (const { i } of headings) {
      const next = profile[i + 1];
      expect(next && next.kind !== 'heading').toBe(true);
    }
  });
});

describe('kansen and knelpunten per role', () => {
  it('count a code that can be either only with the mentions used that way', async () => {
    const setup = await inventory();
    const { client } = setup;
    const guide = await client.call('guide.get');
    const doel = guide.codes.find((c) => c.code === 'DOEL')!;
    expect(doel.polarity).toBe('both');
    const interview = await client.call('interviews.create', { fields: { organisationId: setup.ede.id, respondentIds: [setup.named.id], scheduledAt: '2026-03-04T10:00' } });
    for (const text of ['Nieuwe doelen in het coalitieakkoord.', 'Het college wil meetbare doelen.', 'Doelen per productgroep.']) {
      await client.call('notes.create', { fields: { kind: 'kans', text, interviewId: interview.id, codeIds: [doel.id] } });
    }
    await client.call('notes.create', { fields: { kind: 'knelpunt', text: 'De doelen zijn vaag.', interviewId: interview.id, codeIds: [doel.id] } });
    await client.call('interviews.update', { id: interview.id, patch: { status: 'held' } });
    const chapter = blocks(buildReportModel(data(setup), noCharts), 'opportunities');
    const tables = chapter.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const rowOf = (caption: string) => tables.find((t) => t.caption.includes(caption))?.rows.find((r) => r[0] === 'DOEL');
    expect(rowOf('Kansen')?.[2]).toBe('3');
    expect(rowOf('Knelpunten')?.[2]).toBe('1');
  });
});
