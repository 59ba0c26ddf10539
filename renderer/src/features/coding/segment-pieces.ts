// Cuts a text at its segments' boundaries so each piece can be highlighted with the codes that cover it.
import type { SegmentLike } from './CodedText';

export interface Piece {
  readonly text: string;
  readonly codes: readonly string[];
}

/** Cuts `text` at every segment boundary; each piece knows the codes that cover it. */
export function pieces(text: string, segments: readonly SegmentLike[]): Piece[] {
  const live = segments.filter((s) => !s.textRemoved && s.start < s.end && s.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of live) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const codes = [...new Set(live.filter((s) => s.start <= from && s.end >= to).map((s) => s.codeId))];
    out.push({ text: text.slice(from, to), codes });
  }
  return out;
}
