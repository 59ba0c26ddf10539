// The report model: the file's data turned into plain chapters of blocks (paragraphs, lists, tables, a heat map,
// figures, quotes, markers of missing text). The docx writer and the in-app preview both render this, and the unit
// tests read it without Word. Chapter order and contents follow the outline of a Dutch inventory report.
import type { Block, Chapter, ChapterKey, ReportModel } from '../../../shared/contract/report';
import { appendixKeys, chapterKeys, judgementChapters } from '../../../shared/contract/report';
import type { ReportData } from './data';
import { WordsContext } from './words';
import type { ReportText } from '../../../shared/i18n/report';
import { narrativeBlocks } from '../../../shared/report/markdown';
import { generatedChapter } from './model-chapters';
import { appendixChapter } from './model-appendices';
import type { ChartMaker } from './charts';

/** What every chapter builder gets: the data, the words, and counters for table and figure numbers. */
export class ModelContext extends WordsContext {
  private tables = 0;
  private figures = 0;
  readonly missing: { chapter: string; text: string }[] = [];
  /** Quotes already shown with their anonymised label; a profile page leaves them out (see quoteBlocks). */
  readonly quotedWithLabel = new Set<string>();

  constructor(
    readonly data: ReportData,
    charts: ChartMaker,
  ) {
    super(data.options.language, charts);
  }

  tableCaption(caption: string): string {
    this.tables += 1;
    return this.t.table.replace('{{n}}', String(this.tables)).replace('{{caption}}', caption);
  }

  figureCaption(caption: string): string {
    this.figures += 1;
    return this.t.figure.replace('{{n}}', String(this.figures)).replace('{{caption}}', caption);
  }

  /** Records that something is missing in `chapter`, for the list at the front of the report. */
  note(chapter: string, text: string): void {
    if (!this.missing.some((m) => m.chapter === chapter && m.text === text)) this.missing.push({ chapter, text });
  }

  levelName(level: number): string {
    const found = this.data.guide.levels.find((l) => l.level === level);
    return found ? found.name[this.language] || found.name.nl : String(level);
  }
}

function chapterTitle(ctx: ModelContext, key: ChapterKey): string {
  return ctx.t.chapter[key];
}

/** The narrative of a chapter, or for a judgement chapter a placeholder saying what to write. */
function narrativeOf(ctx: ModelContext, key: ChapterKey, title: string): Block[] {
  const blocks = narrativeBlocks(ctx.data.narratives[key] ?? '');
  if (blocks.length > 0 || !judgementChapters.includes(key)) return blocks;
  const placeholder = ctx.t.placeholder[key as keyof ReportText['placeholder']];
  ctx.note(title, placeholder);
  return [{ kind: 'missing', text: placeholder }];
}

/**
 * Builds the report model.
 * Example: buildReportModel(collectReportData(db), charts).chapters.map((c) => c.title)
 */
export function buildReportModel(data: ReportData, charts: ChartMaker): ReportModel {
  const ctx = new ModelContext(data, charts);
  const { options, inventory } = data;
  const chapters: Chapter[] = [];
  let number = 0;
  for (const key of chapterKeys) {
    if (options.chaptersOff.includes(key)) continue;
    const numbered = key !== 'summary';
    if (numbered) number += 1;
    const title = chapterTitle(ctx, key);
    const blocks = [...narrativeOf(ctx, key, title), ...generatedChapter(ctx, key, title, numbered ? String(number) : '')];
    chapters.push({ key, number: numbered ? String(number) : '', title, appendix: false, blocks });
  }
  let letter = 0;
  for (const key of appendixKeys) {
    if (options.appendicesOff.includes(key)) continue;
    const title = ctx.t.appendix[key];
    chapters.push({ key: `appendix.${key}`, number: String.fromCharCode(65 + letter), title, appendix: true, blocks: appendixChapter(ctx, key) });
    letter += 1;
  }
  return {
    language: ctx.language,
    meta: {
      title: options.title.trim() || inventory.title,
      subtitle: options.subtitle.trim(),
      client: options.client.trim() || inventory.client,
      region: inventory.region,
      author: options.author.trim(),
      date: ctx.date(options.reportDate || data.today),
      version: options.version.trim() || ctx.t.cover.draft,
    },
    chapters,
    missing: ctx.missing,
  };
}
