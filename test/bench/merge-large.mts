// A Large inventory for the merge figures, built directly through the core in one transaction: 50 organisations,
// 20 interviews each, 40 answers and 20 notes per interview. (The analysis work brings a shared Large builder,
// test/bench/large.mts; until it is on main the merge bench builds its own of the same size.)
import path from 'node:path';
import { createInProcessCore } from '../../electron/core/in-process';
import { recordFieldChanges } from '../../electron/core/db/changes';
import { insertEntity } from '../../electron/core/db/entities';
import { writable } from '../../electron/core/db/file';
import { organisationSpec } from '../../electron/core/organisations/organisations';
import { interviewDefaults, interviewSpec } from '../../electron/core/interviews/interviews';
import { noteSpec } from '../../electron/core/notes/notes';
import { getGuide } from '../../electron/core/guides/guide';
import { seededRandom, syntheticText } from './harness.mts';

export const MERGE_LARGE = { organisations: 50, interviewsPerOrganisation: 20, answersPerInterview: 40, notesPerInterview: 20 } as const;

export interface MergeLargeFacts {
  readonly path: string;
  readonly interviews: number;
  readonly answers: number;
  readonly notes: number;
}

export async function buildMergeLarge(file: string, configDir: string): Promise<MergeLargeFacts> {
  const core = createInProcessCore({ configDir });
  await core.client.call('files.create', { path: file, fields: { title: 'Large' }, template: 'default' });
  const opened = core.session.requireFile();
  const db = writable(opened);
  const ctx = { db, clock: opened.clock, author: core.session.author };
  const random = seededRandom(20261201);
  const questions = getGuide(db).sections.flatMap((s) => s.questions).filter((q) => q.type === 'open');
  let answers = 0;
  let notes = 0;
  let interviews = 0;
  const insertAnswer = db.prepare("INSERT INTO answers (interview_id, question_id, value, no_answer, explanation, updated_at) VALUES (?, ?, ?, NULL, ?, '2026-01-01T00:00:00.000Z')");
  db.transaction(() => {
    for (let o = 0; o < MERGE_LARGE.organisations; o += 1) {
      const org = insertEntity(db, ctx.clock, ctx.author, organisationSpec, { name: `Gemeente ${o}`, kind: 'municipality', notes: '' });
      for (let i = 0; i < MERGE_LARGE.interviewsPerOrganisation; i += 1) {
        const interview = insertEntity(db, ctx.clock, ctx.author, interviewSpec, { ...interviewDefaults, organisationId: org, status: 'held' });
        interviews += 1;
        for (let a = 0; a < MERGE_LARGE.answersPerInterview; a += 1) {
          const question = questions[a % questions.length]!;
          const value = syntheticText(random, 30);
          const explanation = syntheticText(random, 12);
          insertAnswer.run(interview, `${question.id}`, JSON.stringify(value), explanation);
          recordFieldChanges(db, ctx.clock, ctx.author, 'answers', `${interview}/${question.id}`, { value, noAnswer: null, explanation });
          answers += 1;
          if (a + 1 >= questions.length) break;
        }
        for (let n = 0; n < MERGE_LARGE.notesPerInterview; n += 1) {
          insertEntity(db, ctx.clock, ctx.author, noteSpec, { kind: 'observation', text: syntheticText(random, 25), interviewId: interview, questionId: null, sessionId: null, codeIds: [], author: 'Bench' });
          notes += 1;
        }
      }
    }
  })();
  core.session.close();
  return { path: path.resolve(file), interviews, answers, notes };
}
