// Horizontal bar charts as SVG: simple bars (e.g. how often each code was mentioned) and stacked bars (e.g. counts per
// role, or the distribution of answers to a scale question per organisation). Labels sit left of the bars and wrap to
// two lines; every bar carries its value; gridlines follow "nice" ticks.
import { categoricalColours, contrastRatio, isHexColour, textColourOn } from './scales';
import { contentId, escapeXml, gridColour, inkColour, mutedInkColour, px, svgOpen, textLines, textWidth, truncate, wrapText } from './svg';
import type { Chart, ChartBase } from './types';

export interface Bar {
  readonly id?: string;
  readonly label: string;
  readonly value: number;
  /** `#rrggbb`; falls back to the chart's colour. A light colour gets an outline so the bar stays visible. */
  readonly colour?: string;
}

export interface BarsInput extends ChartBase {
  readonly bars: readonly Bar[];
  /** Total width in px; default 640. */
  readonly width?: number;
  /** Bar colour when a bar has none; default the app's accent teal. */
  readonly colour?: string;
  /** The axis runs to at least this value (e.g. the number of organisations). */
  readonly maxValue?: number;
  /** Column headers of the text table, e.g. ['Code', 'Segmenten']. */
  readonly tableColumns: readonly [string, string];
  /** Shown in place of the bars when there are none. */
  readonly emptyText: string;
}

export interface StackedSeries {
  readonly id: string;
  readonly label: string;
  readonly colour?: string;
}

export interface StackedBar {
  readonly id?: string;
  readonly label: string;
  /** One value per series, in series order. */
  readonly values: readonly number[];
}

export interface StackedBarsInput extends ChartBase {
  readonly series: readonly StackedSeries[];
  readonly bars: readonly StackedBar[];
  readonly width?: number;
  /** Draw every bar as 100 % (shares) instead of counts. */
  readonly normalise?: boolean;
  /** Header of the label column and of the total column in the text table, e.g. ['Rol', 'Totaal']. */
  readonly tableColumns: readonly [string, string];
  readonly emptyText: string;
}

const margin = 16;
const labelSize = 13;
const valueSize = 12;
const defaultColour = '#0f6e63';

/** Round tick values from 0 to at least `max`, about `target` of them; whole numbers when `integers`. */
export function niceTicks(max: number, target = 5, integers = true): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough && (!integers || Number.isInteger(s))) ?? Math.ceil(rough);
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return ticks;
}

interface Row {
  readonly lines: string[];
  readonly y: number;
  readonly height: number;
}

/** Places the category labels: wrapped to two lines within `labelWidth`, each row as tall as its label needs. */
function layoutRows(labels: readonly string[], labelWidth: number, top: number): { rows: Row[]; bottom: number } {
  const rows: Row[] = [];
  let y = top;
  for (const label of labels) {
    const lines = wrapText(label, labelWidth, labelSize, 2);
    const height = lines.length > 1 ? 40 : 30;
    rows.push({ lines: lines.length ? lines : [''], y, height });
    y += height;
  }
  return { rows, bottom: y };
}

function labelColumnWidth(labels: readonly string[], width: number): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, labelSize)));
  return Math.min(Math.max(widest + 8, 80), Math.round(width * 0.38));
}

function emptyChart(id: string, input: ChartBase & { width?: number; emptyText: string }, table: Chart['table']): Chart {
  const width = Math.round(input.width ?? 640);
  const height = 72;
  const svg =
    svgOpen(id, width, height, input.title, input.description) +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    textLines([truncate(input.emptyText, width - 2 * margin, labelSize)], width / 2, height / 2 + 4, { fontSize: labelSize, anchor: 'middle', fill: mutedInkColour }) +
    '</svg>';
  return { svg, width, height, title: input.title, description: input.description, table };
}

