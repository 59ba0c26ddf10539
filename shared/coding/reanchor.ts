// Re-anchoring coded segments: where a character range of an old text lies in the new one, from a word-then-character
// diff. Used by the core on every save of a codable text and by the editors to show highlights following the text
// while it is typed, so both agree. Pure: no Node, no DOM.
import { diffChars, diffWordsWithSpace } from 'diff';

/** Where a range of the old text lies in the new one, or null when none of its characters survived. */
export interface Anchor {
  readonly start: number;
  readonly end: number;
}

/** Runs of fewer common characters than this inside a changed stretch are coincidence, not surviving text. */
const MIN_COMMON_RUN = 3;
/** Beyond this a diff of a long, wholly rewritten text is given up, and segments are found by their text instead. */
const DIFF_TIMEOUT_MS = 250;

/**
 * Which position in `after` each character of `before` moved to (-1: removed). The diff runs word by word first, so
 * an insertion lands between words instead of being aligned on a stray matching letter, then character by character
 * inside each changed stretch, keeping only common runs of MIN_COMMON_RUN characters or more.
 */
function characterMap(before: string, after: string): Int32Array | null {
  const newIndex = new Int32Array(before.length).fill(-1);
  const words = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!words) return null;
  let oldPos = 0;
  let newPos = 0;
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed && added) {
      let o = oldPos - removed.length;
      let n = newPos - added.length;
      for (const part of diffChars(removed, added)) {
        const length = part.value.length;
        if (part.added) n += length;
        else if (part.removed) o += length;
        else {
          if (length >= MIN_COMMON_RUN) for (let k = 0; k < length; k++) newIndex[o + k] = n + k;
          o += length;
          n += length;
        }
      }
    }
    removed = '';
    added = '';
  };
  for (const part of words) {
    const length = part.value.length;
    if (part.added) {
      added += part.value;
      newPos += length;
    } else if (part.removed) {
      removed += part.value;
      oldPos += length;
    } else {
      flush();
      for (let k = 0; k < length; k++) newIndex[oldPos + k] = newPos + k;
      oldPos += length;
      newPos += length;
    }
  }
  flush();
  return newIndex;
}

/**
 * Maps each old range through the diff: the range spans from its first to its last surviving character, so text
 * typed inside it joins it and text typed at its edges does not; null when none of its text survived.
 * Example: reanchorRanges('ab KOSTEN cd', 'ab hoge KOSTEN cd', [{start: 3, end: 9}]) → [{start: 8, end: 14}]
 */
export function reanchorRanges(before: string, after: string, ranges: readonly Anchor[]): (Anchor | null)[] {
  const newIndex = characterMap(before, after);
  if (!newIndex) {
    // The diff gave up: keep a segment whose exact text is still there, the occurrence nearest its old place.
    return ranges.map(({ start, end }) => {
      const coded = before.slice(start, end);
      let best = -1;
      for (let at = after.indexOf(coded); at >= 0 && coded; at = after.indexOf(coded, at + 1)) {
        if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
      }
      return best < 0 ? null : { start: best, end: best + coded.length };
    });
  }
  return ranges.map(({ start, end }) => {
    let first = -1;
    let last = -1;
    for (let i = Math.max(0, start); i < Math.min(end, before.length); i++) {
      if (newIndex[i]! < 0) continue;
      if (first < 0) first = newIndex[i]!;
      last = newIndex[i]!;
    }
    return first < 0 ? findMovedText(before, after, newIndex, start, end) : { start: first, end: last + 1 };
  });
}

/**
 * A word diff can pair the spaces around a word and report the word itself as removed and typed again further on.
 * When none of a segment's characters survived the diff but its exact text is still there at least as often as
 * before (so no occurrence was deleted), the segment takes the occurrence nearest to where its neighbours went.
 */
function findMovedText(before: string, after: string, newIndex: Int32Array, start: number, end: number): Anchor | null {
  const coded = before.slice(start, end);
  if (!coded.trim()) return null;
  const occurrences = (text: string) => {
    const found: number[] = [];
    for (let at = text.indexOf(coded); at >= 0; at = text.indexOf(coded, at + 1)) found.push(at);
    return found;
  };
  const now = occurrences(after);
  if (now.length === 0 || now.length < occurrences(before).length) return null;
  let guess = start;
  for (let i = start - 1; i >= 0; i--) {
    if (newIndex[i]! >= 0) {
      guess = newIndex[i]! + (start - i);
      break;
    }
  }
  const best = now.reduce((a, b) => (Math.abs(b - guess) < Math.abs(a - guess) ? b : a));
  return { start: best, end: best + coded.length };
}

