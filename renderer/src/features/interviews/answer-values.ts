// Pure rules about the guide an interview follows and the answers given: which questions apply to the
// respondents' roles, how a value is stored (no value for "n.v.t. / weet niet", never 0), and what counts as answered.
import { answerInputSchema, noteFieldsSchema, type Answer, type AnswerValue, type Guide, type Question, type Section } from '../../../../shared/contract/fieldwork';
import type { Language } from '../../../../shared/i18n/languages';
import type { RespondentRole } from '../../../../shared/template/types';
import { pickText } from '../../app/bilingual-text';

export type NoAnswer = NonNullable<Answer['noAnswer']>;

/** The longest explanation (and open answer) the contract takes; a counter shows near it. */
export const answerTextMax = answerInputSchema.shape.explanation.unwrap().maxLength ?? 50_000;
/** The longest note the contract takes. */
export const noteTextMax = noteFieldsSchema.shape.text.maxLength ?? 50_000;
export type GuideSection = Guide['sections'][number];

/** A question applies when it names no roles, or one of the respondents' roles (the core counts progress the same way). */
export function appliesTo(question: Question, roles: readonly RespondentRole[]): boolean {
  return question.roles.length === 0 || roles.length === 0 || question.roles.some((role) => roles.includes(role));
}

export interface AppliedSection {
  readonly section: Section;
  /** The questions that apply, in the guide's order. */
  readonly questions: readonly Question[];
  /** Every question of the section in the guide's order, those for other roles too (so 8.3 is not silently missing). */
  readonly all: readonly Question[];
}

/** The guide as this interview follows it: only applicable questions, and only sections that keep at least one. */
export function sectionsFor(guide: Guide, roles: readonly RespondentRole[]): AppliedSection[] {
  return guide.sections
    .map((section) => ({ section, questions: section.questions.filter((q) => appliesTo(q, roles)), all: section.questions }))
    .filter((entry) => entry.questions.length > 0);
}

export function isAnswered(answer: Pick<Answer, 'value' | 'noAnswer'> | undefined): boolean {
  return answer !== undefined && (answer.value !== null || answer.noAnswer !== null);
}

/** The value as the file stores it: empty text and an empty choice list are no value. */
export function canonicalValue(value: AnswerValue): AnswerValue {
  if (value === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return value;
}

export interface Choice {
  readonly key: string;
  readonly label: string;
  /** The codebook code (e.g. KOSTEN) when the choices come from the codebook. */
  readonly code?: string;
}

/** The choices of a single or multiple choice question: its own options, or the codebook codes of its polarity plus 'both'. */
export function choicesOf(question: Question, guide: Guide, language: Language): Choice[] {
  const polarity = question.choicesFromCodebook;
  if (polarity) {
    return guide.codes
      .filter((code) => code.deletedAt === null && (code.polarity === polarity || code.polarity === 'both'))
      .map((code) => ({ key: code.id, label: pickText(code.label, language).text, code: code.code }));
  }
  return question.options.map((option) => ({ key: option.key, label: pickText(option.label, language).text }));
}

export interface SectionProgress {
  readonly answered: number;
  readonly total: number;
}

export function progressOf(questions: readonly Question[], answered: (questionId: string) => boolean): SectionProgress {
  return { answered: questions.filter((q) => answered(q.id)).length, total: questions.length };
}

/** Parses a number as typed in Dutch or English ("2,5", "2.5", "1 200"); null for empty, NaN when it is not a number. */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  // One separator that is a comma is the Dutch decimal comma; a dot with a comma elsewhere is a thousands dot.
  let normal = compact;
  if (normal.includes(',') && normal.includes('.')) normal = normal.lastIndexOf(',') > normal.lastIndexOf('.') ? normal.replace(/\./g, '').replace(',', '.') : normal.replace(/,/g, '');
  else if (normal.includes(',')) normal = normal.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal)) return Number.NaN;
  return Number(normal);
}
