// Every validation message the contract can produce is said in words in both languages: the field by its label and
// the rule by its kind. The test walks every method's input schema, puts wrong values into every field it finds,
// and checks each resulting message: no zod English, no technical path, no unnamed field.
import { describe, expect, it } from 'vitest';
import { methods } from '../../shared/contract/methods';
import { describeIssue, fieldLabel, fieldLabels, issueParams, messageKey, type IssueLike } from '../../shared/i18n/validation';
import { errorMessage } from '../../shared/i18n/errors';

interface Leaf {
  readonly method: string;
  readonly path: readonly string[];
}

type Def = { readonly type: string; readonly [key: string]: unknown };
const defOf = (schema: unknown): Def | null => ((schema as { _zod?: { def?: Def } })?._zod?.def ?? null);

/** Every field path of a schema (object keys, through optional, nullable, arrays, unions and pipes). */
function leaves(schema: unknown, path: readonly string[], out: string[][], seen: Set<unknown>): void {
  const def = defOf(schema);
  if (!def || seen.has(schema)) return;
  seen.add(schema);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def['shape'] as Record<string, unknown>)) {
        out.push([...path, key]);
        leaves(value, [...path, key], out, new Set(seen));
      }
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
    case 'prefault':
    case 'catch':
      leaves(def['innerType'], path, out, seen);
      break;
    case 'pipe':
      leaves(def['in'], path, out, seen);
      break;
    case 'array':
      leaves(def['element'], [...path, '0'], out, seen);
      break;
    case 'union':
      for (const option of def['options'] as unknown[]) leaves(option, path, out, seen);
      break;
    case 'record':
      leaves(def['valueType'], [...path, 'nl'], out, seen);
      break;
    case 'lazy':
      leaves((def['getter'] as () => unknown)(), path, out, seen);
      break;
    default:
      break;
  }
}

function allLeaves(): Leaf[] {
  const found: Leaf[] = [];
  for (const [method, spec] of Object.entries(methods)) {
    const paths: string[][] = [];
    leaves((spec as { input: unknown }).input, [], paths, new Set());
    for (const path of paths) found.push({ method, path });
  }
  return found;
}

function nest(path: readonly string[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => (/^\d+$/.test(key) ? [inner] : { [key]: inner }), value);
}

const wrongValues: readonly unknown[] = [42, 1.5, -1, 'x'.repeat(60_001), '', '   ', 'bas@', 'geen-datum', true, [], {}, null, ['x'.repeat(100)], Array.from({ length: 60 }, () => 'a')];
const rawZod = /Invalid|expected|received|Unrecognized|Too (big|small)|<=|>=|\bundefined\b|\bNaN\b|\bZod/;

describe('validation messages', () => {
  const all = allLeaves();

  it('have a label for every field of every method’s input', () => {
    const keys = new Set(all.flatMap((leaf) => leaf.path).filter((part) => !/^\d+$/.test(part) && part !== 'nl' && part !== 'en'));
    const missing = [...keys].filter((key) => !fieldLabels[key]).sort();
    expect(missing.join(' '), 'add a label for these keys to fieldLabels in shared/i18n/validation.ts').toBe('');
  });

  it('name the field and the rule in words, in Dutch and English, for every wrong value in every field', () => {
    let checked = 0;
    for (const leaf of all) {
      const schema = (methods as Record<string, { input: { safeParse(v: unknown): { success: boolean; error?: { issues: IssueLike[] } } } }>)[leaf.method]!.input;
      for (const value of wrongValues) {
        const result = schema.safeParse(nest(leaf.path, value));
        for (const issue of result.error?.issues ?? []) {
          const params = issueParams(issue);
          for (const language of ['nl', 'en'] as const) {
            const text = describeIssue(params, language);
            const where = `${leaf.method} ${issue.path.join('.')} ${issue.code} (${language}): ${text}`;
            expect(text, where).not.toMatch(rawZod);
            expect(text, where).toMatch(/^\p{Lu}.*\.$/u);
            expect(text, where).not.toContain('{{');
            if (issue.message.length > 15) expect(text, where).not.toContain(issue.message);
            // A field that exists is named by its label, not "a field".
            if (issue.path.length > 0 && issue.code !== 'unrecognized_keys') expect(text, where).not.toMatch(/^(Een veld|A field)\b/);
            // Our own rules are named by what they mean, not as "invalid".
            if (['too_big', 'too_small', 'invalid_format', 'invalid_type', 'invalid_value'].includes(params['issue'] as string)) expect(messageKey(params), where).not.toBe('invalid');
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('say a too long answer the way a user understands it', () => {
    const result = methods['answers.save'].input.safeParse({ interviewId: 'a', questionId: 'b', value: 'x'.repeat(60_000) });
    const params = issueParams(result.error!.issues[0] as IssueLike);
    expect(errorMessage('BAD_INPUT', 'nl', params)).toBe('Antwoord is te lang: maximaal 50.000 tekens.');
    expect(errorMessage('BAD_INPUT', 'en', params)).toBe('Answer is too long: at most 50,000 characters.');
  });

  it('name language variants and nested fields', () => {
    expect(fieldLabel('patch.name.en', 'nl')).toBe('Naam (Engels)');
    expect(fieldLabel('fields.options.3.label.nl', 'en')).toBe('Label (Dutch)');
    expect(fieldLabel('fields.email', 'nl')).toBe('E-mail');
    expect(fieldLabel('', 'nl')).toBe('De invoer');
  });
});
