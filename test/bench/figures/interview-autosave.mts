// interviewAutosave: latency of one answer edit in interview mode, from the call to the commit on disk, with a
// 60-question guide (6 sections of 10, every question type). 1,000 edits through the registry as the interview
// screen makes them: typing in open answers and explanations, picking scale levels and choices, "don't know".
import path from 'node:path';
import type { QuestionFields } from '../../../shared/contract/fieldwork';
import { createInProcessCore } from '../../../electron/core/in-process';
import { ms, quantile, seededRandom, syntheticText, timeMs, type Figure } from '../harness.mts';

const SECTIONS = 6;
const QUESTIONS_PER_SECTION = 10;
const EDITS = 1000;
const SEED = 11;

const text = (nl: string) => ({ nl, en: nl });
const options = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, label: text(`Optie ${key}`) }));
const scale = { 1: text('Startend'), 2: text('Verkennend'), 3: text('Toepassend'), 4: text('Geborgd'), 5: text('Koploper') };

function questionFields(n: number): Partial<QuestionFields> & Pick<QuestionFields, 'type' | 'text'> {
  const kinds = ['open', 'scale', 'open', 'single', 'multi', 'yesno', 'open', 'scale', 'number', 'open'] as const;
  const type = kinds[n % kinds.length]!;
  return {
    type,
    text: text(`Vraag ${n + 1}: hoe is dit onderwerp in uw organisatie geregeld?`),
    help: text('Vraag door naar voorbeelden.'),
    code: `${Math.floor(n / QUESTIONS_PER_SECTION) + 1}.${(n % QUESTIONS_PER_SECTION) + 1}`,
    ...(type === 'single' || type === 'multi' ? { options, maxChoices: type === 'multi' ? 3 : null } : {}),
    ...(type === 'scale' ? { scale } : {}),
  };
}

export const interviewAutosaveFigure: Figure = {
  key: 'interviewAutosave',
  async run(ctx) {
    const core = createInProcessCore({ configDir: ctx.configDir });
    const { client } = core;
    await client.call('files.create', { path: path.join(ctx.dir, 'interview.inventaris'), fields: { title: 'Interview' }, template: 'empty' });
    for (let s = 0; s < SECTIONS; s += 1) {
      const section = await client.call('guide.createSection', { fields: { title: text(`Sectie ${s + 1}`), intro: text('') } });
      for (let q = 0; q < QUESTIONS_PER_SECTION; q += 1) {
        await client.call('guide.createQuestion', { sectionId: section.id, fields: questionFields(s * QUESTIONS_PER_SECTION + q) });
      }
    }
    const person = await client.call('respondents.create', { fields: { name: 'Respondent', role: 'procurement' } });
    const interview = await client.call('interviews.create', { fields: { respondentIds: [person.id] } });
    await client.call('interviews.start', { id: interview.id });
    const { guide } = await client.call('interviews.workspace', { id: interview.id });
    const questions = guide.sections.flatMap((s) => s.questions);
    ctx.size('interviewQuestions', questions.length);

    const random = seededRandom(SEED);
    const typed = new Map<string, string>();
    const samples: number[] = [];
    for (let i = 0; i < EDITS; i += 1) {
      // Stay on a question for a while, as an interviewer does, then move on.
      const question = questions[Math.floor(i / 17) % questions.length]!;
      const base = { interviewId: interview.id, questionId: question.id };
      let input: Parameters<typeof client.call<'answers.save'>>[1];
      if (question.type === 'open' || i % 5 === 0) {
        const key = `${question.id}:${question.type === 'open' ? 'value' : 'explanation'}`;
        const next = `${typed.get(key) ?? ''} ${syntheticText(random, 1)}`.trim();
        typed.set(key, next);
        input = question.type === 'open' ? { ...base, value: next } : { ...base, explanation: next };
      } else if (question.type === 'scale') input = i % 23 === 0 ? { ...base, noAnswer: 'dont_know' } : { ...base, value: 1 + Math.floor(random() * 5) };
      else if (question.type === 'single') input = { ...base, value: options[Math.floor(random() * 5)]!.key };
      else if (question.type === 'multi') input = { ...base, value: options.slice(0, 1 + Math.floor(random() * 3)).map((o) => o.key) };
      else if (question.type === 'yesno') input = { ...base, value: random() < 0.5 };
      else input = { ...base, value: Math.round(random() * 100) };
      samples.push(await timeMs(() => client.call('answers.save', input)));
    }
    await client.call('files.close');
    ctx.size('interviewEdits', EDITS);
    ctx.log(`interviewAutosave: ${EDITS} edits over ${questions.length} questions`);
    return { p50Ms: ms(quantile(samples, 0.5)), p95Ms: ms(quantile(samples, 0.95)), n: samples.length, goalP95Ms: 10 };
  },
};
