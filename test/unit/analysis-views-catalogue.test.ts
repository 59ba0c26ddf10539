// The analysis views' catalogue: English has exactly the Dutch keys, no string is empty, placeholders match, and
// every plural has both its _one and _other form.
import { describe, expect, it } from 'vitest';
import { analysisViewsEn, analysisViewsNl } from '../../shared/i18n/features/analysis-views';

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

describe('the analysis views catalogue', () => {
  const nl = flatten(analysisViewsNl);
  const en = flatten(analysisViewsEn);

  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('has no empty strings and the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(nl)) {
      expect(text.trim(), key).not.toBe('');
      expect(en[key]!.trim(), key).not.toBe('');
      expect(placeholders(en[key]!), key).toEqual(placeholders(text));
    }
  });

  it('gives every plural both forms', () => {
    for (const key of Object.keys(nl)) {
      if (key.endsWith('_one')) expect(nl[key.replace(/_one$/, '_other')], key).toBeDefined();
      if (key.endsWith('_other')) expect(nl[key.replace(/_other$/, '_one')], key).toBeDefined();
    }
  });
});
