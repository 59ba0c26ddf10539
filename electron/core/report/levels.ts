// Colours of the five maturity levels in Word tables: the app's heat-map scale (shared/charts), with dark text on
// light fills and white text on dark ones, and the same grey for "no data".
import { heatmapFill, noDataColour, textColourOn } from '../../../shared/charts/scales';

export const noDataFill = noDataColour.slice(1).toUpperCase();

export function levelFill(level: number): string {
  return heatmapFill(level, 'level').slice(1).toUpperCase();
}

export function levelInk(level: number): string {
  return textColourOn(heatmapFill(level, 'level')).slice(1).toUpperCase();
}
