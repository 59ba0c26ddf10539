// Charts to PNG for Word: the shared SVG builders' drawings rasterised with resvg at print resolution (≥ 150 dpi at
// the size they have on the page). Scanning every system font takes a while per chart, so resvg gets a few known
// font files (Arial or its metric twin Liberation Sans, which the chart builders' text widths assume) when present,
// and falls back to the system's fonts otherwise.
import fs from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Block } from '../../../shared/contract/report';
import { TEXT_WIDTH_PX, type RenderedFigure } from './docx-blocks';

/** Dots per inch of the PNGs relative to the size on the page. */
export const FIGURE_DPI = 160;

const candidateFonts: readonly { family: string; files: readonly string[] }[] = [
  { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf'] },
  { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'] },
  { family: 'Arial', files: ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'] },
  { family: 'Arial', files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'] },
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'] },
];

let fontOptions: ResvgRenderOptions['font'] | undefined;

function fonts(): ResvgRenderOptions['font'] {
  if (fontOptions) return fontOptions;
  const found = candidateFonts.find((c) => c.files.every((f) => fs.existsSync(f)));
  fontOptions = found
    ? { loadSystemFonts: false, fontFiles: [...found.files], defaultFontFamily: found.family, sansSerifFamily: found.family }
    : { loadSystemFonts: true, defaultFontFamily: 'Arial', sansSerifFamily: 'Arial' };
  return fontOptions;
}

export function rasteriseFigure(block: Extract<Block, { kind: 'figure' }>): RenderedFigure {
  const width = Math.min(TEXT_WIDTH_PX, Math.round(block.width));
  const height = Math.round((block.height / block.width) * width);
  // Page pixels are 96 per inch; the PNG gets FIGURE_DPI per inch.
  const zoom = (width / block.width) * (FIGURE_DPI / 96);
  const resvg = new Resvg(block.svg, { fitTo: { mode: 'zoom', value: zoom }, font: fonts(), background: 'white' });
  return { png: resvg.render().asPng(), width, height };
}
