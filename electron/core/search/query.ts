// Turns whatever a user types into a safe FTS5 expression. Words become quoted terms (implicitly ANDed), text in
// double quotes becomes a phrase, a trailing * makes a prefix term; operators (AND, OR, NOT, NEAR), brackets, column
// filters and other syntax are dropped. Every term is built from letters and digits only, so no typed character can
// reach SQLite as syntax.

/** Enough for any real query; a longer input is cut rather than refused. */
const MAX_TERMS = 32;
const MAX_INPUT = 10_000;
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
const TOKEN = /[\p{L}\p{N}]+/gu;

export interface ParsedQuery {
  /** The FTS5 MATCH expression, or '' when nothing searchable was typed. */
  readonly expression: string;
  /** The searchable words, for display and highlighting. */
  readonly terms: readonly string[];
}

interface Item {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
}

function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Example: parseSearchQuery('"circulair inkopen" kost* AND (NEAR') → expression '"circulair inkopen" "kost"*', terms ['circulair', 'inkopen', 'kost']
 */
export function parseSearchQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_INPUT).normalize('NFC');
  const items: Item[] = [];
  let i = 0;
  while (i < text.length && items.length < MAX_TERMS) {
    const char = text[i]!;
    if (/\s/u.test(char)) {
      i += 1;
      continue;
    }
    if (char === '"') {
      // A phrase runs to the next double quote, or to the end when it is never closed.
      const close = text.indexOf('"', i + 1);
      const end = close < 0 ? text.length : close;
      const tokens = tokensOf(text.slice(i + 1, end));
      const prefix = close >= 0 && text[close + 1] === '*';
      if (tokens.length) items.push({ tokens, prefix });
      i = close < 0 ? text.length : close + 1 + (prefix ? 1 : 0);
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/u.test(text[end]!) && text[end] !== '"') end += 1;
    const word = text.slice(i, end);
    i = end;
    // Operators are syntax, also when glued to brackets: "NEAR(", "(OR".
    const tokens = tokensOf(word).filter((token) => !OPERATORS.has(token));
    if (tokens.length === 0) continue;
    // "co2-prestatieladder" is indexed as two adjacent tokens, so it is searched as a phrase of the two.
    items.push({ tokens, prefix: /[\p{L}\p{N}]\*+[^\p{L}\p{N}]*$/u.test(word) });
  }
  const expression = items.map((item) => `"${item.tokens.join(' ')}"${item.prefix ? '*' : ''}`).join(' ');
  return { expression, terms: items.flatMap((item) => item.tokens) };
}
