// Charts for the report come from the shared SVG builders (the same ones the app shows). The model asks for them
// through this interface, so its tests can run with or without drawings.
import type { Block } from '../../../shared/contract/report';

export interface BarItem {
  readonly label: string;
  readonly value: number;
}

export interface ChartMaker {
  /** A horizontal bar chart of counts, or null when there is nothing to draw. */
  bars(input: {
    readonly title: string;
    readonly description: string;
    readonly items: readonly BarItem[];
    readonly locale: string;
    /** `#rrggbb` of the bars. */
    readonly colour: string;
    /** Headers of the chart's text table. */
    readonly columns: readonly [string, string];
  }): Omit<
    Extract<Block, { kind: 'figure' }>,
    'kind' | 'caption' | 'alt'
  > | null;
}

export const noCharts: ChartMaker = { bars: () => null };
