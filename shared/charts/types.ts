// What every chart builder returns: the SVG, its size, its accessible name and a text-table alternative.

/** The chart's data as a plain table, for screen readers, a "show as table" toggle and the report's appendix. */
export interface ChartTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface Chart {
  /**
   * A standalone SVG document (`xmlns` set, no external references). `width`/`height` attributes are in px and the
   * `viewBox` is `0 0 width height`, so rasterising at any zoom (resvg `fitTo: {mode: 'zoom', value: 2}`) keeps the
   * layout exact. The root has `role="img"` and `aria-labelledby` pointing at its `<title>` and `<desc>`.
   */
  readonly svg: string;
  /** Size in px (CSS pixels at 100 %). */
  readonly width: number;
  readonly height: number;
  /** The accessible name (the SVG's `<title>`). */
  readonly title: string;
  /** The accessible description (the SVG's `<desc>`). */
  readonly description: string;
  readonly table: ChartTable;
}

/** Options every builder accepts. */
export interface ChartBase {
  /** The accessible name; shown as a visible heading only when `showTitle` is set. */
  readonly title: string;
  /** One or two sentences saying what the chart shows (its `<desc>`). */
  readonly description: string;
  /** BCP 47 locale for numbers ('nl-NL', 'en-GB'); defaults to 'nl-NL'. */
  readonly locale?: string;
  /** Draw the title inside the image (for a PNG used on its own). Default false: the page or caption names it. */
  readonly showTitle?: boolean;
  /** Prefix for ids inside the SVG; defaults to one derived from the content, so charts on one page never clash. */
  readonly id?: string;
}
