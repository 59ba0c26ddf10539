// Page numbers for the table of contents, estimated from the report model. LibreOffice does not update fields when it
// converts a document, so a TOC written without page numbers stays without them in its PDF; Word recalculates them
// anyway when it updates the fields on open (settings: updateFields). The estimate lays the model's blocks out on A4
// with the sizes of our styles (docx-styles.ts) and the character widths of Calibri, breaking pages where the
// document does (every chapter, every organisation profile) and where a block no longer fits. It is cheap (one pass
// over the model) and usually exact for chapter starts; a long chapter may end up a page off.
import type { Block, ReportModel, Run } from '../../../shared/contract/report';
import { TEXT_WIDTH } from './docx-blocks';

/** Height of the text area of an A4 page with 2.5 cm margins, in twips. */
const TEXT_HEIGHT = 16838 - 2 * 1418;

/** The height of one line of text of `size` points at line spacing `spacing` (1 = single), in twips. */
const lineHeight = (size: number, spacing = 1) => Math.round(size * 20 * 1.15 * spacing);
/**
 * Advance widths of Calibri (and its metric twin Carlito, which LibreOffice uses in its place), in thousandths of an
 * em: the printable ASCII characters from the space on, then common accented letters and punctuation. Any other
 * character counts as half an em.
 */
const ASCII_WIDTHS = '226 326 401 498 507 715 682 221 303 303 498 498 250 306 252 386 507 507 507 507 507 507 507 507 507 507 268 268 498 498 498 463 894 579 544 533 615 488 459 631 623 252 319 520 420 855 646 662 517 673 543 459 487 642 567 890 519 487 468 307 386 307 498 498 291 479 525 423 525 498 305 471 525 229 239 455 229 799 525 527 525 525 349 391 335 525 452 715 433 453 395 314 460 314 498'
  .split(' ')
  .map(Number);
const OTHER_WIDTHS = new Map<number, number>([[0x00e9, 498], [0x00eb, 498], [0x00e8, 498], [0x00ea, 498], [0x00ef, 229], [0x00ed, 229], [0x00f3, 527], [0x00f6, 527], [0x00f4, 527], [0x00fc, 525], [0x00fa, 525], [0x00e0, 479], [0x00e1, 479], [0x00e2, 479], [0x00e4, 479], [0x00e7, 423], [0x00f1, 525], [0x2013, 498], [0x2014, 905], [0x2018, 250], [0x2019, 250], [0x201c, 418], [0x201d, 418], [0x2026, 690], [0x20ac, 507], [0x00d7, 498]]);
const SPACE = ASCII_WIDTHS[0]! / 1000;
/**
 * Text set in LibreOffice takes about 8 % more room than its letters' widths add up to (what the line breaking
 * leaves at line ends, kerning pairs aside). Found by comparing the estimate with LibreOffice's PDF: from 7 to 9 %
 * every table-of-contents entry of the demo and the Large report, in Dutch and English, lands on its page.
 */
const SETTING = 1.08;

function charWidth(code: number): number {
  return (code >= 32 && code < 127 ? ASCII_WIDTHS[code - 32]! : (OTHER_WIDTHS.get(code) ?? 500)) / 1000;
}

/** How many lines `text` takes at `size` points in `width` twips, wrapped word by word with Calibri's widths. */
function lines(text: string, size: number, width: number): number {
  const room = width / (size * 20 * SETTING);
  // Short texts fit on one line whatever their letters (no Calibri character is wider than 0.91 em).
  if (text.length * 0.91 <= room && !text.includes('\n')) return 1;
  let count = 1;
  let line = 0;
  let word = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 32 && c !== 10) {
      word += charWidth(c);
      continue;
    }
    // A word ends: it goes on this line, or starts the next (a word longer than a line runs over several).
    if (line > 0 && line + SPACE + word > room) {
      count += 1;
      line = 0;
    }
    line += (line > 0 ? SPACE : 0) + word;
    while (line > room) {
      count += 1;
      line -= room;
    }
    word = 0;
    if (c === 10 && i < text.length) {
      count += 1;
      line = 0;
    }
  }
  return count;
}
const runText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/** A piece of a block that moves to the next page as a whole; `keepNext` keeps it on the page of the next piece. */
interface Piece {
  readonly height: number;
  readonly keepNext?: boolean;
  /** The height of a table's header row, repeated on the next page when the table continues there. */
  readonly repeat?: number;
}

