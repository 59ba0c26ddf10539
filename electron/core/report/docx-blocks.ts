// Report blocks as docx paragraphs and tables: runs with bold/italic/links, lists, captioned tables with repeating
// header rows, the heat map as a native table with shaded cells and a legend, figures as PNG with alt text.
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, Run } from '../../../shared/contract/report';
import { BULLETS, headerFill, NUMBERS, rule } from './docx-styles';
import { levelFill, levelInk, noDataFill } from './levels';

/** Text width of an A4 page with 2.5 cm margins, in twips (1/20 pt). */
export const TEXT_WIDTH = 9070;
/** The same in CSS pixels (96 dpi), the unit of docx image sizes. */
export const TEXT_WIDTH_PX = Math.round((TEXT_WIDTH / 1440) * 96);

export interface RenderedFigure {
  readonly png: Uint8Array;
  /** Size on the page in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

export interface BlockContext {
  /** The PNG of a figure block, in order of appearance. */
  figure(block: Extract<Block, { kind: 'figure' }>): RenderedFigure;
  /** A fresh list instance, so each numbered list counts from 1. */
  nextList(): number;
  readonly missingLabel: string;
  /**
   * Table cells already made in this document, by content and look. A cell is immutable once made and docx writes
   * the same XML wherever it appears, so the many equal cells of the heat maps and profile tables (a level, "–",
   * a count) are made once: the document builds faster and holds fewer objects. One map per document.
   */
  readonly cells: Map<string, TableCell>;
}

function textRuns(text: string, options: { bold?: boolean; italics?: boolean; style?: string }): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...options, ...(i > 0 ? { break: 1 } : {}) }));
}

export function runChildren(runs: readonly Run[]): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const run of runs) {
    const options = { bold: run.bold, italics: run.italic };
    if (run.link) children.push(new ExternalHyperlink({ link: run.link, children: textRuns(run.text, { ...options, style: 'Hyperlink' }) }));
    else children.push(...textRuns(run.text, options));
  }
  return children;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: rule };
const tableBorders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

interface CellLook {
  readonly header?: boolean;
  readonly width: number;
  readonly right?: boolean;
  readonly fill?: string;
  readonly ink?: string;
  readonly center?: boolean;
  readonly bold?: boolean;
}

/** A table cell of `text` in `options`' look, made once per document (see BlockContext.cells). */
function cell(made: Map<string, TableCell>, text: string, options: CellLook): TableCell {
  const key = `${options.header ? 1 : 0}${options.right ? 1 : 0}${options.center ? 1 : 0}${options.bold ? 1 : 0}|${options.width}|${options.fill ?? ''}|${options.ink ?? ''}|${text}`;
  let known = made.get(key);
  if (!known) made.set(key, (known = newCell(text, options)));
  return known;
}

function newCell(text: string, options: CellLook): TableCell {
  const alignment = options.center ? AlignmentType.CENTER : options.right ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const fill = options.fill ?? (options.header ? headerFill : undefined);
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: [
      new Paragraph({
        style: options.header ? 'TableHeading' : 'TableText',
        alignment,
        children: text.split('\n').map((line, i) => new TextRun({ text: line, bold: options.bold, ...(options.ink ? { color: options.ink } : {}), ...(i > 0 ? { break: 1 } : {}) })),
      }),
    ],
  });
}

function widthsOf(relative: readonly number[], count: number): number[] {
  const given = relative.length === count ? relative : Array.from({ length: count }, () => 1);
  const sum = given.reduce((a, b) => a + b, 0);
  return given.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
}

function caption(text: string, keepNext: boolean): Paragraph {
  return new Paragraph({ style: 'Caption', keepNext, children: textRuns(text, {}) });
}

function table(block: Extract<Block, { kind: 'table' }>, made: Map<string, TableCell>): (Paragraph | Table)[] {
  const widths = widthsOf(block.widths, block.header.length);
  const numeric = new Set(block.numeric ?? []);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.map((text, i) => cell(made, text, { header: true, width: widths[i]!, right: numeric.has(i) })),
  });
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) => {
          const shaded = block.shadeColumn === i && block.rowLevels ? block.rowLevels[r] : undefined;
          if (shaded !== undefined) {
            return cell(made, text, { width: widths[i]!, fill: shaded === null ? noDataFill : levelFill(shaded), ink: shaded === null ? undefined : levelInk(shaded), center: true, bold: true });
          }
          return cell(made, text, { width: widths[i]!, right: numeric.has(i) });
        }),
      }),
  );
  return [
    caption(block.caption, true),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: tableBorders, rows: [header, ...rows] }),
    new Paragraph({ style: 'TableText', children: [] }),
  ];
}

