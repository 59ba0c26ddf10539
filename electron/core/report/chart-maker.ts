// The charts the report draws, from the shared SVG builders (shared/charts), the same ones the app shows.
import { buildBars } from '../../../shared/charts';
import type { Block } from '../../../shared/contract/report';
import type { ChartMaker } from './charts';
import type { RenderedFigure } from './docx-blocks';

type FigureBlock = Extract<Block, { kind: 'figure' }>;

export function reportChartMaker(): ChartMaker {
  return {
    bars: ({ title, description, items, locale, colour, columns }) => {
      if (items.length === 0) return null;
      const chart = buildBars({ title, description, locale, bars: items, colour, tableColumns: columns, emptyText: '', width: 640 });
      return { svg: chart.svg, width: chart.width, height: chart.height };
    },
  };
}

/**
 * The report's charts, each handed to `draw` (PNG off the main thread) the moment it is first asked for, so drawing
 * runs while the rest of the report is read and built. `drawing(svg)` is the drawing of a chart asked for before;
 * the same chart asked for again is drawn once.
 */
export function drawingChartMaker(draw: (figure: FigureBlock) => Promise<RenderedFigure>): ChartMaker & { drawing(svg: string): Promise<RenderedFigure> | undefined } {
  const base = reportChartMaker();
  const drawings = new Map<string, Promise<RenderedFigure>>();
  // The export asks for each chart twice (early, to start drawing it, then in the model): built once.
  const built = new Map<string, ReturnType<ChartMaker['bars']>>();
  return {
    bars: (input) => {
      const key = JSON.stringify(input);
      let chart = built.get(key);
      if (chart === undefined) built.set(key, (chart = base.bars(input)));
      if (chart && !drawings.has(chart.svg)) {
        const drawing = draw({ kind: 'figure', caption: input.title, alt: input.description, ...chart });
        // Awaited when the figure is placed; an export cancelled before then must not leave a rejection unhandled.
        drawing.catch(() => undefined);
        drawings.set(chart.svg, drawing);
      }
      return chart;
    },
    drawing: (svg) => drawings.get(svg),
  };
}
