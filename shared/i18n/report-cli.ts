// The words of `inventaris report` on the command line, Dutch first.
import type { Language } from './languages';

const nl = {
  description: 'schrijf het Word-rapport van een inventarisatie (het bestand zelf wordt niet gewijzigd)',
  file: 'het .inventaris-bestand',
  out: 'pad van het rapport (.docx); een bestaand rapport wordt pas vervangen als het nieuwe helemaal klaar is',
  names: 'citeer met naam waar de respondent daar toestemming voor gaf (standaard: alle citaten anoniem)',
  template: 'een .docx of .dotx met de huisstijl (lettertypen, kleuren, koppen) voor het rapport',
  written: 'Rapport geschreven: {{path}} ({{size}} kB, {{chapters}} hoofdstukken en bijlagen).',
  missing: 'Nog niet af ({{count}}): {{places}}.',
};

type Messages = { readonly [K in keyof typeof nl]: string };

const en: Messages = {
  description: 'write the Word report of an inventory (the file itself is not changed)',
  file: 'the .inventaris file',
  out: 'path of the report (.docx); an existing report is replaced only once the new one is complete',
  names: 'quote by name where the respondent agreed to that (default: every quote anonymous)',
  template: 'a .docx or .dotx with the house style (fonts, colours, headings) for the report',
  written: 'Report written: {{path}} ({{size}} kB, {{chapters}} chapters and appendices).',
  missing: 'Not finished yet ({{count}}): {{places}}.',
};

export function reportCliMessage(language: Language, key: keyof typeof nl, params: Readonly<Record<string, string | number>> = {}): string {
  return (language === 'nl' ? nl : en)[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
