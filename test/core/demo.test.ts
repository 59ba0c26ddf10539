// The demo inventory: written through the real contract on real SQLite, complete, varied and the same on every run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import type { Answer, Guide, Interview, KnowledgeSession, Note, Organisation, Recommendation, Respondent } from '../../shared/contract/fieldwork';
import { createDemoInventory } from '../../electron/core/demo';
import { createInProcessCore } from '../../electron/core/in-process';
import { fieldworkInstant } from '../../electron/core/demo/timeline';
import { tempDir } from './helpers';

interface DemoContent {
  guide: Guide;
  organisations: Organisation[];
  respondents: Respondent[];
  interviews: { interview: Interview; answers: Answer[]; notes: Note[] }[];
  sessions: KnowledgeSession[];
  sessionNotes: Note[];
  allNotes: Note[];
  recommendations: Recommendation[];
  language: string;
}

const scratch: string[] = [];

async function readDemo(language?: 'nl' | 'en'): Promise<DemoContent> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-demo-'));
  scratch.push(dir);
  const file = path.join(dir, 'demo.inventaris');
  const configDir = path.join(dir, 'config');
  await createDemoInventory(file, { configDir, ...(language ? { language } : {}) });
  const { client } = createInProcessCore({ configDir });
  const opened = await client.call('files.open', { path: file });
  const interviews = [];
  for (const interview of await client.call('interviews.list')) {
    const workspace = await client.call('interviews.workspace', { id: interview.id });
    interviews.push({ interview, answers: workspace.answers, notes: workspace.notes });
  }
  const sessions = await client.call('sessions.list');
  const content = {
    guide: await client.call('guide.get'),
    organisations: await client.call('organisations.list'),
    respondents: await client.call('respondents.list'),
    interviews,
    sessions,
    sessionNotes: sessions.length > 0 ? await client.call('notes.list', { sessionId: sessions[0]!.id }) : [],
    allNotes: await client.call('notes.list'),
    recommendations: await client.call('recommendations.list'),
    language: opened.inventory.language,
  };
  await client.call('files.close');
  return content;
}

