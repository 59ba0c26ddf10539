// The knowledge-session form's rules, apart from React: its values, which may be saved, field labels and message
// kinds.
import { sessionFieldsSchema, type KnowledgeSession, type KnowledgeSessionFields } from '../../../../shared/contract/fieldwork';
import { z } from '../../../../shared/zod';
import type { Draft } from '../../app/autosave';
import { draftByField } from '../../app/use-autosave-form';
import type { FieldRule } from '../../app/field-message';

export type SessionFormValues = KnowledgeSessionFields;
export type SessionFieldName = keyof SessionFormValues;

/** Participants deleted since they were picked may still be in the list: the form accepts any ids. */
export const sessionFormSchema = z.object({ ...sessionFieldsSchema.shape, participantIds: z.array(z.string()) }).strict();

export function sessionValues(session: KnowledgeSession): SessionFormValues {
  return {
    title: session.title,
    heldOn: session.heldOn,
    location: session.location,
    participantIds: [...session.participantIds],
    otherParticipants: session.otherParticipants,
    agenda: session.agenda,
    outcomes: session.outcomes,
  };
}

/**
 * What may be saved. Participants who were deleted since they were picked are left out: the file refuses a
 * session that names a deleted respondent, and keeping them would block every later save of the list.
 */
export function sessionDraft(values: Partial<Record<SessionFieldName, unknown>>, liveRespondents: ReadonlySet<string>): Draft<SessionFormValues> {
  return draftByField<SessionFormValues>(
    {
      ...sessionFieldsSchema.shape,
      participantIds: z.array(z.string()).transform((ids) => ids.filter((id) => liveRespondents.has(id))),
    },
    values,
  );
}

const labelKeys: Readonly<Record<SessionFieldName, string>> = {
  title: 'sessions:sessions.fields.title',
  heldOn: 'sessions:sessions.fields.heldOn',
  location: 'sessions:sessions.fields.location',
  participantIds: 'sessions:sessions.fields.participants',
  otherParticipants: 'sessions:sessions.fields.otherParticipants',
  agenda: 'sessions:sessions.fields.agenda',
  outcomes: 'sessions:sessions.fields.outcomes',
};
export const sessionLabelKey = (field: SessionFieldName) => labelKeys[field];

export const sessionRules: Readonly<Record<SessionFieldName, FieldRule>> = {
  title: { kind: 'title', max: 200 },
  heldOn: { kind: 'date' },
  location: { kind: 'free', max: 500 },
  participantIds: { kind: 'choice' },
  otherParticipants: { kind: 'free', max: 50_000 },
  agenda: { kind: 'free', max: 50_000 },
  outcomes: { kind: 'free', max: 50_000 },
};