function heatmap(block: Extract<Block, { kind: 'heatmap' }>, made: Map<string, TableCell>): (Paragraph | Table)[] {
  const first = 2200;
  const rest = Math.floor((TEXT_WIDTH - first) / Math.max(1, block.columns.length));
  const widths = [first, ...block.columns.map(() => rest)];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(made, block.corner, { header: true, width: first }),
      ...block.columns.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i + 1]!, type: WidthType.DXA },
            verticalAlign: VerticalAlign.BOTTOM,
            margins: { top: 40, bottom: 40, left: 40, right: 40 },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: headerFill },
            children: [
              new Paragraph({ style: 'TableHeading', alignment: AlignmentType.CENTER, children: [new TextRun({ text: c.code })] }),
              new Paragraph({ style: 'TableText', alignment: AlignmentType.CENTER, children: [new TextRun({ text: c.name, size: 13 })] }),
            ],
          }),
      ),
    ],
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(made, row.label, { width: first, bold: row.summary }),
          ...row.levels.map((level, i) =>
            level === null
              ? cell(made, row.texts?.[i] ?? '–', { width: widths[i + 1]!, fill: noDataFill, center: true })
              : cell(made, row.texts?.[i] ?? String(level), { width: widths[i + 1]!, fill: levelFill(level), ink: levelInk(level), center: true, bold: true }),
          ),
        ],
      }),
  );
  const legendWidth = Math.floor(TEXT_WIDTH / (block.legend.length + 1));
  const legend = new Table({
    width: { size: legendWidth * (block.legend.length + 1), type: WidthType.DXA },
    columnWidths: [...block.legend.map(() => legendWidth), legendWidth],
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          ...block.legend.map((l) => cell(made, `${l.level} ${l.name}`, { width: legendWidth, fill: levelFill(l.level), ink: levelInk(l.level), center: true })),
          cell(made, `– ${block.noData}`, { width: legendWidth, fill: noDataFill, center: true }),
        ],
      }),
    ],
  });
  return [
    caption(block.caption, true),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: tableBorders, rows: [header, ...rows] }),
    new Paragraph({ style: 'TableText', spacing: { before: 120 }, keepNext: true, children: [] }),
    legend,
    new Paragraph({ style: 'TableText', children: [] }),
  ];
}

/** `bookmark`: the name of a bookmark around a heading's text (the table of contents links to it). */
export function blockElements(block: Block, ctx: BlockContext, keepNext = false, bookmark?: string): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ ...(block.tone === 'muted' ? { style: 'Muted' } : {}), ...(keepNext ? { keepNext } : {}), children: runChildren(block.runs) })];
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
          children: bookmark ? [new Bookmark({ id: bookmark, children: textRuns(block.text, {}) })] : textRuns(block.text, {}),
        }),
      ];
    case 'list': {
      const instance = ctx.nextList();
      return block.items.map(
        (item) => new Paragraph({ numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: 0, ...(block.ordered ? { instance } : {}) }, children: runChildren(item) }),
      );
    }
    case 'missing':
      return [new Paragraph({ style: 'MissingText', children: [new TextRun({ text: `${ctx.missingLabel}: `, bold: true }), ...textRuns(block.text, {})] })];
    case 'quote':
      return [
        new Paragraph({ style: 'Quote', children: textRuns(`“${block.text.replace(/^["“„'‘]+|["”'’]+$/g, '')}”`, {}) }),
        new Paragraph({ style: 'QuoteSource', children: textRuns(`— ${block.source}`, {}) }),
      ];
    case 'table':
      return table(block, ctx.cells);
    case 'heatmap':
      return heatmap(block, ctx.cells);
    case 'figure': {
      const figure = ctx.figure(block);
      return [
        new Paragraph({
          keepNext: true,
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: figure.png,
              transformation: { width: figure.width, height: figure.height },
              altText: { name: block.caption, title: block.caption, description: block.alt },
            }),
          ],
        }),
        caption(block.caption, false),
      ];
    }
  }
}