afterAll(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every answer as plain values: municipality, role, question code -> value (code ids as codes), no-answer, explanation. */
function answerValues(demo: DemoContent): Record<string, unknown> {
  const questions = new Map(demo.guide.sections.flatMap((s) => s.questions).map((q) => [q.id, q.code]));
  const codes = new Map(demo.guide.codes.map((c) => [c.id, c.code]));
  const values: Record<string, unknown> = {};
  for (const { interview, answers } of demo.interviews) {
    for (const answer of answers) {
      const value = Array.isArray(answer.value) ? answer.value.map((v) => codes.get(v) ?? v) : answer.value;
      values[`${interview.organisationName}/${interview.respondentRoles.join()}/${questions.get(answer.questionId)}`] = [value, answer.noAnswer, answer.explanation];
    }
  }
  return values;
}

describe('the demo inventory', () => {
  let demo: DemoContent;
  beforeAll(async () => {
    demo = await readDemo();
  }, 30_000);

  it('has the eight Foodvalley municipalities, each with one procurement and one policy respondent', () => {
    expect(demo.organisations.map((o) => o.name).sort()).toEqual(
      ['Barneveld', 'Ede', 'Nijkerk', 'Renswoude', 'Rhenen', 'Scherpenzeel', 'Veenendaal', 'Wageningen'].map((n) => `Gemeente ${n}`),
    );
    expect(demo.organisations.every((o) => o.kind === 'municipality')).toBe(true);
    expect(demo.respondents).toHaveLength(16);
    for (const organisation of demo.organisations) {
      const roles = demo.respondents.filter((r) => r.organisationId === organisation.id).map((r) => r.role).sort();
      expect(roles, organisation.name).toEqual(['policy', 'procurement']);
    }
  });

  it('uses only example.nl addresses and records consent with dates', () => {
    for (const person of demo.respondents) {
      expect(person.email, person.name).toMatch(/^[a-z.]+@[a-z]+\.example\.nl$/);
      expect(person.consentInterview).toBe(true);
      expect(person.consentInterviewOn).toMatch(/^2026-\d\d-\d\d$/);
      if (person.consentQuoteByName) expect(person.consentQuoteOn).not.toBe('');
    }
    const quoteConsents = demo.respondents.filter((r) => r.consentQuoteByName).length;
    expect(quoteConsents).toBeGreaterThan(0);
    expect(quoteConsents).toBeLessThan(demo.respondents.length / 2);
  });

  it('holds sixteen interviews past planning, each with every applicable question answered or marked no-answer', () => {
    expect(demo.interviews).toHaveLength(16);
    for (const { interview } of demo.interviews) {
      expect(interview.status, interview.organisationName!).not.toBe('planned');
      expect(interview.usesSnapshot).toBe(true);
      expect(interview.respondentIds).toHaveLength(1);
      expect(interview.answeredCount, `${interview.organisationName} ${interview.respondentRoles}`).toBe(interview.questionCount);
      expect(interview.elapsedSeconds).toBeGreaterThanOrEqual(45 * 60);
      expect(interview.elapsedSeconds).toBeLessThanOrEqual(81 * 60);
      expect(interview.scheduledAt >= '2026-02-01' && interview.scheduledAt < '2026-05-01').toBe(true);
      expect(interview.summary.length).toBeGreaterThan(100);
    }
    const interviewers = new Set(demo.interviews.map(({ interview }) => interview.interviewer));
    expect(interviewers.size).toBe(2);
  });

  it('scores between 1 and 5 (never 0), and differs between municipalities on every dimension', () => {
    const questions = new Map(demo.guide.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
    const levelsByDimension = new Map<string, Set<string>>();
    let noAnswers = 0;
    for (const { interview, answers } of demo.interviews) {
      for (const answer of answers) {
        const question = questions.get(answer.questionId)!;
        if (answer.noAnswer) noAnswers++;
        if (question.type !== 'scale') continue;
        if (answer.noAnswer) {
          expect(answer.value).toBeNull();
          continue;
        }
        expect([1, 2, 3, 4, 5]).toContain(answer.value);
        if (!question.dimensionId) continue;
        const seen = levelsByDimension.get(question.dimensionId) ?? new Set<string>();
        seen.add(`${interview.organisationName}:${answer.value}`);
        levelsByDimension.set(question.dimensionId, seen);
      }
    }
    expect(noAnswers).toBeGreaterThan(0);
    for (const dimension of demo.guide.dimensions) {
      const levels = new Set([...(levelsByDimension.get(dimension.id) ?? [])].map((s) => s.split(':')[1]));
      expect(levels.size, dimension.code).toBeGreaterThanOrEqual(2);
    }
  });

  it('never gives two interviews the same open answer to a question', () => {
    const open = new Set(demo.guide.sections.flatMap((s) => s.questions).filter((q) => q.type === 'open').map((q) => q.id));
    const seen = new Map<string, string>();
    for (const { interview, answers } of demo.interviews) {
      for (const answer of answers.filter((a) => open.has(a.questionId))) {
        expect(typeof answer.value).toBe('string');
        const key = `${answer.questionId}/${answer.value}`;
        expect(seen.get(key), `${interview.organisationName}: ${String(answer.value)}`).toBeUndefined();
        seen.set(key, interview.id);
      }
    }
  });

  it('has at least 60 coded interview notes of every kind, most tied to a question', () => {
    const notes = demo.interviews.flatMap((i) => i.notes);
    expect(notes.length).toBeGreaterThanOrEqual(60);
    expect(new Set(notes.map((n) => n.kind))).toEqual(new Set(['observation', 'kans', 'knelpunt', 'quote', 'action']));
    expect(notes.every((n) => n.codeIds.length > 0)).toBe(true);
    expect(notes.filter((n) => n.questionId !== null).length).toBeGreaterThan(notes.length * 0.8);
    expect(new Set(notes.map((n) => n.text)).size).toBe(notes.length);
    expect(new Set(notes.map((n) => n.author))).toEqual(new Set(demo.interviews.map((i) => i.interview.interviewer)));
  });

  it('dates every note to its interview or session, not to the moment the demo was written', () => {
    const hours = (n: number) => n * 3_600_000;
    for (const { interview, notes } of demo.interviews) {
      const start = Date.parse(fieldworkInstant(interview.scheduledAt));
      for (const note of notes) {
        const at = Date.parse(note.createdAt);
        expect(at, `${interview.organisationName}: ${note.createdAt}`).toBeGreaterThan(start);
        expect(at).toBeLessThan(start + hours(2));
        expect(note.updatedAt).toBe(note.createdAt);
      }
      // Made during the interview, in the order they were taken.
      expect(notes.map((n) => n.createdAt)).toEqual([...notes.map((n) => n.createdAt)].sort());
    }
    const sessionDay = demo.sessions[0]!.heldOn;
    for (const note of demo.sessionNotes) expect(note.createdAt.slice(0, 10)).toBe(sessionDay);
    expect(demo.allNotes.every((n) => n.createdAt < '2026-07-01')).toBe(true);
  });

  it('records the knowledge session with participants, agenda, outcomes and outcome notes', () => {
    expect(demo.sessions).toHaveLength(1);
    const [session] = demo.sessions;
    expect(session!.heldOn).toBe('2026-05-21');
    expect(session!.participantIds.length).toBeGreaterThanOrEqual(8);
    expect(session!.otherParticipants).toContain('Living Lab');
    expect(session!.agenda).not.toBe('');
    expect(session!.outcomes).toMatch(/inkoop/);
    expect(demo.sessionNotes.length).toBeGreaterThanOrEqual(5);
    expect(demo.sessionNotes.every((n) => n.interviewId === null)).toBe(true);
  });

  it('ends with coded recommendations for municipalities, the region, procurement and policy', () => {
    expect(demo.recommendations.length).toBeGreaterThanOrEqual(6);
    expect(new Set(demo.recommendations.map((r) => r.addressedTo))).toEqual(new Set(['municipality', 'region', 'procurement', 'policy']));
    expect(demo.recommendations.every((r) => r.codeIds.length > 0)).toBe(true);
  });

  // How long writing takes is a bench figure (demoOpen.writeMs in npm run bench), not a test: it depends on the machine.
  it('is written in Dutch by default', () => {
    expect(demo.language).toBe('nl');
  });

  it('comes out the same on every run', async () => {
    const again = await readDemo();
    expect(answerValues(again)).toEqual(answerValues(demo));
    const notes = (d: DemoContent) => d.allNotes.map((n) => [n.kind, n.text, n.author]).sort();
    expect(notes(again)).toEqual(notes(demo));
    expect(again.recommendations.map((r) => r.text)).toEqual(demo.recommendations.map((r) => r.text));
  }, 30_000);

  it('in English, frames the same inventory in English', async () => {
    const english = await readDemo('en');
    expect(english.language).toBe('en');
    expect(english.sessions[0]!.outcomes).toMatch(/procurement/);
    expect(english.interviews[0]!.interview.summary).toMatch(/procurement/);
    expect(english.recommendations.map((r) => r.text)).not.toEqual(demo.recommendations.map((r) => r.text));
    expect(answerValues(english)).toEqual(answerValues(demo));
  }, 30_000);

  it('refuses to overwrite an existing file and leaves it as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bestaand.inventaris');
    fs.writeFileSync(file, 'not mine');
    const error = await createDemoInventory(file, { configDir: path.join(dir, 'config') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).info.code).toBe('FILE_EXISTS');
    expect(fs.readFileSync(file, 'utf8')).toBe('not mine');
  });
});
