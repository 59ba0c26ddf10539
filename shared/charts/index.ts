// Chart builders shared by the analysis views and the Word report: pure functions from data to an SVG string plus a
// text alternative (see ./types). No DOM and no Node: the renderer injects the SVG, the report rasterises it with
// resvg, e.g. `new Resvg(chart.svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true,
// defaultFontFamily: 'DejaVu Sans' } }).render().asPng()` for a PNG at twice the chart's px size.
//
// Stable API (the report depends on it): buildHeatmap, buildBars, buildStackedBars return a Chart with `svg`,
// `width`/`height` in px (viewBox `0 0 width height`), `title`, `description` and `table`. Inputs carry all visible
// text (labels come translated from the caller); numbers are formatted with Intl for `locale`.
export type { Chart, ChartBase, ChartTable } from './types';
export { buildHeatmap, formatHeatmapValue, type HeatmapCell, type HeatmapColumn, type HeatmapInput, type HeatmapLegend, type HeatmapRow } from './heatmap';
export { buildBars, buildStackedBars, niceTicks, type Bar, type BarsInput, type StackedBar, type StackedBarsInput, type StackedSeries } from './bars';
export {
  categoricalColours,
  contrastRatio,
  gapColours,
  gapStep,
  heatmapFill,
  isHexColour,
  maturityColours,
  maturityStep,
  noDataColour,
  noDataHatchColour,
  textColourOn,
  type HeatmapScale,
} from './scales';
export { chartFontFamily, escapeXml } from './svg';
