// Three-way merge of free text with node-diff3 at word granularity (words and the whitespace between them are the
// tokens), so edits to different parts of a long answer combine and only edits to the same words collide.
import { diff3Merge } from 'node-diff3';

export interface TextMerge {
  readonly text: string;
  /** Some edits overlapped; `text` then holds the later side's words where they did. */
  readonly conflict: boolean;
}

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/**
 * Combines `older` and `newer`, both edited from `base`. Where both changed the same words, the newer side's
 * words are shown and `conflict` is set; the caller keeps both full versions.
 * @example mergeText('a b c', 'A b c', 'a b C') // { text: 'A b C', conflict: false }
 */
export function mergeText(base: string, older: string, newer: string): TextMerge {
  if (older === newer) return { text: newer, conflict: false };
  if (older === base) return { text: newer, conflict: false };
  if (newer === base) return { text: older, conflict: false };
  const regions = diff3Merge(tokens(older), tokens(base), tokens(newer), { excludeFalseConflicts: true });
  let conflict = false;
  const out: string[] = [];
  for (const region of regions) {
    if (region.ok) out.push(...region.ok);
    else if (region.conflict) {
      conflict = true;
      out.push(...region.conflict.b);
    }
  }
  return { text: out.join(''), conflict };
}
