// A processed or validated interview is fixed in the core, whatever transport asks: answers and details are refused
// with a translated message and nothing changes, until the interview is reopened (status back to held).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import { makeCore } from './helpers';

async function heldInterview() {
  const core = makeCore();
  const file = path.join(core.dir, 'vast.inventaris');
  await core.client.call('files.create', { path: file, fields: { title: 'Vastgelegd' }, template: 'default' });
  const { client } = core;
  const org = await client.call('organisations.create', { fields: { name: 'Gemeente Renswoude', kind: 'municipality' } });
  const person = await client.call('respondents.create', { fields: { name: 'Iris Mol', role: 'procurement', organisationId: org.id } });
  const interview = await client.call('interviews.create', { fields: { organisationId: org.id, respondentIds: [person.id] } });
  await client.call('interviews.start', { id: interview.id });
  const { guide } = await client.call('interviews.workspace', { id: interview.id });
  const open = guide.sections.flatMap((s) => s.questions).find((q) => q.type === 'open')!;
  await client.call('answers.save', { interviewId: interview.id, questionId: open.id, value: 'Eerste antwoord' });
  return { ...core, interviewId: interview.id, questionId: open.id };
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error.info;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('a processed or validated interview', () => {
  for (const status of ['processed', 'validated'] as const) {
    it(`refuses answers, clock time and detail changes once ${status}, and changes nothing`, async () => {
      const { client, interviewId, questionId } = await heldInterview();
      await client.call('interviews.update', { id: interviewId, patch: { status, elapsedSeconds: 600 } });
      const before = await client.call('interviews.workspace', { id: interviewId });

      const answer = await failure(client.call('answers.save', { interviewId, questionId, value: 'Overschreven' }));
      expect(answer.code).toBe('INTERVIEW_LOCKED');
      expect(answer.message).toContain('Heropenen voor bewerking');
      expect(answer.message).not.toMatch(/INTERVIEW_LOCKED|processed|validated/);
      expect((await failure(client.call('answers.save', { interviewId, questionId, noAnswer: 'dont_know' }))).code).toBe('INTERVIEW_LOCKED');
      expect((await failure(client.call('interviews.update', { id: interviewId, patch: { elapsedSeconds: 900 } }))).code).toBe('INTERVIEW_LOCKED');
      expect((await failure(client.call('interviews.update', { id: interviewId, patch: { summary: 'Nieuw', status } }))).code).toBe('INTERVIEW_LOCKED');

      const after = await client.call('interviews.workspace', { id: interviewId });
      expect(after.answers).toEqual(before.answers);
      expect(after.interview).toEqual(before.interview);
    });
  }

  it('may move between processed and validated, and reopening makes it editable again', async () => {
    const { client, interviewId, questionId } = await heldInterview();
    await client.call('interviews.update', { id: interviewId, patch: { status: 'processed' } });
    expect((await client.call('interviews.update', { id: interviewId, patch: { status: 'validated' } })).status).toBe('validated');
    // Re-sending unchanged values with a status change is not a change to the fixed fields.
    const unchanged = await client.call('interviews.workspace', { id: interviewId });
    expect((await client.call('interviews.update', { id: interviewId, patch: { status: 'processed', summary: unchanged.interview.summary } })).status).toBe('processed');

    expect((await client.call('interviews.update', { id: interviewId, patch: { status: 'held' } })).status).toBe('held');
    const saved = await client.call('answers.save', { interviewId, questionId, value: 'Na heropenen' });
    expect(saved.value).toBe('Na heropenen');
    expect((await client.call('interviews.update', { id: interviewId, patch: { elapsedSeconds: 1200 } })).elapsedSeconds).toBe(1200);
  });

  it('speaks English when the session does', async () => {
    const { client, interviewId, questionId, session } = await heldInterview();
    await client.call('interviews.update', { id: interviewId, patch: { status: 'validated' } });
    session.env.config.update({ language: 'en' });
    const answer = await failure(client.call('answers.save', { interviewId, questionId, value: 'x' }));
    expect(answer.message).toContain('Reopen for editing');
  });
});
