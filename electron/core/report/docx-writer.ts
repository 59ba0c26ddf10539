// The report model as a Word document: A4, a cover page, a table of contents field (written with its entries and the
// pages estimated from the model, page-estimate.ts, so LibreOffice's PDF shows them; Word recalculates them when it
// updates fields on open — docx's own layout estimator takes seconds per report, too slow for an export), the list of
// what is still missing, chapters and appendices, a header with the title and a footer with client, date and
// "Pagina X van Y".
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageBreak,
  PageNumber,
  Paragraph,
  TabStopType,
  TableOfContents,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import type { Block, ReportModel } from '../../../shared/contract/report';
import { reportText } from '../../../shared/i18n/report';
import { blockElements, TEXT_WIDTH, type BlockContext, type RenderedFigure } from './docx-blocks';
import { defaultStyles, numbering } from './docx-styles';
import { houseStyleDocumentStyles } from './house-style';
import { estimateHeadingPages } from './page-estimate';

export interface WriterOptions {
  /** styles.xml of a house-style template, already checked; empty for our own styles. */
  readonly houseStyleXml?: string;
  /**
   * Renders a figure block to PNG (resvg in production). A promise lets the figures be drawn while the rest of the
   * document is built; every figure is asked for before the first one is awaited.
   */
  readonly figure: (block: Extract<Block, { kind: 'figure' }>) => RenderedFigure | Promise<RenderedFigure>;
  /** Called when the rest of the document is built and only the figures are awaited. */
  readonly waitingForFigures?: () => void;
}

const A4 = { width: 11906, height: 16838 };
const margins = { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 709, footer: 709 };

function cover(model: ReportModel): Paragraph[] {
  const t = reportText(model.language);
  const { meta } = model;
  const line = (label: string, value: string) =>
    value ? [new Paragraph({ style: 'CoverMeta', children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })] })] : [];
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: meta.title })] }),
    ...(meta.subtitle ? [new Paragraph({ style: 'Subtitle', children: [new TextRun({ text: meta.subtitle })] })] : [new Paragraph({ style: 'Subtitle', children: [] })]),
    ...line(t.cover.client, meta.client),
    ...line(t.cover.region, meta.region),
    ...line(t.cover.author, meta.author),
    ...line(t.cover.date, meta.date),
    ...line(t.cover.version, meta.version),
  ];
}

/** A table-of-contents entry: the heading's text, level, estimated page and the bookmark on the heading. */
interface TocEntry {
  readonly title: string;
  readonly level: number;
  readonly page: number;
  readonly href: string;
}

/**
 * The table of contents: a TOC field whose shown result is already filled in with the entries and their estimated
 * pages (page-estimate.ts), linked to bookmarks on the headings. Word replaces it when it updates fields on open;
 * LibreOffice, which does not update fields when it converts, shows it as written.
 */
function contents(model: ReportModel, entries: readonly TocEntry[]): (Paragraph | TableOfContents)[] {
  const t = reportText(model.language);
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ style: 'TOCHeading', children: [new TextRun({ text: t.toc })] }),
    new TableOfContents(t.toc, { hyperlink: true, headingStyleRange: '1-2', cachedEntries: entries }),
  ];
}

function missingList(model: ReportModel): Paragraph[] {
  if (model.missing.length === 0) return [];
  const t = reportText(model.language);
  return [
    new Paragraph({ style: 'MissingText', spacing: { before: 480 }, keepNext: true, children: [new TextRun({ text: t.missingList, bold: true }), new TextRun({ text: ` — ${t.missingListLead}` })] }),
    ...model.missing.map((m) => new Paragraph({ style: 'MissingText', spacing: { before: 0, after: 0 }, children: [new TextRun({ text: `${m.chapter}: `, bold: true }), new TextRun({ text: m.text })] })),
  ];
}

function header(model: ReportModel): Header {
  return new Header({ children: [new Paragraph({ style: 'HeaderText', alignment: AlignmentType.RIGHT, children: [new TextRun({ text: model.meta.title })] })] });
}

