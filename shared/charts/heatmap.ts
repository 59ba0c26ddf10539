// The maturity heat map as SVG: organisations (rows) × dimensions (columns), a five-step sequential scale (or a
// diverging one for the gap between roles), hatched grey for no data, a marker for overridden scores, an optional
// regional median row and a legend. The app's interactive heat map uses the same scale from ./scales.
import { gapColours, heatmapFill, maturityColours, noDataColour, noDataHatchColour, textColourOn, type HeatmapScale } from './scales';
import { contentId, gridColour, inkColour, mutedInkColour, px, svgOpen, textLines, textWidth, truncate, wrapText } from './svg';
import type { Chart, ChartBase } from './types';

export interface HeatmapColumn {
  readonly id: string;
  /** Short header, e.g. the dimension code 'D1'. */
  readonly label: string;
  /** Full name, e.g. 'Ambitie & doelen'; shown under the code when `showColumnNames` is set and always in the table. */
  readonly name?: string;
}

export interface HeatmapCell {
  /** Level 1..5 (or a gap −4..+4 on the gap scale); null when there is no data. */
  readonly value: number | null;
  /** The consultant overrode the suggested score. */
  readonly overridden?: boolean;
}

export interface HeatmapRow {
  readonly id: string;
  readonly label: string;
  /** One cell per column, in column order. */
  readonly cells: readonly HeatmapCell[];
}

export interface HeatmapLegend {
  readonly title: string;
  /** Five labels, one per step: level names ('1 Startend' … '5 Koploper') or gap bands ('≤ −2' … '≥ +2'). */
  readonly steps: readonly string[];
  readonly noData: string;
  /** Explains the override marker; required when any cell is overridden. */
  readonly overridden?: string;
}

export interface HeatmapInput extends ChartBase {
  readonly columns: readonly HeatmapColumn[];
  readonly rows: readonly HeatmapRow[];
  /** An extra row under a rule, e.g. the regional median per dimension. */
  readonly median?: { readonly label: string; readonly values: readonly (number | null)[] };
  /** 'level' (default) for maturity levels, 'gap' for a signed difference between two roles. */
  readonly scale?: HeatmapScale;
  readonly legend: HeatmapLegend;
  /** Header of the row-label column in the text table, e.g. 'Organisatie'. */
  readonly rowHeader?: string;
  /** Cell size in px; defaults 72 × 36 (88 wide with column names). */
  readonly cellWidth?: number;
  readonly cellHeight?: number;
  /** Show the dimension names under their codes in the header. */
  readonly showColumnNames?: boolean;
}

const margin = 16;
const labelSize = 13;
const smallSize = 11;

const valueFormats = new Map<string, Intl.NumberFormat>();

/** Formats a heat-map value: up to one decimal for levels (a median can be 2.5), signed for gaps. */
export function formatHeatmapValue(value: number | null, scale: HeatmapScale, locale: string, noData: string): string {
  if (value === null || !Number.isFinite(value)) return noData;
  // A formatter is costly to make and a heat map formats hundreds of values: one per locale and scale.
  const key = `${locale}|${scale}`;
  let format = valueFormats.get(key);
  if (!format) valueFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: scale === 'gap' ? 'exceptZero' : 'auto' })));
  return format.format(value);
}

