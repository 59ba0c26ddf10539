// House style: the styles of a firm's .docx or .dotx (its word/styles.xml) used for the report, so fonts, colours and
// headings follow the firm. Our paragraph style ids stay the same; styles the template lacks are added from ours.
// Anything that is not a readable Word package with a styles part is refused, and the stored style is kept.
import fs from 'node:fs';
import path from 'node:path';
import type { IStylesOptions } from 'docx';
import { unzipSync } from 'fflate';
import { AppError } from '../../../shared/contract/errors';
import type { Language } from '../../../shared/i18n/languages';
import { customParagraphStyles, proofingLanguage } from './docx-styles';

const MAX_TEMPLATE_BYTES = 50 * 1024 * 1024;

/** The styles.xml of a Word document or template at `file`, or HOUSE_STYLE_INVALID. */
export function readHouseStyle(file: string): { name: string; xml: string } {
  const absolute = path.resolve(file);
  const refuse = () => new AppError('HOUSE_STYLE_INVALID', { path: absolute });
  let bytes: Buffer;
  try {
    const stat = fs.statSync(absolute);
    if (!stat.isFile()) throw refuse();
    if (stat.size > MAX_TEMPLATE_BYTES) throw refuse();
    bytes = fs.readFileSync(absolute);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_NOT_FOUND', { path: absolute });
  }
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(new Uint8Array(bytes), { filter: (f) => f.name === 'word/styles.xml' || f.name === '[Content_Types].xml' });
  } catch {
    throw refuse();
  }
  const types = parts['[Content_Types].xml'];
  const styles = parts['word/styles.xml'];
  if (!types || !styles) throw refuse();
  const contentTypes = new TextDecoder().decode(types);
  if (!/wordprocessingml\.(document|template)\.main\+xml/.test(contentTypes)) throw refuse();
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(styles);
  } catch {
    throw refuse();
  }
  if (!/<w:styles[\s>]/.test(xml) || !/<\/w:styles>\s*$/.test(xml)) throw refuse();
  return { name: path.basename(absolute), xml };
}

/** Style ids a styles.xml defines. */
export function styleIds(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)].map((m) => m[1]!));
}

/** Sets the proofing language in the document defaults, so Word spell-checks the report in its own language. */
export function withProofingLanguage(xml: string, language: Language): string {
  const lang = `<w:lang w:val="${proofingLanguage(language)}"/>`;
  const rPrDefault = /<w:rPrDefault>\s*<w:rPr>([\s\S]*?)<\/w:rPr>\s*<\/w:rPrDefault>/;
  const found = rPrDefault.exec(xml);
  if (found) {
    const inner = found[1]!.replace(/<w:lang\b[^>]*\/>/, '');
    // w:lang comes late in CT_RPr; before the East Asian layout and later elements is close enough for Word.
    return xml.replace(rPrDefault, `<w:rPrDefault><w:rPr>${inner}${lang}</w:rPr></w:rPrDefault>`);
  }
  if (/<w:docDefaults>/.test(xml)) return xml.replace('<w:docDefaults>', `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`);
  return xml.replace(/(<w:styles\b[^>]*>)/, `$1<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault></w:docDefaults>`);
}

/** What the docx Document gets for a house style: the firm's styles, plus ours for the ids it lacks. */
export function houseStyleDocumentStyles(xml: string, language: Language): { externalStyles: string; styles: IStylesOptions } {
  const ids = styleIds(xml);
  return {
    externalStyles: withProofingLanguage(xml, language),
    styles: { paragraphStyles: customParagraphStyles().filter((s) => !ids.has(s.id)) },
  };
}
