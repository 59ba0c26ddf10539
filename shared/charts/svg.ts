// Small helpers the chart builders share: XML escaping, the font stack, a text-width estimate and word wrapping.
// Charts are built without a DOM (they also run in the main process for the Word report), so text is measured by an
// estimate that errs on the wide side for DejaVu Sans, the font resvg falls back to on Linux.

/** Font stack for every chart: the app's UI font first, ending in fonts that resvg finds on Linux. */
export const chartFontFamily = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Text colour used for labels, axes and legends (the app's --text and --text-muted tokens). */
export const inkColour = '#1d1d1b';
export const mutedInkColour = '#5c5c56';
export const gridColour = '#e2e2dc';

/** Escapes text for use in SVG element content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A number rounded to at most two decimals, for coordinates, so the SVG stays short and deterministic. */
export function px(n: number): string {
  return String(Math.round(n * 100) / 100);
}

const narrow = new Set([...' .,:;\'|!()[]ijlItfr-']);
const wide = new Set([...'mwMW@%']);

/** Estimated width in px of `text` at `fontSize` px; deliberately a little wide so labels never collide. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of Array.from(text)) {
    if (narrow.has(ch)) em += 0.34;
    else if (wide.has(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.7;
    else if (/[0-9]/.test(ch)) em += 0.64;
    else if (ch.codePointAt(0)! > 0x2e7f) em += 1.0; // CJK, emoji and other wide glyphs
    else em += 0.62;
  }
  return em * fontSize;
}

/** Cuts `text` to fit `maxWidth`, ending in an ellipsis when it had to cut. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && textWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}

/**
 * Greedy word wrap into at most `maxLines` lines of at most `maxWidth` px; the last line ends in an ellipsis when the
 * text does not fit. A word longer than a line is cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const candidate = current ? `${current} ${words[i]}` : words[i]!;
    if (!current || textWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last allowed line takes the rest and is cut with an ellipsis.
      lines.push([current, ...words.slice(i)].join(' '));
      current = '';
      break;
    }
    lines.push(current);
    current = words[i]!;
  }
  if (current) lines.push(current);
  return lines.map((line) => truncate(line, maxWidth, fontSize));
}

/** A short, stable id prefix derived from the chart's content, so two charts on one page never share ids. */
export function contentId(prefix: string, content: string): string {
  let hash = 2166136261;
  for (let i = 0; i < content.length; i++) {
    hash ^= content.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return `${prefix}-${(hash >>> 0).toString(36)}`;
}

/** A `<text>` element with one `<tspan>` per line; `y` is the baseline of the first line. */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  options: { fontSize: number; lineHeight?: number; anchor?: 'start' | 'middle' | 'end'; weight?: number; fill?: string },
): string {
  const lineHeight = options.lineHeight ?? Math.round(options.fontSize * 1.25);
  const attributes = [
    `x="${px(x)}"`,
    `y="${px(y)}"`,
    `font-size="${options.fontSize}"`,
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.weight ? `font-weight="${options.weight}"` : '',
    `fill="${options.fill ?? inkColour}"`,
  ].filter(Boolean);
  const spans = lines.map((line, i) => `<tspan x="${px(x)}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join('');
  return `<text ${attributes.join(' ')}>${spans}</text>`;
}

/** The opening tag every chart uses: fixed px size, a viewBox of the same size (so rasterising at any zoom is exact),
 * `role="img"` and an accessible name and description from `<title>` and `<desc>`. */
export function svgOpen(id: string, width: number, height: number, title: string, description: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}"` +
    ` role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${escapeXml(chartFontFamily)}">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`
  );
}
