// Report options and narratives as stored in the file. Both are written only through the entity gateway, so each
// field change is in the change log and travels and merges like any other text. The options row and a chapter's
// narrative row are made on first write, with an id that is the same in every copy of the inventory (derived from
// the chapter), so two copies that both wrote a chapter's text hold one row: a merge combines the two texts three-way
// or keeps both as a conflict. Files from before that rule may hold two rows for one chapter after a merge: then the
// chapter's text is all of them, oldest first, and the next save keeps that combined text in one row and removes
// (soft-deletes) the others, so nothing is hidden or lost.
import crypto from 'node:crypto';
import type { ChapterKey, Narrative, ReportOptions, ReportOptionsFields } from '../../../shared/contract/report';
import { chapterKeys } from '../../../shared/contract/report';
import { getEntity, insertEntity, json, listEntities, setDeleted, text, updateEntity, type EntitySpec, type Stored } from '../db/entities';
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

/**
 * The id of a report row every copy of an inventory gives it (a UUID in the version-8 layout, from a hash of its
 * name), so rows made in two copies are one row when the copies are merged.
 */
export function sharedRowId(name: string): string {
  const hex = crypto.createHash('sha256').update(`inventaris:${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const optionsRowId = sharedRowId('report-options');
export const narrativeRowId = (chapter: ChapterKey) => sharedRowId(`report-narrative:${chapter}`);

function storedOptions(db: ReadableDb): Stored<OptionsRow> | undefined {
  // The shared row when there is one; a file from before shared ids has its own.
  const rows = listEntities(db, reportOptionsSpec);
  return rows.find((r) => r.id === optionsRowId) ?? rows[0];
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

/** `base`: the values the form started from; a text field changed elsewhere meanwhile is combined, not overwritten. */
export function updateReportOptions(ctx: WriteContext, patch: Partial<OptionsRow>, base: Partial<OptionsRow> = {}): ReportOptions {
  const row = storedOptions(ctx.db);
  if (row) updateEntity(ctx.db, ctx.clock, ctx.author, reportOptionsSpec, row.id, patch, base);
  else insertEntity(ctx.db, ctx.clock, ctx.author, reportOptionsSpec, { ...defaultOptions(ctx.db), ...patch }, optionsRowId);
  return getReportOptions(ctx.db);
}

/** Brings back the house style used last before the current (default) one, as the change log remembers it. */
export function restoreHouseStyle(ctx: WriteContext): ReportOptions {
  const row = storedOptions(ctx.db);
  if (!row || row.houseStyleXml) return getReportOptions(ctx.db);
  const last = (field: string) =>
    (ctx.db
      .prepare("SELECT value FROM change_log WHERE entity = 'report_options' AND row_id = ? AND field = ? AND value NOT IN ('\"\"', 'null') ORDER BY hlc DESC LIMIT 1")
      .pluck()
      .get(row.id, field) as string | undefined) ?? undefined;
  const xml = last('houseStyleXml');
  const name = last('houseStyleName');
  if (!xml || !name) return getReportOptions(ctx.db);
  return updateReportOptions(ctx, { houseStyleName: JSON.parse(name) as string, houseStyleXml: JSON.parse(xml) as string });
}

/** The rows of each chapter: the shared row first (when there is one), then the others oldest first. */
function narrativeRows(db: ReadableDb): Map<ChapterKey, Stored<{ chapter: ChapterKey; body: string }>[]> {
  const byChapter = new Map<ChapterKey, Stored<{ chapter: ChapterKey; body: string }>[]>();
  for (const row of listEntities(db, narrativeSpec)) {
    if (!(chapterKeys as readonly string[]).includes(row.chapter)) continue;
    const list = byChapter.get(row.chapter) ?? [];
    if (row.id === narrativeRowId(row.chapter)) list.unshift(row);
    else list.push(row);
    byChapter.set(row.chapter, list);
  }
  return byChapter;
}

/** The texts of several rows of one chapter as one text, each kept whole, separated by an empty line. */
function combinedBody(rows: readonly { body: string }[]): string {
  return rows
    .map((r) => r.body.trim())
    .filter((body, i, all) => body !== '' && all.indexOf(body) === i)
    .join('\n\n');
}

export function listNarratives(db: ReadableDb): Narrative[] {
  const rows = narrativeRows(db);
  return chapterKeys.map((chapter) => {
    const list = rows.get(chapter);
    if (!list || list.length === 0) return { chapter, body: '', updatedAt: '' };
    const updatedAt = list.map((r) => r.updatedAt).sort().at(-1)!;
    return { chapter, body: list.length === 1 ? list[0]!.body : combinedBody(list), updatedAt };
  });
}

/**
 * Saves a chapter's text. `base` is the text the editor started from: when the stored text moved on meanwhile (another
 * window), the two edits are combined (or kept as a conflict), not overwritten.
 */
export function updateNarrative(ctx: WriteContext, chapter: ChapterKey, body: string, base?: string): Narrative {
  const [kept, ...others] = narrativeRows(ctx.db).get(chapter) ?? [];
  if (!kept) {
    const shared = getEntity(ctx.db, narrativeSpec, narrativeRowId(chapter));
    if (shared) {
      // Removed once (never by this app, but a file can say so): brought back with the new text.
      setDeleted(ctx.db, ctx.clock, ctx.author, narrativeSpec, shared.id, false);
      updateEntity(ctx.db, ctx.clock, ctx.author, narrativeSpec, shared.id, { body });
    } else insertEntity(ctx.db, ctx.clock, ctx.author, narrativeSpec, { chapter, body }, narrativeRowId(chapter));
  } else {
    if (others.length > 0) {
      // Two rows for one chapter (a merge of files from before shared ids): the kept row takes the text the editor
      // showed, all of them, and the others are removed; then this save applies on top of it.
      updateEntity(ctx.db, ctx.clock, ctx.author, narrativeSpec, kept.id, { body: combinedBody([kept, ...others]) });
      for (const other of others) setDeleted(ctx.db, ctx.clock, ctx.author, narrativeSpec, other.id, true);
    }
    updateEntity(ctx.db, ctx.clock, ctx.author, narrativeSpec, kept.id, { body }, base === undefined ? {} : { body: base });
  }
  return listNarratives(ctx.db).find((n) => n.chapter === chapter)!;
}
