// Handlers of the analysis methods: coded segments, codebook merges, scores and the heat map, themes, quotes,
// side by side, completeness, exports and search. Reads use the open file's read handle; each write is one transaction.
import type { MethodName } from '../../shared/contract/methods';
import { bool, updateEntity, requireEntity, type EntitySpec } from './db/entities';
import type { Handler } from './registry';
import * as codebook from './coding/codebook';
import * as segments from './coding/segments';
import * as scores from './analysis/scores';
import { computeThemes, listMentions } from './analysis/themes';
import { listQuotes } from './analysis/quotes';
import { completeness, sideBySide } from './analysis/overview';
import { writeExport } from './analysis/exports';
import { search } from './search/search';
import { read, write } from './unit-of-work';

type AnalysisMethod = Extract<MethodName, `${'segments' | 'codebook' | 'analysis' | 'quotes' | 'search'}.${string}`>;

const noteUseByName: EntitySpec<{ useByName: boolean }> = { table: 'notes', fields: { useByName: bool('use_by_name') } };
const segmentUseByName: EntitySpec<{ useByName: boolean }> = { table: 'coded_segments', fields: { useByName: bool('use_by_name') } };

/** Segments and codes touch what the theme matrix, quotes and notes show. */
const coding = ['segments', 'notes', 'guide', 'answers', 'recommendations'];

export const analysisHandlers: { readonly [M in AnalysisMethod]: Handler<M> } = {
  'segments.list': (filter, s) => segments.listSegments(read(s), filter),
  'segments.create': (input, s) => write(s, ['segments'], (ctx) => segments.createSegment(ctx, input)),
  'segments.update': ({ id, patch }, s) => write(s, ['segments'], (ctx) => segments.updateSegment(ctx, id, patch)),
  'segments.delete': ({ id }, s) => write(s, ['segments'], (ctx) => segments.deleteSegment(ctx, id, true)),
  'segments.restore': ({ id }, s) => write(s, ['segments'], (ctx) => segments.deleteSegment(ctx, id, false)),

  'codebook.merge': ({ fromId, intoId }, s) => write(s, coding, (ctx) => codebook.mergeCodes(ctx, fromId, intoId)),
  'codebook.deleteReassign': ({ id, reassignTo }, s) => write(s, coding, (ctx) => codebook.deleteCodeReassigning(ctx, id, reassignTo)),

  'analysis.heatmap': ({ view }, s) => scores.computeHeatmap(read(s), { view, language: s.language }),
  'analysis.cellEvidence': (input, s) => scores.cellEvidence(read(s), { ...input, language: s.language }),
  'analysis.setOverride': (input, s) => write(s, ['scores'], (ctx) => scores.setOverride(ctx, input)),
  'analysis.clearOverride': (input, s) => write(s, ['scores'], (ctx) => scores.clearOverride(ctx, input)),
  'analysis.restoreOverride': ({ id }, s) => write(s, ['scores'], (ctx) => scores.restoreOverride(ctx, id)),
  'analysis.themes': ({ role }, s) => computeThemes(read(s), { role, language: s.language }),
  'analysis.mentions': (filter, s) => listMentions(read(s), filter),
  'analysis.quotes': (filter, s) => listQuotes(read(s), filter, { language: s.language }),
  'analysis.sideBySide': ({ questionId }, s) => sideBySide(read(s), questionId, { language: s.language }),
  'analysis.completeness': (_, s) => completeness(read(s)),
  'analysis.export': (input, s) => writeExport(read(s), { ...input, language: s.language }),
  'quotes.setUseByName': ({ origin, id, useByName }, s) =>
    write(s, [origin === 'note' ? 'notes' : 'segments'], (ctx) => {
      const spec = origin === 'note' ? noteUseByName : segmentUseByName;
      requireEntity(ctx.db, spec, id);
      updateEntity(ctx.db, ctx.clock, ctx.author, spec, id, { useByName });
      return { origin, id, useByName: requireEntity(ctx.db, spec, id).useByName };
    }),

  'search.query': (input, s) => search(read(s), input),
};