const BODY = { size: 10.5, line: lineHeight(10.5, 1.2), after: 140 };
const TABLE_LINE = lineHeight(9);
const BODY_LINE: Piece = { height: BODY.line };
const BODY_LAST_LINE: Piece = { height: BODY.line + BODY.after };

function tableRow(cells: readonly string[], widths: readonly number[]): number {
  const tallest = Math.max(1, ...cells.map((text, i) => lines(text, 9, (widths[i] ?? TEXT_WIDTH) - 160)));
  return tallest * TABLE_LINE + 80 + 40 + 10;
}

function relativeWidths(relative: readonly number[], count: number): number[] {
  const given = relative.length === count ? relative : Array.from({ length: count }, () => 1);
  const sum = given.reduce((a, b) => a + b, 0);
  return given.map((w) => (w / sum) * TEXT_WIDTH);
}

const caption = (text: string): Piece => ({ height: lines(text, 9, TEXT_WIDTH) * lineHeight(9) + 240, keepNext: true });

function pieces(block: Block): Piece[] {
  switch (block.kind) {
    case 'paragraph': {
      // Line by line, as a paragraph breaks across pages.
      const count = lines(runText(block.runs), BODY.size, TEXT_WIDTH);
      const result: Piece[] = [];
      for (let i = 0; i < count - 1; i += 1) result.push(BODY_LINE);
      result.push(BODY_LAST_LINE);
      return result;
    }
    case 'heading':
      return block.level === 2
        ? [{ height: lines(block.text, 13.5, TEXT_WIDTH) * lineHeight(13.5) + 480, keepNext: true }]
        : [{ height: lines(block.text, 11, TEXT_WIDTH) * lineHeight(11) + 320, keepNext: true }];
    case 'list':
      return block.items.map((item) => ({ height: lines(runText(item), BODY.size, TEXT_WIDTH - 400) * BODY.line + 60 }));
    case 'missing':
      return [{ height: lines(block.text, 10, TEXT_WIDTH - 340) * lineHeight(10, 1.2) + 420 }];
    case 'quote':
      return [{ height: lines(block.text, 11, TEXT_WIDTH - 1134) * lineHeight(11, 1.15) + 200, keepNext: true }, { height: lines(block.source, 9, TEXT_WIDTH - 1134) * lineHeight(9) + 200 }];
    case 'table': {
      const widths = relativeWidths(block.widths, block.header.length);
      const header = tableRow(block.header, widths);
      return [caption(block.caption), { height: header, keepNext: true }, ...block.rows.map((row) => ({ height: tableRow(row, widths), repeat: header })), { height: TABLE_LINE + 40 }];
    }
    case 'heatmap': {
      const rest = (TEXT_WIDTH - 2200) / Math.max(1, block.columns.length);
      const header = Math.max(...block.columns.map((c) => lineHeight(9) + lines(c.name, 6.5, rest - 80) * lineHeight(6.5))) + 80 + 80;
      const rows = block.rows.map((row) => ({ height: tableRow([row.label], [2200]), repeat: header }));
      const legend = tableRow(block.legend.map((l) => `${l.level} ${l.name}`), block.legend.map(() => TEXT_WIDTH / (block.legend.length + 1)));
      return [caption(block.caption), { height: header, keepNext: true }, ...rows, { height: TABLE_LINE + 160, keepNext: true }, { height: legend }, { height: TABLE_LINE + 40 }];
    }
    case 'figure':
      return [{ height: Math.round(block.height * Math.min(1, ((TEXT_WIDTH / 1440) * 96) / block.width) * 15) + 60, keepNext: true }, { ...caption(block.caption), keepNext: false }];
  }
}

