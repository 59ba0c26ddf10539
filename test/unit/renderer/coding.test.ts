// Rules behind coding in the UI: how a text is cut into highlighted pieces, how a selection is trimmed, and the
// codebook tree (order, and which codes a code may not be nested under).
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/contract/fieldwork';
import { codeTree, descendantsOf } from '../../../renderer/src/features/coding/code-tree';
import { pieces } from '../../../renderer/src/features/coding/segment-pieces';
import { trimRange } from '../../../renderer/src/features/coding/selection';

const segment = (id: string, start: number, end: number, codeId: string, textRemoved = false) => ({ id, start, end, codeId, codedText: '', textRemoved });
const code = (id: string, parentId: string | null = null) => ({ id, code: id.toUpperCase(), parentId }) as Code;

describe('highlight pieces', () => {
  const text = 'Het budget ontbreekt bij de afdelingen.';

  it('cuts the text at segment boundaries and keeps every character once', () => {
    const parts = pieces(text, [segment('s1', 4, 10, 'KOSTEN')]);
    expect(parts).toEqual([
      { text: 'Het ', codes: [] },
      { text: 'budget', codes: ['KOSTEN'] },
      { text: ' ontbreekt bij de afdelingen.', codes: [] },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('gives overlapping segments both codes on their shared piece', () => {
    const parts = pieces(text, [segment('s1', 4, 20, 'KOSTEN'), segment('s2', 11, 39, 'EIGEN')]);
    expect(parts.map((p) => [p.text, p.codes])).toEqual([
      ['Het ', []],
      ['budget ', ['KOSTEN']],
      ['ontbreekt', ['KOSTEN', 'EIGEN']],
      [' bij de afdelingen.', ['EIGEN']],
    ]);
  });

  it('leaves out segments whose text was removed or whose range no longer fits the text', () => {
    const parts = pieces(text, [segment('s1', 4, 10, 'KOSTEN', true), segment('s2', 30, 80, 'CAP'), segment('s3', 5, 5, 'X')]);
    expect(parts).toEqual([{ text, codes: [] }]);
  });

  it('handles an empty text', () => {
    expect(pieces('', [])).toEqual([]);
  });
});

describe('trimming a selection', () => {
  it('drops spaces and line breaks at both ends', () => {
    expect(trimRange('Het  budget \n ontbreekt', 3, 13)).toEqual({ start: 5, end: 11 });
  });

  it('collapses a selection of only white space', () => {
    const { start, end } = trimRange('a   b', 1, 4);
    expect(end - start).toBe(0);
  });
});

describe('the codebook tree', () => {
  const codes = [code('b', 'a'), code('a'), code('c', 'b'), code('d')];

  it('lists parents before their children, with their depth', () => {
    expect(codeTree(codes).map(({ code: c, depth }) => `${c.id}${depth}`)).toEqual(['a0', 'b1', 'c2', 'd0']);
  });

  it('treats a code whose parent is not listed as top-level', () => {
    expect(codeTree([code('b', 'gone')]).map((e) => e.depth)).toEqual([0]);
  });

  it('forbids nesting a code under itself or anything below it', () => {
    expect([...descendantsOf(codes, 'a')].sort()).toEqual(['a', 'b', 'c']);
    expect([...descendantsOf(codes, 'd')]).toEqual(['d']);
  });
});
