// Contract methods of the fieldwork. Each editable kind of row gets list/create/update/delete/restore from `crud`.
import { z } from '../zod';
import {
  answerInputSchema,
  bilingualSchema,
  levelSchema,
  maturityLevelSchema,
  answerSchema,
  codeFieldsSchema,
  codeSchema,
  dimensionFieldsSchema,
  dimensionSchema,
  guideSchema,
  idSchema,
  interviewFieldsSchema,
  interviewSchema,
  knowledgeSessionSchema,
  noteFieldsSchema,
  noteSchema,
  organisationFieldsSchema,
  organisationSchema,
  questionFieldsSchema,
  questionSchema,
  recommendationFieldsSchema,
  recommendationSchema,
  respondentFieldsSchema,
  respondentSchema,
  sectionFieldsSchema,
  sectionSchema,
  sessionFieldsSchema,
} from './fieldwork';

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output } as const;
}

const byId = z.object({ id: idSchema }).strict();

type Crud<N extends string, C extends z.ZodType, P extends z.ZodType, S extends z.ZodType, L extends z.ZodType> = {
  readonly [K in `${N}.list`]: { readonly input: L; readonly output: z.ZodArray<S> };
} & { readonly [K in `${N}.create`]: { readonly input: z.ZodObject<{ fields: C }>; readonly output: S } } & {
  readonly [K in `${N}.update`]: { readonly input: z.ZodObject<{ id: typeof idSchema; patch: P; base: z.ZodOptional<P> }>; readonly output: S };
} & { readonly [K in `${N}.delete` | `${N}.restore`]: { readonly input: typeof byId; readonly output: S } };

/** list/create/update/delete/restore for one kind of row; delete is soft and restore undoes it. */
function crud<N extends string, C extends z.ZodType, P extends z.ZodType, S extends z.ZodType, L extends z.ZodType>(
  name: N,
  create: C,
  patch: P,
  stored: S,
  list: L,
): Crud<N, C, P, S, L> {
  return {
    [`${name}.list`]: method(list, z.array(stored)),
    [`${name}.create`]: method(z.object({ fields: create }).strict(), stored),
    // base: per text field, the value the editor started from; an edit made elsewhere meanwhile is combined, not overwritten.
    [`${name}.update`]: method(z.object({ id: idSchema, patch, base: patch.optional() }).strict(), stored),
    [`${name}.delete`]: method(byId, stored),
    [`${name}.restore`]: method(byId, stored),
  } as unknown as Crud<N, C, P, S, L>;
}

const listAll = z.object({ includeDeleted: z.boolean().optional() }).strict();

export const fieldworkMethods = {
  ...crud(
    'organisations',
    organisationFieldsSchema.partial().required({ name: true, kind: true }).strict(),
    organisationFieldsSchema.partial().strict(),
    organisationSchema,
    listAll,
  ),
  ...crud(
    'respondents',
    respondentFieldsSchema.partial().required({ name: true, role: true }).strict(),
    respondentFieldsSchema.partial().strict(),
    respondentSchema,
    listAll,
  ),
  /** AVG/GDPR: removes the person's name and contact details everywhere, including the change log. */
  'respondents.forget': method(byId, respondentSchema),

  ...crud(
    'interviews',
    interviewFieldsSchema.partial().strict(),
    interviewFieldsSchema.partial().strict(),
    interviewSchema,
    listAll,
  ),
  /** Marks a planned interview as held and freezes the guide it uses, so later guide edits never rewrite it. */
  'interviews.start': method(byId, interviewSchema),
  /** The interview with the guide it follows (its snapshot once held), its answers and its notes. */
  'interviews.workspace': method(
    byId,
    z.object({ interview: interviewSchema, guide: guideSchema, answers: z.array(answerSchema), notes: z.array(noteSchema) }),
  ),
  'answers.save': method(answerInputSchema, answerSchema),

  ...crud(
    'notes',
    noteFieldsSchema.partial().required({ kind: true, text: true }).strict(),
    noteFieldsSchema.partial().strict(),
    noteSchema,
    z
      .object({ includeDeleted: z.boolean().optional(), interviewId: idSchema.optional(), sessionId: idSchema.optional() })
      .strict(),
  ),
  ...crud(
    'sessions',
    sessionFieldsSchema.partial().required({ title: true }).strict(),
    sessionFieldsSchema.partial().strict(),
    knowledgeSessionSchema,
    listAll,
  ),
  ...crud(
    'recommendations',
    recommendationFieldsSchema.partial().required({ text: true, addressedTo: true }).strict(),
    recommendationFieldsSchema.partial().strict(),
    recommendationSchema,
    listAll,
  ),
  'recommendations.move': method(z.object({ id: idSchema, toIndex: z.number().int().min(0) }).strict(), z.array(recommendationSchema)),

  'guide.get': method(z.object({}).strict(), guideSchema),
  'guide.createSection': method(z.object({ fields: sectionFieldsSchema, toIndex: z.number().int().min(0).optional() }).strict(), sectionSchema),
  'guide.updateSection': method(z.object({ id: idSchema, patch: sectionFieldsSchema.partial().strict(), base: sectionFieldsSchema.partial().strict().optional() }).strict(), sectionSchema),
  'guide.deleteSection': method(byId, sectionSchema),
  'guide.restoreSection': method(byId, sectionSchema),
  'guide.moveSection': method(z.object({ id: idSchema, toIndex: z.number().int().min(0) }).strict(), guideSchema),
  'guide.createQuestion': method(
    z.object({ sectionId: idSchema, fields: questionFieldsSchema.partial().required({ type: true, text: true }).strict(), toIndex: z.number().int().min(0).optional() }).strict(),
    questionSchema,
  ),
  'guide.updateQuestion': method(z.object({ id: idSchema, patch: questionFieldsSchema.partial().strict(), base: questionFieldsSchema.partial().strict().optional() }).strict(), questionSchema),
  'guide.deleteQuestion': method(byId, questionSchema),
  'guide.restoreQuestion': method(byId, questionSchema),
  'guide.moveQuestion': method(z.object({ id: idSchema, sectionId: idSchema, toIndex: z.number().int().min(0) }).strict(), guideSchema),
  'guide.updateLevel': method(z.object({ level: levelSchema, name: bilingualSchema }).strict(), z.array(maturityLevelSchema)),
  'guide.updateDimension': method(z.object({ id: idSchema, patch: dimensionFieldsSchema.partial().strict(), base: dimensionFieldsSchema.partial().strict().optional() }).strict(), dimensionSchema),
  ...crud('codes', codeFieldsSchema.partial().required({ code: true, label: true, polarity: true }).strict(), codeFieldsSchema.partial().strict(), codeSchema, listAll),
} as const;