export function buildHeatmap(input: HeatmapInput): Chart {
  const scale = input.scale ?? 'level';
  const locale = input.locale ?? 'nl-NL';
  const showNames = input.showColumnNames ?? false;
  const cellWidth = input.cellWidth ?? (showNames ? 88 : 72);
  const cellHeight = input.cellHeight ?? 36;
  const id = input.id ?? contentId('heatmap', JSON.stringify([input.title, input.columns, input.rows, input.median, scale]));
  const noDataText = '–';

  const allRowLabels = [...input.rows.map((r) => r.label), ...(input.median ? [input.median.label] : [])];
  const rowLabelWidth = Math.min(240, Math.max(120, ...allRowLabels.map((l) => textWidth(l, labelSize) + 16)));
  const columnNameLines = input.columns.map((c) => (showNames && c.name ? wrapText(c.name, cellWidth - 8, smallSize, 3) : []));
  const nameLineCount = Math.max(0, ...columnNameLines.map((l) => l.length));
  const titleHeight = input.showTitle ? 28 : 0;
  const headerHeight = 24 + (nameLineCount > 0 ? nameLineCount * 14 + 4 : 0);
  const gridX = margin + rowLabelWidth;
  const gridY = margin + titleHeight + headerHeight;
  const gridWidth = input.columns.length * cellWidth;
  const medianGap = input.median ? 8 : 0;
  const bodyRows = input.rows.length + (input.median ? 1 : 0);
  const gridHeight = bodyRows * cellHeight + medianGap;

  // Legend items flow left to right and wrap at the chart width.
  const anyOverride = input.rows.some((r) => r.cells.some((c) => c.overridden && c.value !== null));
  const colours = scale === 'level' ? maturityColours : gapColours;
  const legendItems = [
    ...input.legend.steps.slice(0, 5).map((label, i) => ({ label, kind: 'step' as const, colour: colours[i]! })),
    { label: input.legend.noData, kind: 'none' as const, colour: noDataColour },
    ...(anyOverride && input.legend.overridden ? [{ label: input.legend.overridden, kind: 'override' as const, colour: '#ffffff' }] : []),
  ];
  const width = Math.ceil(Math.max(margin * 2 + rowLabelWidth + gridWidth, 420));
  const legendTop = gridY + gridHeight + 20;
  const legendPlaced: { x: number; y: number; item: (typeof legendItems)[number]; text: string }[] = [];
  {
    let x = margin;
    let y = legendTop + 22;
    for (const item of legendItems) {
      const text = truncate(item.label, width - margin * 2 - 24, smallSize);
      const itemWidth = 18 + 6 + textWidth(text, smallSize) + 16;
      if (x > margin && x + itemWidth > width - margin) {
        x = margin;
        y += 22;
      }
      legendPlaced.push({ x, y, item, text });
      x += itemWidth;
    }
  }
  const legendBottom = (legendPlaced.at(-1)?.y ?? legendTop) + 18;
  const height = Math.ceil(legendBottom + margin);

  const parts: string[] = [svgOpen(id, width, height, input.title, input.description)];
  parts.push(
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="${noDataColour}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${noDataHatchColour}" stroke-width="2"/></pattern></defs>`,
  );
  parts.push(`<rect width="${px(width)}" height="${px(height)}" fill="#ffffff"/>`);
  if (input.showTitle) parts.push(textLines([truncate(input.title, width - 2 * margin, 15)], margin, margin + 16, { fontSize: 15, weight: 600 }));

  // Column headers: the code in bold, the wrapped name under it.
  input.columns.forEach((column, i) => {
    const cx = gridX + i * cellWidth + cellWidth / 2;
    const top = margin + titleHeight;
    parts.push(textLines([truncate(column.label, cellWidth - 6, labelSize)], cx, top + 16, { fontSize: labelSize, weight: 600, anchor: 'middle' }));
    const lines = columnNameLines[i]!;
    if (lines.length) parts.push(textLines(lines, cx, top + 34, { fontSize: smallSize, anchor: 'middle', fill: mutedInkColour, lineHeight: 14 }));
  });

  const drawCell = (x: number, y: number, cell: HeatmapCell, bold: boolean) => {
    const hasValue = cell.value !== null && Number.isFinite(cell.value);
    const fill = heatmapFill(cell.value, scale);
    parts.push(
      `<rect x="${px(x + 1)}" y="${px(y + 1)}" width="${px(cellWidth - 2)}" height="${px(cellHeight - 2)}" rx="3" fill="${hasValue ? fill : `url(#${id}-hatch)`}"` +
        `${scale === 'gap' && hasValue ? ` stroke="${gridColour}"` : ''}/>`,
    );
    const ink = hasValue ? textColourOn(fill) : mutedInkColour;
    const text = hasValue ? formatHeatmapValue(cell.value, scale, locale, noDataText) : noDataText;
    parts.push(textLines([text], x + cellWidth / 2, y + cellHeight / 2 + 4.5, { fontSize: labelSize, weight: bold || hasValue ? 600 : 400, anchor: 'middle', fill: ink }));
    if (cell.overridden && hasValue) {
      const right = x + cellWidth - 1;
      parts.push(`<path d="M${px(right - 10)} ${px(y + 1)}H${px(right)}V${px(y + 11)}Z" fill="${ink}"/>`);
    }
  };

  input.rows.forEach((row, r) => {
    const y = gridY + r * cellHeight;
    if (r % 2 === 1) parts.push(`<rect x="${margin}" y="${px(y)}" width="${px(rowLabelWidth)}" height="${px(cellHeight)}" fill="#fafaf8"/>`);
    parts.push(textLines([truncate(row.label, rowLabelWidth - 16, labelSize)], margin + 4, y + cellHeight / 2 + 4.5, { fontSize: labelSize }));
    input.columns.forEach((_, c) => drawCell(gridX + c * cellWidth, y, row.cells[c] ?? { value: null }, false));
  });

  if (input.median) {
    const ruleY = gridY + input.rows.length * cellHeight + medianGap / 2;
    parts.push(`<line x1="${margin}" x2="${px(gridX + gridWidth)}" y1="${px(ruleY)}" y2="${px(ruleY)}" stroke="${inkColour}" stroke-width="1"/>`);
    const y = gridY + input.rows.length * cellHeight + medianGap;
    parts.push(textLines([truncate(input.median.label, rowLabelWidth - 16, labelSize)], margin + 4, y + cellHeight / 2 + 4.5, { fontSize: labelSize, weight: 600 }));
    input.columns.forEach((_, c) => drawCell(gridX + c * cellWidth, y, { value: input.median!.values[c] ?? null }, true));
  }

  parts.push(textLines([truncate(input.legend.title, width - 2 * margin, smallSize)], margin, legendTop + 4, { fontSize: smallSize, weight: 600, fill: mutedInkColour }));
  for (const { x, y, item, text } of legendPlaced) {
    const swatch =
      item.kind === 'override'
        ? `<rect x="${px(x)}" y="${px(y - 11)}" width="18" height="14" rx="2" fill="#ffffff" stroke="${gridColour}"/><path d="M${px(x + 8)} ${px(y - 11)}H${px(x + 18)}V${px(y - 1)}Z" fill="${inkColour}"/>`
        : `<rect x="${px(x)}" y="${px(y - 11)}" width="18" height="14" rx="2" fill="${item.kind === 'none' ? `url(#${id}-hatch)` : item.colour}" stroke="${gridColour}"/>`;
    parts.push(swatch, textLines([text], x + 24, y, { fontSize: smallSize, fill: inkColour }));
  }
  parts.push('</svg>');

  const columnHeaders = input.columns.map((c) => (c.name ? `${c.label} ${c.name}` : c.label));
  const cellText = (cell: HeatmapCell | undefined) => {
    const text = formatHeatmapValue(cell?.value ?? null, scale, locale, input.legend.noData);
    return cell?.overridden && cell.value !== null && input.legend.overridden ? `${text} (${input.legend.overridden})` : text;
  };
  const rows = input.rows.map((row) => [row.label, ...input.columns.map((_, c) => cellText(row.cells[c]))]);
  if (input.median) rows.push([input.median.label, ...input.columns.map((_, c) => cellText({ value: input.median!.values[c] ?? null }))]);

  return {
    svg: parts.join(''),
    width,
    height,
    title: input.title,
    description: input.description,
    table: { caption: input.title, columns: [input.rowHeader ?? '', ...columnHeaders], rows },
  };
}
