// Handlers of the fieldwork methods: validation has happened in the registry; each write is one transaction.
import type { MethodName } from '../../shared/contract/methods';
import { forgottenRespondentLabel } from '../../shared/i18n/domain';
import type { Handler } from './registry';
import * as guide from './guides/guide';
import * as interviews from './interviews/interviews';
import * as notes from './notes/notes';
import * as organisations from './organisations/organisations';
import * as respondents from './people/respondents';
import { read, write } from './unit-of-work';
import { forgetInBackups } from './share-api';

type FieldworkMethod = Extract<
  MethodName,
  `${'organisations' | 'respondents' | 'interviews' | 'answers' | 'notes' | 'sessions' | 'recommendations' | 'guide' | 'codes'}.${string}`
>;

export const fieldworkHandlers: { readonly [M in FieldworkMethod]: Handler<M> } = {
  'organisations.list': ({ includeDeleted }, s) => organisations.listOrganisations(read(s), includeDeleted),
  'organisations.create': ({ fields }, s) => write(s, ['organisations'], (ctx) => organisations.createOrganisation(ctx, fields)),
  'organisations.update': ({ id, patch, base }, s) => write(s, ['organisations'], (ctx) => organisations.updateOrganisation(ctx, id, patch, base)),
  'organisations.delete': ({ id }, s) => write(s, ['organisations'], (ctx) => organisations.deleteOrganisation(ctx, id, true)),
  'organisations.restore': ({ id }, s) => write(s, ['organisations'], (ctx) => organisations.deleteOrganisation(ctx, id, false)),

  'respondents.list': ({ includeDeleted }, s) => respondents.listRespondents(read(s), includeDeleted),
  'respondents.create': ({ fields }, s) => write(s, ['respondents'], (ctx) => respondents.createRespondent(ctx, fields)),
  'respondents.update': ({ id, patch, base }, s) => write(s, ['respondents'], (ctx) => respondents.updateRespondent(ctx, id, patch, base)),
  'respondents.delete': ({ id }, s) => write(s, ['respondents'], (ctx) => respondents.deleteRespondent(ctx, id, true)),
  'respondents.restore': ({ id }, s) => write(s, ['respondents'], (ctx) => respondents.deleteRespondent(ctx, id, false)),
  'respondents.forget': ({ id }, s) => {
    const forgotten = write(s, ['respondents', 'notes', 'interviews', 'answers', 'sessions'], (ctx) => {
      const person = respondents.getRespondent(ctx.db, id);
      const language = (ctx.db.prepare('SELECT language FROM inventory').get() as { language: 'nl' | 'en' }).language;
      return respondents.forgetRespondent(ctx, id, forgottenRespondentLabel(person.role, person.organisationName, language));
    });
    // The backups in the app's data folder forget the person too.
    forgetInBackups(s, [id]);
    return forgotten;
  },

  'interviews.list': ({ includeDeleted }, s) => interviews.listInterviews(read(s), includeDeleted),
  'interviews.create': ({ fields }, s) => write(s, ['interviews'], (ctx) => interviews.createInterview(ctx, fields)),
  'interviews.update': ({ id, patch, base }, s) => write(s, ['interviews'], (ctx) => interviews.updateInterview(ctx, id, patch, base)),
  'interviews.delete': ({ id }, s) => write(s, ['interviews'], (ctx) => interviews.deleteInterview(ctx, id, true)),
  'interviews.restore': ({ id }, s) => write(s, ['interviews'], (ctx) => interviews.deleteInterview(ctx, id, false)),
  'interviews.start': ({ id }, s) => write(s, ['interviews'], (ctx) => interviews.startInterview(ctx, id)),
  'interviews.workspace': ({ id }, s) => {
    const db = read(s);
    return {
      interview: interviews.getInterview(db, id),
      guide: interviews.interviewGuide(db, id),
      answers: interviews.listAnswers(db, id),
      notes: notes.listNotes(db, { interviewId: id }),
    };
  },
  'answers.save': (input, s) => write(s, ['answers', 'interviews'], (ctx) => interviews.saveAnswer(ctx, input)),

  'notes.list': (filter, s) => notes.listNotes(read(s), filter),
  'notes.create': ({ fields }, s) => write(s, ['notes'], (ctx) => notes.createNote(ctx, fields)),
  'notes.update': ({ id, patch, base }, s) => write(s, ['notes'], (ctx) => notes.updateNote(ctx, id, patch, base)),
  'notes.delete': ({ id }, s) => write(s, ['notes'], (ctx) => notes.deleteNote(ctx, id, true)),
  'notes.restore': ({ id }, s) => write(s, ['notes'], (ctx) => notes.deleteNote(ctx, id, false)),

  'sessions.list': ({ includeDeleted }, s) => notes.listSessions(read(s), includeDeleted),
  'sessions.create': ({ fields }, s) => write(s, ['sessions'], (ctx) => notes.createSession(ctx, fields)),
  'sessions.update': ({ id, patch, base }, s) => write(s, ['sessions'], (ctx) => notes.updateSession(ctx, id, patch, base)),
  'sessions.delete': ({ id }, s) => write(s, ['sessions'], (ctx) => notes.deleteSession(ctx, id, true)),
  'sessions.restore': ({ id }, s) => write(s, ['sessions'], (ctx) => notes.deleteSession(ctx, id, false)),

  'recommendations.list': ({ includeDeleted }, s) => notes.listRecommendations(read(s), includeDeleted),
  'recommendations.create': ({ fields }, s) => write(s, ['recommendations'], (ctx) => notes.createRecommendation(ctx, fields)),
  'recommendations.update': ({ id, patch, base }, s) => write(s, ['recommendations'], (ctx) => notes.updateRecommendation(ctx, id, patch, base)),
  'recommendations.delete': ({ id }, s) => write(s, ['recommendations'], (ctx) => notes.deleteRecommendation(ctx, id, true)),
  'recommendations.restore': ({ id }, s) => write(s, ['recommendations'], (ctx) => notes.deleteRecommendation(ctx, id, false)),
  'recommendations.move': ({ id, toIndex }, s) => write(s, ['recommendations'], (ctx) => notes.moveRecommendation(ctx, id, toIndex)),

  'guide.get': (_, s) => guide.getGuide(read(s)),
  'guide.createSection': ({ fields, toIndex }, s) => write(s, ['guide'], (ctx) => guide.createSection(ctx, fields, toIndex)),
  'guide.updateSection': ({ id, patch, base }, s) => write(s, ['guide'], (ctx) => guide.updateSection(ctx, id, patch, base)),
  'guide.deleteSection': ({ id }, s) => write(s, ['guide'], (ctx) => guide.deleteSection(ctx, id, true)),
  'guide.restoreSection': ({ id }, s) => write(s, ['guide'], (ctx) => guide.deleteSection(ctx, id, false)),
  'guide.moveSection': ({ id, toIndex }, s) => write(s, ['guide'], (ctx) => guide.moveSection(ctx, id, toIndex)),
  'guide.createQuestion': ({ sectionId, fields, toIndex }, s) => write(s, ['guide'], (ctx) => guide.createQuestion(ctx, sectionId, fields, toIndex)),
  'guide.updateQuestion': ({ id, patch, base }, s) => write(s, ['guide'], (ctx) => guide.updateQuestion(ctx, id, patch, base)),
  'guide.deleteQuestion': ({ id }, s) => write(s, ['guide'], (ctx) => guide.deleteQuestion(ctx, id, true)),
  'guide.restoreQuestion': ({ id }, s) => write(s, ['guide'], (ctx) => guide.deleteQuestion(ctx, id, false)),
  'guide.moveQuestion': ({ id, sectionId, toIndex }, s) => write(s, ['guide'], (ctx) => guide.moveQuestion(ctx, id, sectionId, toIndex)),
  'guide.updateLevel': ({ level, name }, s) => write(s, ['guide'], (ctx) => guide.updateLevelName(ctx, level, name)),
  'guide.updateDimension': ({ id, patch, base }, s) => write(s, ['guide'], (ctx) => guide.updateDimension(ctx, id, patch, base)),

  'codes.list': ({ includeDeleted }, s) => guide.listCodes(read(s), includeDeleted),
  'codes.create': ({ fields }, s) => write(s, ['guide'], (ctx) => guide.createCode(ctx, fields)),
  'codes.update': ({ id, patch, base }, s) => write(s, ['guide'], (ctx) => guide.updateCode(ctx, id, patch, base)),
  'codes.delete': ({ id }, s) => write(s, ['guide'], (ctx) => guide.deleteCode(ctx, id, true)),
  'codes.restore': ({ id }, s) => write(s, ['guide'], (ctx) => guide.deleteCode(ctx, id, false)),
};