/** A piece as laid out: with a page break before it, or marking a heading whose page is wanted. */
interface Placed extends Piece {
  readonly breakBefore?: boolean;
  readonly heading?: boolean;
}

/**
 * Lays pieces out on pages, as Word and LibreOffice do: a page break before a piece where asked, and where a piece (with
 * the chain of pieces it keeps with, up to the first line of the piece that ends the chain) does not fit in what is
 * left of the page. Returns the page of every heading piece and the number of pages.
 */
function layOut(list: readonly Placed[], firstPage: number): { headings: number[]; page: number } {
  let page = firstPage;
  let used = 0;
  const headings: number[] = [];
  list.forEach((piece, i) => {
    if (piece.breakBefore && (used > 0 || i > 0)) {
      page += 1;
      used = 0;
    }
    let needed = piece.height;
    for (let j = i; list[j]?.keepNext && list[j + 1] && !list[j + 1]!.breakBefore; j += 1) needed += list[j + 1]!.height;
    // A chain taller than a page is broken anyway; only a chain that fits on a fresh page moves there.
    if (used > 0 && used + needed > TEXT_HEIGHT && needed <= TEXT_HEIGHT) {
      page += 1;
      used = piece.repeat ?? 0;
    } else if (used > 0 && used + piece.height > TEXT_HEIGHT) {
      page += 1;
      used = piece.repeat ?? 0;
    }
    if (piece.heading) headings.push(page);
    used += piece.height;
    while (used > TEXT_HEIGHT) {
      // A piece taller than a page (a very long table cell) runs on.
      used -= TEXT_HEIGHT;
      page += 1;
    }
  });
  return { headings, page };
}

/**
 * The estimated page of every heading the table of contents lists (chapter titles and level-2 headings, in order),
 * and of the last page. The cover is page 1; the table of contents and the list of missing text follow on page 2.
 */
export function estimateHeadingPages(model: ReportModel): { headings: number[]; pages: number } {
  const entries = model.chapters.reduce((sum, c) => sum + 1 + c.blocks.filter((b) => b.kind === 'heading' && b.level === 2).length, 0);
  // The table of contents: its heading, one line per entry (5 pt after each), then the list of missing text.
  const front: Placed[] = [{ height: lineHeight(18) + 240 }, ...Array.from({ length: entries }, () => ({ height: BODY.line + 100 }))];
  if (model.missing.length > 0) {
    front.push({ height: lineHeight(10, 1.2) + 480 + 420, keepNext: true }, ...model.missing.map((m) => ({ height: lines(`${m.chapter}: ${m.text}`, 10, TEXT_WIDTH - 340) * lineHeight(10, 1.2) })));
  }
  const body: Placed[] = [];
  for (const chapter of model.chapters) {
    body.push({ height: lineHeight(20) + 240, keepNext: true, breakBefore: true, heading: true });
    chapter.blocks.forEach((block, b) => {
      const next = chapter.blocks[b + 1];
      // A lead-in paragraph stays with the table, figure or list it introduces (docx-writer.ts).
      const leadIn = block.kind === 'paragraph' && !!next && ['table', 'heatmap', 'figure', 'list'].includes(next.kind);
      const list = pieces(block);
      const last = list.length - 1;
      // Only a lead-in's last piece and a heading's first piece get more than the piece itself (a report has
      // thousands of pieces, so the rest are pushed as they are).
      if (leadIn) list[last] = { ...list[last]!, keepNext: true };
      if (block.kind === 'heading') list[0] = { ...list[0]!, ...(block.pageBreakBefore ? { breakBefore: true } : {}), ...(block.level === 2 ? { heading: true } : {}) };
      for (const piece of list) body.push(piece);
    });
  }
  const contents = layOut(front, 2);
  const laid = layOut(body, contents.page + 1);
  return { headings: laid.headings, pages: laid.page };
}