function footer(model: ReportModel): Footer {
  const t = reportText(model.language);
  const [before, between, after] = t.page.split(/\{\{current\}\}|\{\{total\}\}/);
  const left = [model.meta.client, model.meta.date].filter(Boolean).join(' · ');
  return new Footer({
    children: [
      new Paragraph({
        style: 'HeaderText',
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [new TextRun({ text: left }), new TextRun({ children: ['\t', before ?? '', PageNumber.CURRENT, between ?? '', PageNumber.TOTAL_PAGES, after ?? ''] })],
      }),
    ],
  });
}

/** The docx Document of a report model; pack it with Packer. */
export async function reportDocument(model: ReportModel, options: WriterOptions): Promise<Document> {
  let lists = 0;
  const t = reportText(model.language);
  const noFigure = (): RenderedFigure => {
    throw new Error('figures are placed after they are drawn');
  };
  const ctx: BlockContext = { figure: noFigure, nextList: () => ++lists, missingLabel: t.missingMarker, cells: new Map() };
  // Figures are asked for first and placed last, so drawing runs while the rest of the document is built. Their
  // elements are made in document order once all are drawn, so the drawing ids do not depend on which came first.
  const figureBlocks = model.chapters.flatMap((chapter) => chapter.blocks.filter((block) => block.kind === 'figure'));
  const figures = figureBlocks.map((block) => Promise.resolve(options.figure(block)));
  let nextFigure = 0;
  const body: ((Paragraph | Table)[] | number)[] = [];
  const pages = estimateHeadingPages(model).headings;
  const entries: TocEntry[] = [];
  /** The bookmark of the next heading the table of contents lists, with its entry. */
  const tocBookmark = (title: string, level: number): string => {
    const href = `_TocR${entries.length + 1}`;
    entries.push({ title, level, page: pages[entries.length] ?? 0, href });
    return href;
  };
  for (const chapter of model.chapters) {
    // Between chapters the event loop gets a turn, so figures drawn meanwhile are encoded while the rest is built.
    if (figures.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const prefix = chapter.appendix ? `${t.appendixWord} ${chapter.number} ` : chapter.number ? `${chapter.number} ` : '';
    const title = `${prefix}${chapter.title}`;
    body.push([new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new Bookmark({ id: tocBookmark(title, 1), children: [new TextRun({ text: title })] })] })]);
    chapter.blocks.forEach((block, i) => {
      const next = chapter.blocks[i + 1];
      // A lead-in paragraph stays on the page of the table, figure or list it introduces.
      const keepNext = block.kind === 'paragraph' && !!next && ['table', 'heatmap', 'figure', 'list'].includes(next.kind);
      const bookmark = block.kind === 'heading' && block.level === 2 ? tocBookmark(block.text, 2) : undefined;
      body.push(block.kind === 'figure' ? nextFigure++ : blockElements(block, ctx, keepNext, bookmark));
    });
  }
  options.waitingForFigures?.();
  const drawn = await Promise.all(figures);
  const parts = figureBlocks.map((block, i) => blockElements(block, { ...ctx, figure: () => drawn[i]! }));
  const children = body.flatMap((part) => (typeof part === 'number' ? parts[part]! : part));
  const page = { size: A4, margin: margins };
  const sections: ISectionOptions[] = [
    { properties: { page, titlePage: true }, headers: { default: header(model), first: new Header({ children: [new Paragraph({ children: [] })] }) }, footers: { default: footer(model), first: new Footer({ children: [new Paragraph({ children: [] })] }) }, children: [...cover(model), ...contents(model, entries), ...missingList(model), ...children] },
  ];
  const houseStyle = options.houseStyleXml ? houseStyleDocumentStyles(options.houseStyleXml, model.language) : null;
  return new Document({
    title: model.meta.title,
    creator: model.meta.author || 'Inventaris',
    description: model.meta.subtitle,
    features: { updateFields: true },
    ...(houseStyle ? { externalStyles: houseStyle.externalStyles, styles: houseStyle.styles } : { styles: defaultStyles(model.language) }),
    numbering: numbering(),
    sections,
  });
}
