// Keeps the coded segments of a text being typed in step with what is on screen. The segments come from the file,
// anchored to the text as last saved; the field may already hold newer typing. The text they were anchored to is
// found among the recent values of the field (the saved one was on screen once), and the segments are carried from
// it to the current value with the core's own re-anchoring, so the highlight sits where the next save puts it.
import { reanchorRanges } from '../../../../shared/coding/reanchor';
import type { SegmentLike } from './CodedText';

/** How many recent values of a field are remembered to find the one the loaded segments belong to. */
const HISTORY = 100;

/** Whether every segment whose text is still there reads exactly its coded text in `text`. */
export function anchoredIn(text: string, segments: readonly SegmentLike[]): boolean {
  return segments.every((s) => s.textRemoved || (s.end <= text.length && text.slice(s.start, s.end) === s.codedText));
}

/** The segments placed on `text` by their coded text alone (nearest occurrence to where they were); the rest dropped. */
function byCodedText(text: string, segments: readonly SegmentLike[]): SegmentLike[] {
  const out: SegmentLike[] = [];
  for (const segment of segments) {
    if (segment.textRemoved || !segment.codedText) continue;
    let best = -1;
    for (let at = text.indexOf(segment.codedText); at >= 0; at = text.indexOf(segment.codedText, at + 1)) {
      if (best < 0 || Math.abs(at - segment.start) < Math.abs(best - segment.start)) best = at;
    }
    if (best >= 0) out.push({ ...segment, start: best, end: best + segment.codedText.length });
  }
  return out;
}

export class LiveAnchor {
  private readonly history: string[] = [];
  private loaded: readonly SegmentLike[] | null = null;
  private base: { text: string; segments: readonly SegmentLike[] } = { text: '', segments: [] };
  private last: { value: string; segments: readonly SegmentLike[] } | null = null;

  /** The segments to highlight on `value`, given the segments as loaded from the file (the same array until reloaded). */
  follow(value: string, loaded: readonly SegmentLike[]): readonly SegmentLike[] {
    if (this.history[this.history.length - 1] !== value) {
      this.history.push(value);
      if (this.history.length > HISTORY) this.history.shift();
    }
    if (loaded !== this.loaded) {
      this.loaded = loaded;
      this.last = null;
      const live = loaded.filter((s) => !s.textRemoved);
      let text: string | undefined;
      for (let i = this.history.length - 1; i >= 0 && text === undefined; i--) if (anchoredIn(this.history[i]!, live)) text = this.history[i];
      // Not typed here (changed in another window, or merged): place them by their text.
      this.base = text === undefined ? { text: value, segments: byCodedText(value, live) } : { text, segments: live };
    }
    if (this.last?.value === value) return this.last.segments;
    let segments: readonly SegmentLike[];
    if (value === this.base.text) segments = this.base.segments;
    else {
      const anchors = reanchorRanges(this.base.text, value, this.base.segments);
      const moved: SegmentLike[] = [];
      this.base.segments.forEach((segment, i) => {
        const anchor = anchors[i];
        if (anchor) moved.push({ ...segment, start: anchor.start, end: anchor.end, codedText: value.slice(anchor.start, anchor.end) });
      });
      segments = moved;
    }
    this.last = { value, segments };
    return segments;
  }
}
