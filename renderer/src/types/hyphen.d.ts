// The parts of the `hyphen` package (Liang's algorithm with TeX patterns) that the renderer uses.
declare module 'hyphen/nl' {
  export function hyphenateSync(text: string, options?: { readonly minWordLength?: number; readonly hyphenChar?: string }): string;
}
declare module 'hyphen/en-gb' {
  export function hyphenateSync(text: string, options?: { readonly minWordLength?: number; readonly hyphenChar?: string }): string;
}
