// The shape of an inventory template: interview guide, maturity model and codebook, each text in Dutch and English.
// The default template (default-template.ts) is the circular-procurement guide of the first engagement (Regio Foodvalley).

export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

export const respondentRoles = ['procurement', 'policy', 'management', 'other'] as const;
export type RespondentRole = (typeof respondentRoles)[number];

export const questionTypes = ['open', 'scale', 'single', 'multi', 'yesno', 'number'] as const;
export type QuestionType = (typeof questionTypes)[number];

export const polarities = ['kans', 'knelpunt', 'both'] as const;
export type Polarity = (typeof polarities)[number];

export type Level = 1 | 2 | 3 | 4 | 5;
export const levels: readonly Level[] = [1, 2, 3, 4, 5];

export interface TemplateOption {
  /** Stable key stored in answers, e.g. 'coalitieakkoord'. */
  readonly key: string;
  readonly label: Bilingual;
}

export interface TemplateQuestion {
  /** Visible id, e.g. '1.3'. Unique in the guide. */
  readonly code: string;
  readonly text: Bilingual;
  /** Help for the interviewer (what to probe, what the anchors mean); may be empty strings. */
  readonly help: Bilingual;
  readonly type: QuestionType;
  /** Roles the question is for; empty means every role. */
  readonly roles: readonly RespondentRole[];
  /** Maturity dimension code ('D1'..'D8') the answer feeds. Most scale questions have one; an informational scale (e.g. market readiness) has none. */
  readonly dimension?: string;
  /** single / multi choices. */
  readonly options?: readonly TemplateOption[];
  /** scale: one descriptor per level 1..5. */
  readonly scale?: Readonly<Record<Level, Bilingual>>;
  /** multi: at most this many choices. */
  readonly maxChoices?: number;
  /** multi/single whose choices are the codebook's codes of this polarity, plus those marked 'both' (e.g. 9.2 picks knelpunt codes). */
  readonly choicesFromCodebook?: Polarity;
  /** number: unit shown after the input, e.g. 'fte'. */
  readonly unit?: Bilingual;
}

export interface TemplateSection {
  readonly key: string;
  readonly title: Bilingual;
  readonly intro: Bilingual;
  readonly questions: readonly TemplateQuestion[];
}

export interface TemplateDimension {
  /** 'D1'..'D8'. */
  readonly code: string;
  readonly name: Bilingual;
  /** What the dimension is about, one sentence. */
  readonly description: Bilingual;
  readonly descriptors: Readonly<Record<Level, Bilingual>>;
}

export interface TemplateCode {
  /** Short code, e.g. 'DEF'. */
  readonly code: string;
  readonly label: Bilingual;
  readonly polarity: Polarity;
  readonly definition: Bilingual;
  /** The maturity dimension the code lines up with, if any. */
  readonly dimension?: string;
}

export interface InventoryTemplate {
  readonly name: Bilingual;
  readonly levelNames: Readonly<Record<Level, Bilingual>>;
  readonly dimensions: readonly TemplateDimension[];
  readonly codes: readonly TemplateCode[];
  readonly sections: readonly TemplateSection[];
}
