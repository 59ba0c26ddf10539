// The charts the report draws, from the shared SVG builders (shared/charts), the same ones the app shows.
import { noCharts, type ChartMaker } from './charts';

export function reportChartMaker(): ChartMaker {
  return noCharts;
}
