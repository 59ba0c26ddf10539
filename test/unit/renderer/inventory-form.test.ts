// The inventory form's rules: which typed values may be saved and which message a problem gets.
import { describe, expect, it } from 'vitest';
import { draftFrom, validationMessage } from '../../../renderer/src/features/overview/inventory-form';

const valid = { title: 'Circulair inkopen', client: 'Gemeente Ede', region: 'Foodvalley', periodStart: '2026-01-12', periodEnd: '2026-06-30', description: '', language: 'nl' };

describe('the inventory form', () => {
  it('saves a trimmed title, as the file stores it', () => {
    expect(draftFrom({ ...valid, title: '  Circulair inkopen  ' }).valid.title).toBe('Circulair inkopen');
  });

  it('holds back an empty title and an over-long client but keeps the other fields', () => {
    const draft = draftFrom({ ...valid, title: '   ', client: 'x'.repeat(201) });
    expect(draft.invalid).toEqual(['title', 'client']);
    expect(draft.valid).toMatchObject({ region: 'Foodvalley', periodStart: '2026-01-12' });
    expect(draft.valid.title).toBeUndefined();
  });

  it('holds back both dates while the period ends before it starts', () => {
    const draft = draftFrom({ ...valid, periodStart: '2026-07-01' });
    expect(draft.valid.periodStart).toBeUndefined();
    expect(draft.valid.periodEnd).toBeUndefined();
    expect(draft.invalid).toEqual(['periodEnd']);
  });

  it('gives each kind of problem its own message', () => {
    expect(validationMessage('title', { type: 'too_small' }, '')).toEqual({ key: 'validation.titleRequired' });
    expect(validationMessage('region', { type: 'too_big' }, 'x'.repeat(230))).toEqual({ key: 'validation.tooLong', max: 200, count: 230 });
    expect(validationMessage('periodEnd', { type: 'custom' }, '2025-01-01')).toEqual({ key: 'validation.endBeforeStart' });
    expect(validationMessage('periodStart', { type: 'invalid_format' }, '2026-13-01')).toEqual({ key: 'validation.invalidDate' });
  });
});
