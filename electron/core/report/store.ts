// Report options and narratives as stored in the file. Both are written only through the entity gateway, so each
// field change is in the change log and travels and merges like any other text. The options row and a chapter's
// narrative row are made on first write; should a merge ever bring two rows for one chapter, the oldest counts.
import type { ChapterKey, Narrative, ReportOptions, ReportOptionsFields } from '../../../shared/contract/report';
import { chapterKeys } from '../../../shared/contract/report';
import { insertEntity, json, listEntities, text, updateEntity, type EntitySpec, type Stored } from '../db/entities';
import type { ReadableDb } from '../db/file';
import { getInventory } from '../inventories/inventory';
import type { WriteContext } from '../unit-of-work';

type OptionsRow = ReportOptionsFields & { houseStyleName: string; houseStyleXml: string };

export const reportOptionsSpec: EntitySpec<OptionsRow> = {
  table: 'report_options',
  fields: {
    title: text('title'),
    subtitle: text('subtitle'),
    author: text('author'),
    client: text('client'),
    reportDate: text('report_date'),
    version: text('version'),
    language: text('language'),
    quotes: text('quotes'),
    chaptersOff: json('chapters_off'),
    appendicesOff: json('appendices_off'),
    houseStyleName: text('house_style_name'),
    houseStyleXml: text('house_style_xml'),
  },
};

export const narrativeSpec: EntitySpec<{ chapter: ChapterKey; body: string }> = {
  table: 'report_narratives',
  fields: { chapter: text('chapter'), body: text('body') },
};

/** What an inventory's report looks like before anyone changed an option: its title, client and language. */
function defaultOptions(db: ReadableDb): OptionsRow {
  const inventory = getInventory(db);
  return {
    title: '',
    subtitle: '',
    author: '',
    client: '',
    reportDate: '',
    version: '',
    language: inventory.language,
    quotes: 'anonymous',
    chaptersOff: [],
    appendicesOff: [],
    houseStyleName: '',
    houseStyleXml: '',
  };
}

function storedOptions(db: ReadableDb): Stored<OptionsRow> | undefined {
  return listEntities(db, reportOptionsSpec)[0];
}

/** The options with the house style's XML, for the writer. */
export function readOptionsRow(db: ReadableDb): OptionsRow & { updatedAt: string } {
  const row = storedOptions(db);
  return row ?? { ...defaultOptions(db), updatedAt: '' };
}

export function getReportOptions(db: ReadableDb): ReportOptions {
  const { houseStyleXml: _xml, ...rest } = readOptionsRow(db);
  return { title: rest.title, subtitle: rest.subtitle, author: rest.author, client: rest.client, reportDate: rest.reportDate, version: rest.version, language: rest.language, quotes: rest.quotes, chaptersOff: rest.chaptersOff, appendicesOff: rest.appendicesOff, houseStyleName: rest.houseStyleName, updatedAt: rest.updatedAt };
}

export function updateReportOptions(ctx: WriteContext, patch: Partial<OptionsRow>): ReportOptions {
  const row = storedOptions(ctx.db);
  if (row) updateEntity(ctx.db, ctx.clock, ctx.author, reportOptionsSpec, row.id, patch);
  else insertEntity(ctx.db, ctx.clock, ctx.author, reportOptionsSpec, { ...defaultOptions(ctx.db), ...patch });
  return getReportOptions(ctx.db);
}

export function listNarratives(db: ReadableDb): Narrative[] {
  const rows = listEntities(db, narrativeSpec);
  const byChapter = new Map<ChapterKey, Narrative>();
  for (const row of rows) {
    if (!(chapterKeys as readonly string[]).includes(row.chapter) || byChapter.has(row.chapter)) continue;
    byChapter.set(row.chapter, { chapter: row.chapter, body: row.body, updatedAt: row.updatedAt });
  }
  return chapterKeys.map((chapter) => byChapter.get(chapter) ?? { chapter, body: '', updatedAt: '' });
}

export function updateNarrative(ctx: WriteContext, chapter: ChapterKey, body: string): Narrative {
  const existing = listEntities(ctx.db, narrativeSpec).find((row) => row.chapter === chapter);
  if (existing) updateEntity(ctx.db, ctx.clock, ctx.author, narrativeSpec, existing.id, { body });
  else insertEntity(ctx.db, ctx.clock, ctx.author, narrativeSpec, { chapter, body });
  return listNarratives(ctx.db).find((n) => n.chapter === chapter)!;
}