function axis(parts: string[], ticks: readonly number[], x0: number, plotWidth: number, top: number, bottom: number, format: (v: number) => string) {
  const max = ticks.at(-1)!;
  for (const tick of ticks) {
    const x = x0 + (tick / max) * plotWidth;
    parts.push(`<line x1="${px(x)}" x2="${px(x)}" y1="${px(top)}" y2="${px(bottom)}" stroke="${gridColour}" stroke-width="1"/>`);
    parts.push(textLines([format(tick)], x, bottom + 16, { fontSize: valueSize - 1, anchor: 'middle', fill: mutedInkColour }));
  }
  parts.push(`<line x1="${px(x0)}" x2="${px(x0)}" y1="${px(top)}" y2="${px(bottom)}" stroke="${mutedInkColour}" stroke-width="1"/>`);
}

function titleBlock(parts: string[], input: ChartBase, width: number): number {
  if (!input.showTitle) return 0;
  parts.push(textLines([truncate(input.title, width - 2 * margin, 15)], margin, margin + 14, { fontSize: 15, weight: 600 }));
  return 28;
}

export function buildBars(input: BarsInput): Chart {
  const width = Math.round(input.width ?? 640);
  const locale = input.locale ?? 'nl-NL';
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format;
  const id = input.id ?? contentId('bars', JSON.stringify([input.title, input.bars]));
  const table = { caption: input.title, columns: [...input.tableColumns], rows: input.bars.map((b) => [b.label, format(b.value)]) };
  if (input.bars.length === 0) return emptyChart(id, input, table);

  const labelWidth = labelColumnWidth(input.bars.map((b) => b.label), width);
  const valueRoom = Math.max(...input.bars.map((b) => textWidth(format(b.value), valueSize))) + 12;
  const x0 = margin + labelWidth + 8;
  const plotWidth = width - x0 - margin - valueRoom;
  const integers = input.bars.every((b) => Number.isInteger(b.value));
  const ticks = niceTicks(Math.max(input.maxValue ?? 0, ...input.bars.map((b) => Math.max(0, b.value))), 5, integers);
  const max = ticks.at(-1)!;

  const parts: string[] = [];
  const top = margin + titleBlock(parts, input, width);
  const { rows, bottom } = layoutRows(input.bars.map((b) => b.label), labelWidth, top);
  const height = Math.ceil(bottom + 24 + margin);
  parts.unshift(svgOpen(id, width, height, input.title, input.description), `<rect width="${px(width)}" height="${px(height)}" fill="#ffffff"/>`);
  axis(parts, ticks, x0, plotWidth, top, bottom, format);

  input.bars.forEach((bar, i) => {
    const row = rows[i]!;
    const mid = row.y + row.height / 2;
    const lineOffset = ((row.lines.length - 1) * 16) / 2;
    parts.push(textLines(row.lines, margin + labelWidth, mid + 4.5 - lineOffset, { fontSize: labelSize, anchor: 'end', lineHeight: 16 }));
    const colour = isHexColour(bar.colour) ? bar.colour : isHexColour(input.colour) ? input.colour : defaultColour;
    const barWidth = (Math.max(0, bar.value) / max) * plotWidth;
    const outline = contrastRatio(colour, '#ffffff') < 3 ? ` stroke="${mutedInkColour}" stroke-width="1"` : '';
    parts.push(`<rect x="${px(x0)}" y="${px(mid - 9)}" width="${px(Math.max(barWidth, bar.value > 0 ? 2 : 0))}" height="18" rx="2" fill="${colour}"${outline}><title>${escapeXml(`${bar.label}: ${format(bar.value)}`)}</title></rect>`);
    parts.push(textLines([format(bar.value)], x0 + barWidth + 6, mid + 4.5, { fontSize: valueSize, weight: 600 }));
  });
  parts.push('</svg>');
  return { svg: parts.join(''), width, height, title: input.title, description: input.description, table };
}

