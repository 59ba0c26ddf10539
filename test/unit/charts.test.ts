// The shared SVG chart builders: structure and accessible names, the colour scales, escaping of user text, empty data,
// and that resvg (which the Word report uses) parses and rasterises what they build.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  buildBars,
  buildHeatmap,
  buildStackedBars,
  contrastRatio,
  gapColours,
  gapStep,
  heatmapFill,
  maturityColours,
  maturityStep,
  niceTicks,
  noDataColour,
  textColourOn,
  type HeatmapInput,
} from '../../shared/charts';
import { luminance } from '../../shared/charts/scales';
import { textWidth, wrapText } from '../../shared/charts/svg';

const legend = { title: 'Niveau', steps: ['1 Startend', '2 Verkennend', '3 Toepassend', '4 Geborgd', '5 Koploper'], noData: 'Geen gegevens', overridden: 'Aangepast' };

function heatmapInput(overrides: Partial<HeatmapInput> = {}): HeatmapInput {
  return {
    title: 'Volwassenheid per gemeente',
    description: 'Score per organisatie en dimensie.',
    columns: [
      { id: 'd1', label: 'D1', name: 'Ambitie & doelen' },
      { id: 'd2', label: 'D2', name: 'Inbedding' },
      { id: 'd3', label: 'D3' },
    ],
    rows: [
      { id: 'a', label: 'Gemeente Ede', cells: [{ value: 1 }, { value: 5, overridden: true }, { value: null }] },
      { id: 'b', label: 'Gemeente Rhenen', cells: [{ value: 3 }, { value: 2 }, { value: 4 }] },
    ],
    median: { label: 'Regionale mediaan', values: [2, 3.5, null] },
    legend,
    rowHeader: 'Organisatie',
    ...overrides,
  };
}

/** The fills of the heat map's cell rectangles (rx="3"), in drawing order. */
function cellFills(svg: string): string[] {
  return [...svg.matchAll(/<rect [^>]*rx="3" fill="([^"]+)"/g)].map((m) => m[1]!);
}

function rasterise(svg: string, zoom = 1) {
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: zoom }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render();
}

