// Structural equality for form values (arrays of options, {nl, en} texts), so the autosave engine, which compares
// with Object.is, only sees a change when the content changed.

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** `next` with every field that deep-equals the one in `reference` replaced by the reference's own value. */
export function stabilize<F extends object>(next: Partial<F>, reference: F): Partial<F> {
  const out: Partial<F> = { ...next };
  for (const key of Object.keys(next) as (keyof F)[]) {
    if (deepEqual(next[key], reference[key])) out[key] = reference[key];
  }
  return out;
}
