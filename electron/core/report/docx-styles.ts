// The report's own Word styles: real Title, Heading 1–3, Caption, Quote and list styles (so Word's navigation pane
// and the table of contents work), plus a few of ours (missing text, quote source, table text). With a house style,
// the firm's styles replace ours wherever it defines the same style id.
import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type INumberingOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { Language } from '../../../shared/i18n/languages';

export const FONT = 'Calibri';
export const ink = '1D1D1B';
export const accent = '1F5C6B';
export const muted = '5C5C56';
export const rule = 'C9CDC8';
export const headerFill = 'E8EEEF';

/** Half-points. */
const pt = (points: number) => points * 2;

export const proofingLanguage = (language: Language) => (language === 'nl' ? 'nl-NL' : 'en-GB');

/** Our styles that have no default in docx. Each is dropped when a house style defines the same id. */
export function customParagraphStyles(): IParagraphStyleOptions[] {
  return [
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'QuoteSource',
      quickFormat: true,
      run: { italics: true, color: '2E3A3D', size: pt(11) },
      paragraph: {
        indent: { left: 567, right: 567 },
        spacing: { before: 160, after: 40, line: 276, lineRule: LineRuleType.AUTO },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: accent, space: 10 } },
        keepNext: true,
      },
    },
    {
      id: 'QuoteSource',
      name: 'Quote Source',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(9), color: muted },
      paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 0, after: 200 }, alignment: AlignmentType.RIGHT },
    },
    {
      id: 'MissingText',
      name: 'Missing Text',
      basedOn: 'Normal',
      next: 'Normal',
      run: { color: '6B4A00', size: pt(10) },
      paragraph: {
        shading: { type: 'clear', color: 'auto', fill: 'FFF3C4' },
        border: {
          left: { style: BorderStyle.SINGLE, size: 24, color: 'D49A00', space: 6 },
          top: { style: BorderStyle.SINGLE, size: 4, color: 'F2D27A', space: 4 },
          bottom: { style: BorderStyle.SINGLE, size: 4, color: 'F2D27A', space: 4 },
          right: { style: BorderStyle.SINGLE, size: 4, color: 'F2D27A', space: 6 },
        },
        indent: { left: 170, right: 170 },
        spacing: { before: 120, after: 200 },
      },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: pt(9) },
      paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: 'TableHeading',
      name: 'Table Heading',
      basedOn: 'TableText',
      run: { size: pt(9), bold: true, color: ink },
      paragraph: { keepNext: true },
    },
    {
      id: 'Muted',
      name: 'Muted',
      basedOn: 'Normal',
      run: { color: muted },
    },
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: pt(16), color: muted },
      paragraph: { spacing: { before: 120, after: 480 } },
    },
    {
      id: 'CoverMeta',
      name: 'Cover Meta',
      basedOn: 'Normal',
      run: { size: pt(11), color: ink },
      paragraph: { spacing: { before: 0, after: 60 } },
    },
    {
      id: 'TOCHeading',
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(18), bold: true, color: accent },
      paragraph: { spacing: { before: 0, after: 240 } },
    },
    {
      id: 'HeaderText',
      name: 'Header Text',
      basedOn: 'Normal',
      run: { size: pt(8), color: muted },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
  ];
}

/** The complete default style set of a report in `language`. */
export function defaultStyles(language: Language): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(10.5), color: ink, language: { value: proofingLanguage(language) } },
        paragraph: { spacing: { after: 140, line: 288, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: pt(30), bold: true, color: accent },
        paragraph: { spacing: { before: 2400, after: 240, line: 252, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        run: { font: FONT, size: pt(20), bold: true, color: accent },
        paragraph: { spacing: { before: 0, after: 240 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: pt(13.5), bold: true, color: accent },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: FONT, size: pt(11), bold: true, color: ink },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
      },
      caption: {
        run: { font: FONT, size: pt(9), italics: true, color: muted },
        paragraph: { spacing: { before: 120, after: 120 } },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      hyperlink: { run: { color: '1F5C9E', underline: { type: 'single' } } },
    },
    paragraphStyles: customParagraphStyles(),
  };
}

export const BULLETS = 'report-bullets';
export const NUMBERS = 'report-numbers';

export function numbering(): INumberingOptions {
  return {
    config: [
      {
        reference: BULLETS,
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 260 } } } }],
      },
      {
        reference: NUMBERS,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 340 } } } }],
      },
    ],
  };
}
