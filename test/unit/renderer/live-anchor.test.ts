// The highlight of a text being typed: segments loaded from the file are anchored to the text as last saved, which
// may be older than what the field holds; they must land where the core's next save will put them.
import { describe, expect, it } from 'vitest';
import { LiveAnchor, anchoredIn } from '../../../renderer/src/features/coding/live-anchor';
import { reanchorRanges } from '../../../shared/coding/reanchor';

const saved = 'Het budget ontbreekt bij de afdelingen.';
const budget = { id: 's1', start: 4, end: 10, codeId: 'KOSTEN', codedText: 'budget', textRemoved: false };
const shown = (segments: readonly { start: number; end: number; codedText: string }[]) => segments.map(({ start, end, codedText }) => ({ start, end, codedText }));

describe('live anchoring of highlights', () => {
  it('moves a segment with text typed before it, before any save', () => {
    const anchor = new LiveAnchor();
    const loaded = [budget];
    anchor.follow(saved, loaded);
    expect(shown(anchor.follow(`Kortom: ${saved}`, loaded))).toEqual([{ start: 12, end: 18, codedText: 'budget' }]);
  });

  it('places segments saved for an earlier value on the newer value the field holds now', () => {
    const anchor = new LiveAnchor();
    anchor.follow('Het budget', []);
    anchor.follow('Het budget ontbreekt', []);
    // The file saved "Het budget" and the user coded it; the answer arrives while "ontbreekt bij" has been typed.
    const loaded = [{ ...budget, start: 4, end: 10 }];
    anchor.follow('Het budget ontbreekt bij', loaded);
    expect(shown(anchor.follow('Nu: Het budget ontbreekt bij', loaded))).toEqual([{ start: 8, end: 14, codedText: 'budget' }]);
  });

  it('agrees with the core on where a segment goes', () => {
    const anchor = new LiveAnchor();
    const loaded = [{ ...budget, start: 4, end: 20, codedText: 'budget ontbreekt' }];
    anchor.follow(saved, loaded);
    const next = 'Het hele budget ontbreekt nog bij de afdelingen.';
    const core = reanchorRanges(saved, next, loaded)[0]!;
    expect(shown(anchor.follow(next, loaded))).toEqual([{ start: core.start, end: core.end, codedText: next.slice(core.start, core.end) }]);
  });

  it('drops the highlight of a segment whose text is deleted, and shows none for a segment flagged removed', () => {
    const anchor = new LiveAnchor();
    const loaded = [budget, { ...budget, id: 's2', start: 0, end: 3, codedText: 'Het', textRemoved: true }];
    anchor.follow(saved, loaded);
    expect(anchor.follow(saved, loaded).map((s) => s.id)).toEqual(['s1']);
    expect(anchor.follow('Het ontbreekt bij de afdelingen.', loaded)).toEqual([]);
  });

  it('finds segments changed elsewhere (no value of this field matches) by their text', () => {
    const anchor = new LiveAnchor();
    anchor.follow('Iets heel anders', []);
    const loaded = [{ ...budget, start: 40, end: 46 }];
    expect(shown(anchor.follow(saved, loaded))).toEqual([{ start: 4, end: 10, codedText: 'budget' }]);
  });

  it('tells whether segments read their coded text in a text', () => {
    expect(anchoredIn(saved, [budget])).toBe(true);
    expect(anchoredIn(`x${saved}`, [budget])).toBe(false);
    expect(anchoredIn('', [{ ...budget, textRemoved: true }])).toBe(true);
  });
});