describe('colour scales', () => {
  it('maps whole levels 1..5 to the five steps and a fractional median to its whole level', () => {
    expect([1, 2, 3, 4, 5].map(maturityStep)).toEqual([0, 1, 2, 3, 4]);
    expect(maturityStep(2.5)).toBe(1);
    expect(maturityStep(0)).toBe(0);
    expect(maturityStep(9)).toBe(4);
    expect(heatmapFill(4, 'level')).toBe(maturityColours[3]);
  });

  it('maps gaps to five bands centred on zero', () => {
    expect([-4, -2, -1, 0, 1, 2, 4].map(gapStep)).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(heatmapFill(0, 'gap')).toBe(gapColours[2]);
  });

  it('gives no data its own grey, on both scales', () => {
    expect(heatmapFill(null, 'level')).toBe(noDataColour);
    expect(heatmapFill(Number.NaN, 'gap')).toBe(noDataColour);
    expect(maturityColours).not.toContain(noDataColour);
  });

  it('reads in greyscale: each maturity step is darker than the one before', () => {
    const l = maturityColours.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i]!).toBeLessThan(l[i - 1]! - 0.05);
  });

  it('puts text on every step with at least AA contrast', () => {
    for (const colour of [...maturityColours, ...gapColours]) expect(contrastRatio(colour, textColourOn(colour))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('text layout', () => {
  it('wraps words into at most the allowed lines and cuts the rest with an ellipsis', () => {
    const lines = wrapText('Eisen materialen, hergebruik en CO2 in alle aanbestedingen', 90, 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(90);
    expect(wrapText('Kort', 90, 11, 2)).toEqual(['Kort']);
    expect(wrapText('   ', 90, 11, 2)).toEqual([]);
  });

  it('finds round ticks that cover the maximum', () => {
    expect(niceTicks(14)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(1.6, 4, false).at(-1)).toBeGreaterThanOrEqual(1.6);
  });
});

describe('heat map', () => {
  it('is an accessible image with a title, a description and a viewBox equal to its size', () => {
    const chart = buildHeatmap(heatmapInput());
    const open = chart.svg.match(/^<svg [^>]*>/)![0];
    expect(open).toContain('role="img"');
    const labelledBy = open.match(/aria-labelledby="([^"]+)"/)![1]!.split(' ');
    expect(chart.svg).toContain(`<title id="${labelledBy[0]}">Volwassenheid per gemeente</title>`);
    expect(chart.svg).toContain(`<desc id="${labelledBy[1]}">Score per organisatie en dimensie.</desc>`);
    expect(open).toContain(`viewBox="0 0 ${chart.width} ${chart.height}"`);
    expect(open).toContain(`width="${chart.width}" height="${chart.height}"`);
    expect(open).toMatch(/font-family="[^"]*DejaVu Sans[^"]*"/);
  });

  it('colours each cell by its level, hatches missing data and marks overrides', () => {
    const chart = buildHeatmap(heatmapInput());
    const hatch = chart.svg.match(/<pattern id="([^"]+)"/)![1]!;
    expect(cellFills(chart.svg)).toEqual([
      maturityColours[0],
      maturityColours[4],
      `url(#${hatch})`,
      maturityColours[2],
      maturityColours[1],
      maturityColours[3],
      // median row: 2, 3.5 → step of 3, no data
      maturityColours[1],
      maturityColours[2],
      `url(#${hatch})`,
    ]);
    // One override marker in the grid plus the legend's explanation of it.
    expect(chart.svg.match(/<path d="M[^"]+Z"/g)).toHaveLength(2);
    expect(chart.svg).toContain('>Aangepast<');
  });

  it('leaves the override legend out when nothing is overridden', () => {
    const chart = buildHeatmap(heatmapInput({ rows: [{ id: 'a', label: 'Gemeente Ede', cells: [{ value: 1 }, { value: 2 }, { value: 3 }] }] }));
    expect(chart.svg).not.toContain('Aangepast');
    expect(chart.svg.match(/<path d="M[^"]+Z"/g)).toBeNull();
  });

  it('offers the same data as a text table, with Dutch decimals and the override spelled out', () => {
    const { table } = buildHeatmap(heatmapInput());
    expect(table.columns).toEqual(['Organisatie', 'D1 Ambitie & doelen', 'D2 Inbedding', 'D3']);
    expect(table.rows).toEqual([
      ['Gemeente Ede', '1', '5 (Aangepast)', 'Geen gegevens'],
      ['Gemeente Rhenen', '3', '2', '4'],
      ['Regionale mediaan', '2', '3,5', 'Geen gegevens'],
    ]);
    expect(buildHeatmap(heatmapInput({ locale: 'en-GB' })).table.rows[2]![2]).toBe('3.5');
  });

  it('shows gaps signed on the diverging scale', () => {
    const chart = buildHeatmap(
      heatmapInput({ scale: 'gap', median: undefined, rows: [{ id: 'a', label: 'Ede', cells: [{ value: -2 }, { value: 0 }, { value: 3 }] }], legend: { ...legend, steps: ['≤ −2', '−1', '0', '+1', '≥ +2'] } }),
    );
    expect(cellFills(chart.svg).slice(0, 3)).toEqual([gapColours[0], gapColours[2], gapColours[4]]);
    expect(chart.table.rows[0]!.slice(1)).toEqual(['-2', '0', '+3']);
  });

  it('escapes names with &, <, " and keeps emoji', () => {
    const name = 'Gemeente "Ede" & <Rhenen> 🌱';
    const chart = buildHeatmap(heatmapInput({ title: name, rows: [{ id: 'a', label: name, cells: [{ value: 2 }] }] }));
    expect(chart.svg).not.toContain('<Rhenen>');
    expect(chart.svg).toContain('Gemeente &quot;Ede&quot; &amp; &lt;Rhenen&gt; 🌱');
    expect(chart.table.rows[0]![0]).toBe(name);
    expect(() => rasterise(chart.svg)).not.toThrow();
  });

  it('draws an empty grid with its legend when there are no organisations', () => {
    const chart = buildHeatmap(heatmapInput({ rows: [], median: undefined }));
    expect(chart.table.rows).toEqual([]);
    expect(chart.svg).toContain('Geen gegevens');
    expect(rasterise(chart.svg).width).toBe(chart.width);
  });

  it('gives different charts different ids and the same chart the same ids', () => {
    const a = buildHeatmap(heatmapInput());
    const b = buildHeatmap(heatmapInput({ title: 'Andere titel' }));
    const id = (svg: string) => svg.match(/<title id="([^"]+)"/)![1];
    expect(id(a.svg)).not.toBe(id(b.svg));
    expect(buildHeatmap(heatmapInput()).svg).toBe(a.svg);
    expect(id(buildHeatmap(heatmapInput({ id: 'fig1' })).svg)).toBe('fig1-title');
  });

  it('rasterises at twice its size for print', () => {
    const chart = buildHeatmap(heatmapInput({ showColumnNames: true, showTitle: true }));
    const image = rasterise(chart.svg, 2);
    expect(image.width).toBe(chart.width * 2);
    expect(image.height).toBe(chart.height * 2);
    expect(Number.isInteger(chart.width) && Number.isInteger(chart.height)).toBe(true);
    expect(image.asPng().subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('bars', () => {
  const input = {
    title: 'Knelpunten',
    description: 'Segmenten per code.',
    tableColumns: ['Code', 'Segmenten'] as const,
    emptyText: 'Nog geen gecodeerde segmenten',
    bars: [
      { label: 'Budget & meerkosten', value: 10, colour: '#d55e00' },
      { label: 'Capaciteit', value: 5 },
      { label: 'Licht', value: 2, colour: '#ffffcc' },
    ],
  };

  it('draws bars in proportion to their values, each with its value', () => {
    const chart = buildBars(input);
    const widths = [...chart.svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="([^"]+)" height="18"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 2);
    expect(widths[0]! / widths[2]!).toBeCloseTo(5, 2);
    expect(chart.svg).toContain('Budget &amp; meerkosten');
    expect(chart.table).toEqual({ caption: 'Knelpunten', columns: ['Code', 'Segmenten'], rows: [['Budget & meerkosten', '10'], ['Capaciteit', '5'], ['Licht', '2']] });
  });

  it('outlines a bar whose colour is too light to see on white and ignores a colour that is not hex', () => {
    const chart = buildBars({ ...input, bars: [{ label: 'Licht', value: 2, colour: '#ffffcc' }, { label: 'Raar', value: 1, colour: 'red;x' }] });
    expect(chart.svg).toMatch(/fill="#ffffcc" stroke="#5c5c56"/);
    expect(chart.svg).not.toContain('red;x');
  });

  it('says so when there is nothing to show', () => {
    const chart = buildBars({ ...input, bars: [] });
    expect(chart.svg).toContain('Nog geen gecodeerde segmenten');
    expect(chart.table.rows).toEqual([]);
    expect(() => rasterise(chart.svg)).not.toThrow();
  });
});

describe('stacked bars', () => {
  const input = {
    title: 'Knelpunten per rol',
    description: 'Segmenten per code en rol.',
    tableColumns: ['Code', 'Totaal'] as const,
    emptyText: 'Geen gegevens',
    series: [
      { id: 'procurement', label: 'Inkoop' },
      { id: 'policy', label: 'Beleid' },
    ],
    bars: [
      { label: 'Budget', values: [6, 2] },
      { label: 'Capaciteit', values: [0, 4] },
    ],
  };

  it('stacks segments in series order and skips zeros', () => {
    const chart = buildStackedBars(input);
    const segments = [...chart.svg.matchAll(/<rect x="([^"]+)" y="[^"]+" width="([^"]+)" height="20"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(segments).toHaveLength(3);
    const [first, second, third] = segments as [readonly [number, number], readonly [number, number], readonly [number, number]];
    expect(second[0]).toBeCloseTo(first[0] + first[1], 1);
    expect(first[1] / second[1]).toBeCloseTo(3, 2);
    expect(third[1] / second[1]).toBeCloseTo(2, 2);
    expect(chart.table.columns).toEqual(['Code', 'Inkoop', 'Beleid', 'Totaal']);
    expect(chart.table.rows).toEqual([['Budget', '6', '2', '8'], ['Capaciteit', '0', '4', '4']]);
  });

  it('normalises to shares when asked, and says the shares in the table', () => {
    const chart = buildStackedBars({ ...input, normalise: true });
    const widths = [...chart.svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="([^"]+)" height="20"/g)].map((m) => Number(m[1]));
    expect(widths[0]! + widths[1]!).toBeCloseTo(widths[2]!, 1);
    expect(chart.table.rows[0]).toEqual(['Budget', '6 (75%)', '2 (25%)', '8']);
  });

  it('handles no bars and no series', () => {
    expect(buildStackedBars({ ...input, bars: [] }).svg).toContain('Geen gegevens');
    expect(buildStackedBars({ ...input, series: [] }).svg).toContain('Geen gegevens');
  });
});