export function buildStackedBars(input: StackedBarsInput): Chart {
  const width = Math.round(input.width ?? 640);
  const locale = input.locale ?? 'nl-NL';
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format;
  const id = input.id ?? contentId('stacked', JSON.stringify([input.title, input.series, input.bars, input.normalise]));
  const totals = input.bars.map((b) => b.values.reduce((sum, v) => sum + Math.max(0, v), 0));
  const table = {
    caption: input.title,
    columns: [input.tableColumns[0], ...input.series.map((s) => s.label), input.tableColumns[1]],
    rows: input.bars.map((b, i) => [
      b.label,
      ...input.series.map((_, s) => {
        const v = b.values[s] ?? 0;
        return input.normalise && totals[i]! > 0 ? `${format(v)} (${percent(v / totals[i]!)})` : format(v);
      }),
      format(totals[i]!),
    ]),
  };
  if (input.bars.length === 0 || input.series.length === 0) return emptyChart(id, input, table);

  const colours = input.series.map((s, i) => (isHexColour(s.colour) ? s.colour : categoricalColours[i % categoricalColours.length]!));
  const parts: string[] = [];
  let top = margin + titleBlock(parts, input, width);

  // Legend of the series, flowing and wrapping.
  let lx = margin;
  let ly = top + 12;
  input.series.forEach((series, i) => {
    const text = truncate(series.label, width - 2 * margin - 24, valueSize);
    const itemWidth = 14 + 6 + textWidth(text, valueSize) + 18;
    if (lx > margin && lx + itemWidth > width - margin) {
      lx = margin;
      ly += 20;
    }
    parts.push(`<rect x="${px(lx)}" y="${px(ly - 10)}" width="14" height="14" rx="2" fill="${colours[i]}"/>`, textLines([text], lx + 20, ly + 1.5, { fontSize: valueSize }));
    lx += itemWidth;
  });
  top = ly + 16;

  const labelWidth = labelColumnWidth(input.bars.map((b) => b.label), width);
  const totalRoom = input.normalise ? 8 : Math.max(...totals.map((t) => textWidth(format(t), valueSize))) + 12;
  const x0 = margin + labelWidth + 8;
  const plotWidth = width - x0 - margin - totalRoom;
  const integers = input.bars.every((b) => b.values.every((v) => Number.isInteger(v)));
  const ticks = input.normalise ? [0, 0.25, 0.5, 0.75, 1] : niceTicks(Math.max(...totals), 5, integers);
  const max = ticks.at(-1)!;
  const { rows, bottom } = layoutRows(input.bars.map((b) => b.label), labelWidth, top);
  const height = Math.ceil(bottom + 24 + margin);
  parts.unshift(svgOpen(id, width, height, input.title, input.description), `<rect width="${px(width)}" height="${px(height)}" fill="#ffffff"/>`);
  axis(parts, ticks, x0, plotWidth, top, bottom, input.normalise ? percent : format);

  input.bars.forEach((bar, i) => {
    const row = rows[i]!;
    const mid = row.y + row.height / 2;
    const lineOffset = ((row.lines.length - 1) * 16) / 2;
    parts.push(textLines(row.lines, margin + labelWidth, mid + 4.5 - lineOffset, { fontSize: labelSize, anchor: 'end', lineHeight: 16 }));
    const total = totals[i]!;
    const denominator = input.normalise ? (total > 0 ? total : 1) : max;
    let x = x0;
    input.series.forEach((series, s) => {
      const value = Math.max(0, bar.values[s] ?? 0);
      if (value === 0) return;
      const segment = (input.normalise ? value / denominator : value / max) * plotWidth;
      const colour = colours[s]!;
      const label = input.normalise ? percent(value / denominator) : format(value);
      parts.push(
        `<rect x="${px(x)}" y="${px(mid - 10)}" width="${px(segment)}" height="20" fill="${colour}" stroke="#ffffff" stroke-width="1">` +
          `<title>${escapeXml(`${bar.label} · ${series.label}: ${format(value)}`)}</title></rect>`,
      );
      if (textWidth(label, valueSize - 1) + 6 <= segment) {
        parts.push(textLines([label], x + segment / 2, mid + 4, { fontSize: valueSize - 1, anchor: 'middle', weight: 600, fill: textColourOn(colour) }));
      }
      x += segment;
    });
    if (!input.normalise) parts.push(textLines([format(total)], x + 6, mid + 4.5, { fontSize: valueSize, weight: 600, fill: inkColour }));
  });
  parts.push('</svg>');
  return { svg: parts.join(''), width, height, title: input.title, description: input.description, table };
}
