// The default template is data that the guide, the heat map and the codebook all lean on: these checks keep it whole.
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../shared/template/default-template';
import { levels, polarities, questionTypes, respondentRoles, type Bilingual, type TemplateQuestion } from '../../shared/template/types';

const questions: readonly TemplateQuestion[] = defaultTemplate.sections.flatMap((section) => section.questions);
const dimensionCodes = defaultTemplate.dimensions.map((dimension) => dimension.code);
const scaleQuestions = questions.filter((question) => question.type === 'scale');
const choiceQuestions = questions.filter((question) => question.type === 'single' || question.type === 'multi');

/** The guide's 6.4 (the market's readiness) is a scale "for information only" and feeds no dimension. */
const informationalScales = ['6.4'];

/** The maturity model: the scale items each dimension is computed from. */
const linkedItems: Readonly<Record<string, readonly string[]>> = {
  D1: ['1.3'],
  D2: ['2.2', '2.3'],
  D3: ['3.3'],
  D4: ['4.3', '4.5'],
  D5: ['5.3'],
  D6: ['6.1'],
  D7: ['7.1', '7.2'],
  D8: ['8.1', '8.2'],
};

/** Every user-visible text in the template, with where it sits. */
function allTexts(): [string, Bilingual][] {
  const texts: [string, Bilingual][] = [['name', defaultTemplate.name]];
  for (const level of levels) texts.push([`level ${level}`, defaultTemplate.levelNames[level]]);
  for (const dimension of defaultTemplate.dimensions) {
    texts.push([`${dimension.code} name`, dimension.name], [`${dimension.code} description`, dimension.description]);
    for (const level of levels) texts.push([`${dimension.code} descriptor ${level}`, dimension.descriptors[level]]);
  }
  for (const code of defaultTemplate.codes) {
    texts.push([`${code.code} label`, code.label], [`${code.code} definition`, code.definition]);
  }
  for (const section of defaultTemplate.sections) {
    texts.push([`${section.key} title`, section.title], [`${section.key} intro`, section.intro]);
    for (const question of section.questions) {
      texts.push([`${question.code} text`, question.text], [`${question.code} help`, question.help]);
      for (const option of question.options ?? []) texts.push([`${question.code} option ${option.key}`, option.label]);
      if (question.scale) for (const level of levels) texts.push([`${question.code} anchor ${level}`, question.scale[level]]);
      if (question.unit) texts.push([`${question.code} unit`, question.unit]);
    }
  }
  return texts;
}

