// Colour scales for charts and the heat map. All are colour-blind safe (ColorBrewer, Okabe–Ito) and the two ordered
// scales also read in greyscale: each step is clearly lighter or darker than its neighbour.

/** Five-step sequential scale for maturity levels 1..5 (ColorBrewer YlGnBu; step 4 a shade darker so white text on it meets AA): pale = starting, dark = leading. */
export const maturityColours = ['#ffffcc', '#a1dab4', '#41b6c4', '#2a78b0', '#253494'] as const;

/** Five-step diverging scale for the gap between two roles (ColorBrewer PuOr): orange = the first role is behind,
 * white = equal, purple = the first role is ahead. */
export const gapColours = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'] as const;

/** Fill and pattern for a cell without data: light grey with diagonal hatching, so it differs from every step even
 * in greyscale. */
export const noDataColour = '#e4e4df';
export const noDataHatchColour = '#b9b9b1';

/** Okabe–Ito categorical palette, for series in stacked bars. */
export const categoricalColours = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export type HeatmapScale = 'level' | 'gap';

/** The step (0..4) a maturity value falls in: whole levels 1..5, a fractional value (a regional median of .5) by its
 * whole part, clamped to the scale. */
export function maturityStep(value: number): number {
  return Math.min(4, Math.max(0, Math.floor(value) - 1));
}

/** The step (0..4) of a gap value: ≤ −2, −1, 0, +1, ≥ +2 (fractional gaps round to the nearest whole level). */
export function gapStep(value: number): number {
  const rounded = Math.round(value);
  return Math.min(4, Math.max(0, rounded + 2));
}

/** The fill for a heat-map value on the given scale, or the no-data grey for null. */
export function heatmapFill(value: number | null, scale: HeatmapScale): string {
  if (value === null || !Number.isFinite(value)) return noDataColour;
  return scale === 'level' ? maturityColours[maturityStep(value)]! : gapColours[gapStep(value)]!;
}

function channel(hex: string, offset: number): number {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour (near-black or white) with the higher contrast on `background`. */
export function textColourOn(background: string): '#1d1d1b' | '#ffffff' {
  return contrastRatio(background, '#1d1d1b') >= contrastRatio(background, '#ffffff') ? '#1d1d1b' : '#ffffff';
}

/** Whether `colour` is a `#rrggbb` hex colour (codebook colours are user data, so they are checked before use). */
export function isHexColour(colour: string | undefined | null): colour is string {
  return typeof colour === 'string' && /^#[0-9a-fA-F]{6}$/.test(colour);
}
