// The UI catalogues: English has exactly the Dutch keys, no string is empty, and placeholders match.
import { describe, expect, it } from 'vitest';
import { uiEn } from '../../../shared/i18n/ui.en';
import { uiNl } from '../../../shared/i18n/ui.nl';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out[name] = child;
    else Object.assign(out, flatten(child, name));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the UI catalogues', () => {
  const nl = flatten(uiNl);
  const en = flatten(uiEn);

  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty strings and the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(nl)) {
      expect(text.trim(), key).not.toBe('');
      expect(en[key]!.trim(), key).not.toBe('');
      expect(placeholders(en[key]!), key).toEqual(placeholders(text));
    }
  });
});
