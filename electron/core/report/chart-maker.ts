// The charts the report draws, from the shared SVG builders (shared/charts), the same ones the app shows.
import { buildBars } from '../../../shared/charts';
import type { ChartMaker } from './charts';

export function reportChartMaker(): ChartMaker {
  return {
    bars: ({ title, description, items, locale, colour, columns }) => {
      if (items.length === 0) return null;
      const chart = buildBars({ title, description, locale, bars: items, colour, tableColumns: columns, emptyText: '', width: 640 });
      return { svg: chart.svg, width: chart.width, height: chart.height };
    },
  };
}
