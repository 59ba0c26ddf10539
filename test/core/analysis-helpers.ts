// A small real inventory for the analysis tests: the default guide, two municipalities, a procurement and a policy
// respondent each, and helpers to hold interviews and answer questions by their code ('2.2').
import path from 'node:path';
import { ClientError } from '../../shared/contract/client';
import type { Guide, Question } from '../../shared/contract/fieldwork';
import type { ReadableDb } from '../../electron/core/db/file';
import { makeCore } from './helpers';

export async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error.info;
    throw error;
  }
  throw new Error('expected the call to fail');
}

export async function analysisInventory() {
  const core = makeCore();
  const file = path.join(core.dir, 'analyse.inventaris');
  await core.client.call('files.create', { path: file, fields: { title: 'Analyse' }, template: 'default' });
  const { client } = core;
  const guide: Guide = await client.call('guide.get');
  const questions = guide.sections.flatMap((s) => s.questions);
  const question = (code: string): Question => {
    const found = questions.find((q) => q.code === code);
    if (!found) throw new Error(`no question ${code}`);
    return found;
  };
  const dimension = (code: string) => guide.dimensions.find((d) => d.code === code)!;
  const code = (c: string) => guide.codes.find((x) => x.code === c)!;
  const ede = await client.call('organisations.create', { fields: { name: 'Gemeente Ede', kind: 'municipality' } });
  const wageningen = await client.call('organisations.create', { fields: { name: 'Gemeente Wageningen', kind: 'municipality' } });
  const person = async (organisationId: string, role: 'procurement' | 'policy', name: string, consentQuoteByName = false) =>
    client.call('respondents.create', { fields: { organisationId, role, name, jobTitle: role === 'procurement' ? 'Inkoopadviseur' : 'Beleidsadviseur', consentQuoteByName } });
  const people = {
    edeInkoop: await person(ede.id, 'procurement', 'Fenna Vos', true),
    edeBeleid: await person(ede.id, 'policy', 'Joost de Wit'),
    wagInkoop: await person(wageningen.id, 'procurement', 'Sanne Bakker'),
    wagBeleid: await person(wageningen.id, 'policy', 'Ahmed Yilmaz', true),
  };
  const interview = async (organisationId: string, respondentIds: string[], scheduledAt = '2026-03-02T10:00') => {
    const created = await client.call('interviews.create', { fields: { organisationId, respondentIds, scheduledAt } });
    return (await client.call('interviews.start', { id: created.id })).id;
  };
  const answer = (interviewId: string, questionCode: string, value: unknown, extra: { noAnswer?: 'not_applicable' | 'dont_know'; explanation?: string } = {}) =>
    client.call('answers.save', { interviewId, questionId: question(questionCode).id, ...(value === undefined ? {} : { value: value as never }), ...extra });
  const db = () => core.session.requireFile().db as ReadableDb;
  return { ...core, file, guide, question, dimension, code, ede, wageningen, people, interview, answer, db };
}
