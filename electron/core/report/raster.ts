// Charts to PNG for Word: the shared SVG builders' drawings rasterised with resvg at print resolution (≥ 150 dpi at
// the size they have on the page), with the system's fonts (DejaVu / Liberation / Carlito where installed).
import { Resvg } from '@resvg/resvg-js';
import type { Block } from '../../../shared/contract/report';
import { TEXT_WIDTH_PX, type RenderedFigure } from './docx-blocks';

/** Dots per inch of the PNGs relative to the size on the page. */
export const FIGURE_DPI = 200;

export function rasteriseFigure(block: Extract<Block, { kind: 'figure' }>): RenderedFigure {
  const width = Math.min(TEXT_WIDTH_PX, Math.round(block.width));
  const height = Math.round((block.height / block.width) * width);
  // Page pixels are 96 per inch; the PNG gets FIGURE_DPI per inch.
  const zoom = (width / block.width) * (FIGURE_DPI / 96);
  const resvg = new Resvg(block.svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    background: 'white',
  });
  return { png: resvg.render().asPng(), width, height };
}
