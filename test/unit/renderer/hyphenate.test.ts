// Long words of narrow labels get soft hyphens by their language's rules; short ones and the text itself stay as they are.
import { describe, expect, it } from 'vitest';
import { hyphenate } from '../../../renderer/src/app/hyphenate';

const soft = '\u00ad';

describe('hyphenation of narrow labels', () => {
  it('breaks long Dutch words at their syllables, not mid-syllable', () => {
    const text = hyphenate('Benoemde verantwoordelijkheden bij de afdelingen', 'nl');
    expect(text.replaceAll(soft, '')).toBe('Benoemde verantwoordelijkheden bij de afdelingen');
    const parts = text.split(' ')[1]!.split(soft);
    expect(parts.length).toBeGreaterThan(3);
    // "verantwoordelijkhe|den" is the break the browser made without a dictionary; never ours.
    expect(parts).toContain('den');
    expect(parts.at(-2)).toBe('he');
    expect(text.split(' ')[0]).toBe('Benoemde');
  });

  it('uses British English rules for English text', () => {
    const text = hyphenate('Responsibilities are documented', 'en');
    expect(text.replaceAll(soft, '')).toBe('Responsibilities are documented');
    expect(text).toContain(soft);
    expect(text).not.toBe(hyphenate('Responsibilities are documented', 'nl'));
  });

  it('leaves short words and already short labels alone', () => {
    expect(hyphenate('alleen bij inkoop', 'nl')).toBe('alleen bij inkoop');
    expect(hyphenate('', 'en')).toBe('');
  });
});
