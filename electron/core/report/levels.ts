// Colours of the five maturity levels in Word tables: the same sequential scale as the app's heat map, with dark
// text on light fills and white text on dark ones, and a distinct grey for "no data".
const fills = ['FFFFCC', 'A1DAB4', '41B6C4', '2C7FB8', '253494'] as const;

export const noDataFill = 'E4E4DF';

export function levelFill(level: number): string {
  return fills[Math.min(5, Math.max(1, Math.round(level))) - 1]!;
}

export function levelInk(level: number): string {
  return Math.round(level) >= 4 ? 'FFFFFF' : '1D1D1B';
}
