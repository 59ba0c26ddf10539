// Colours of the five maturity levels in Word tables: the app's heat-map scale (shared/charts), with dark text on
// light fills and white text on dark ones, and the same grey for "no data".
import { heatmapFill, noDataColour, textColourOn } from '../../../shared/charts/scales';

export const noDataFill = noDataColour.slice(1).toUpperCase();

const fills = new Map<number, string>();
const inks = new Map<number, string>();

/** The fill of a level's cell (hex without #); worked out once per level, as thousands of cells ask. */
export function levelFill(level: number): string {
  let fill = fills.get(level);
  if (fill === undefined) fills.set(level, (fill = heatmapFill(level, 'level').slice(1).toUpperCase()));
  return fill;
}

/** The text colour that reads on levelFill(level). */
export function levelInk(level: number): string {
  let ink = inks.get(level);
  if (ink === undefined) inks.set(level, (ink = textColourOn(heatmapFill(level, 'level')).slice(1).toUpperCase()));
  return ink;
}