describe('the default template', () => {
  it('has nine sections with unique keys', () => {
    expect(defaultTemplate.sections).toHaveLength(9);
    const keys = defaultTemplate.sections.map((section) => section.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('numbers its questions section.question, in order, without gaps or duplicates', () => {
    defaultTemplate.sections.forEach((section, s) => {
      expect(section.questions.length, section.key).toBeGreaterThan(0);
      section.questions.forEach((question, q) => {
        expect(question.code).toMatch(/^\d+\.\d+$/);
        expect(question.code).toBe(`${s + 1}.${q + 1}`);
      });
    });
    const codes = questions.map((question) => question.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has every text in Dutch and English, trimmed and non-empty', () => {
    for (const [where, text] of allTexts()) {
      for (const language of ['nl', 'en'] as const) {
        expect(text[language].trim(), `${where} (${language})`).not.toBe('');
        expect(text[language], `${where} (${language}) has stray whitespace`).toBe(text[language].trim());
        expect(text[language], `${where} (${language}) has a double space`).not.toMatch(/ {2}/);
      }
    }
  });

  it('translates every question and its help', () => {
    for (const question of questions) {
      expect(question.text.en, question.code).not.toBe(question.text.nl);
      expect(question.help.en, question.code).not.toBe(question.help.nl);
    }
  });

  it('uses only known question types and respondent roles', () => {
    for (const question of questions) {
      expect(questionTypes, question.code).toContain(question.type);
      for (const role of question.roles) expect(respondentRoles, question.code).toContain(role);
      expect(new Set(question.roles).size, question.code).toBe(question.roles.length);
    }
  });

  it('gives every scale question anchors for levels 1 to 5', () => {
    expect(scaleQuestions.length).toBeGreaterThan(0);
    for (const question of scaleQuestions) {
      expect(Object.keys(question.scale ?? {}).sort(), question.code).toEqual(['1', '2', '3', '4', '5']);
    }
  });

  it('links every scale question to an existing dimension, except the informational ones', () => {
    for (const question of scaleQuestions) {
      if (informationalScales.includes(question.code)) {
        expect(question.dimension, question.code).toBeUndefined();
      } else {
        expect(dimensionCodes, question.code).toContain(question.dimension);
      }
    }
    for (const code of informationalScales) expect(questions.find((question) => question.code === code)?.type).toBe('scale');
  });

  it('feeds no dimension from a question that is not a scale', () => {
    for (const question of questions.filter((q) => q.type !== 'scale')) {
      expect(question.dimension, question.code).toBeUndefined();
      expect(question.scale, question.code).toBeUndefined();
    }
  });

  it('has dimensions D1 to D8, each with descriptors for levels 1 to 5', () => {
    expect(dimensionCodes).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    for (const dimension of defaultTemplate.dimensions) {
      expect(Object.keys(dimension.descriptors).sort(), dimension.code).toEqual(['1', '2', '3', '4', '5']);
    }
  });

  it('feeds each dimension from exactly the scale items of the maturity model', () => {
    for (const code of dimensionCodes) {
      const feeding = scaleQuestions.filter((question) => question.dimension === code).map((question) => question.code);
      expect(feeding.length, code).toBeGreaterThan(0);
      expect(feeding, code).toEqual(linkedItems[code]);
    }
  });

  it('names the five levels', () => {
    expect(Object.keys(defaultTemplate.levelNames).sort()).toEqual(['1', '2', '3', '4', '5']);
    expect(defaultTemplate.levelNames[1]).toEqual({ nl: 'Startend', en: 'Initial' });
    expect(defaultTemplate.levelNames[5]).toEqual({ nl: 'Koploper', en: 'Leading' });
  });

  it('gives single and multi questions at least two options with unique slug keys', () => {
    for (const question of choiceQuestions.filter((q) => !q.choicesFromCodebook)) {
      const keys = (question.options ?? []).map((option) => option.key);
      expect(keys.length, question.code).toBeGreaterThanOrEqual(2);
      expect(new Set(keys).size, `${question.code} has a duplicate key`).toBe(keys.length);
      for (const key of keys) expect(key, question.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('leaves "don’t know" out of the options, since the app records it as no answer', () => {
    for (const question of choiceQuestions) {
      for (const option of question.options ?? []) {
        expect(option.label.nl, question.code).not.toMatch(/weet niet/i);
        expect(option.label.en, question.code).not.toMatch(/don.t know/i);
      }
    }
  });

  it('gives options, limits and units only to the types that use them', () => {
    for (const question of questions) {
      if (question.type !== 'single' && question.type !== 'multi') {
        expect(question.options, question.code).toBeUndefined();
        expect(question.choicesFromCodebook, question.code).toBeUndefined();
      }
      if (question.type !== 'multi') expect(question.maxChoices, question.code).toBeUndefined();
      if (question.type === 'number') expect(question.unit, question.code).toBeDefined();
      else expect(question.unit, question.code).toBeUndefined();
    }
  });

  it('caps multiple choice at no more than there are choices', () => {
    for (const question of questions.filter((q) => q.maxChoices !== undefined)) {
      const max = question.maxChoices ?? 0;
      expect(Number.isInteger(max) && max >= 1, question.code).toBe(true);
      const available = question.choicesFromCodebook
        ? defaultTemplate.codes.filter((code) => code.polarity === question.choicesFromCodebook).length
        : (question.options ?? []).length;
      expect(max, question.code).toBeLessThanOrEqual(available);
    }
  });

  it('lets 9.2 pick at most three bottlenecks from the codebook', () => {
    const pick = questions.find((question) => question.code === '9.2');
    expect(pick).toMatchObject({ type: 'multi', choicesFromCodebook: 'knelpunt', maxChoices: 3 });
    expect(pick?.options).toBeUndefined();
    for (const question of questions.filter((q) => q.choicesFromCodebook)) {
      expect(polarities, question.code).toContain(question.choicesFromCodebook);
      expect(question.options, question.code).toBeUndefined();
    }
  });

  it('has a codebook of 18 unique codes, each with a valid polarity and an existing dimension', () => {
    const codes = defaultTemplate.codes.map((code) => code.code);
    expect(codes).toHaveLength(18);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of defaultTemplate.codes) {
      expect(code.code).toMatch(/^[A-Z]+$/);
      expect(polarities, code.code).toContain(code.polarity);
      expect(dimensionCodes, code.code).toContain(code.dimension);
    }
    for (const polarity of polarities) {
      expect(defaultTemplate.codes.some((code) => code.polarity === polarity), polarity).toBe(true);
    }
  });
});
