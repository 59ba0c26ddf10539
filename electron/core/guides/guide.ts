// The interview guide of an inventory: sections and questions, plus the maturity model (levels, dimensions) and the
// codebook they refer to. A template (shared/template) seeds all of it; everything stays editable afterwards.
import { AppError } from '../../../shared/contract/errors';
import type {
  Code,
  CodeFields,
  Dimension,
  DimensionFields,
  Guide,
  MaturityLevel,
  Question,
  QuestionFields,
  Section,
  SectionFields,
} from '../../../shared/contract/fieldwork';
import { levels, type InventoryTemplate, type Level } from '../../../shared/template/types';
import {
  bilingual,
  insertEntity,
  int,
  json,
  listEntities,
  nullableInt,
  nullableText,
  requireEntity,
  setDeleted,
  text,
  updateEntity,
  type EntitySpec,
  type Stored,
} from '../db/entities';
import { recordFieldChanges } from '../db/changes';
import type { ReadableDb } from '../db/file';
import type { WriteContext } from '../unit-of-work';
import { checkParent, withDefaultColour } from '../coding/codebook';
import { BadInputError } from '../registry';

export const dimensionSpec: EntitySpec<DimensionFields> = {
  table: 'maturity_dimensions',
  fields: { code: text('code'), position: int('position'), name: bilingual('name'), description: bilingual('description'), descriptors: json('descriptors') },
};

export const codeSpec: EntitySpec<CodeFields> = {
  table: 'codebook_codes',
  fields: {
    code: text('code'),
    position: int('position'),
    label: bilingual('label'),
    polarity: text('polarity'),
    definition: bilingual('definition'),
    dimensionId: nullableText('dimension_id'),
    parentId: nullableText('parent_id'),
    colour: text('colour'),
  },
};

type SectionRow = SectionFields & { position: number };
export const sectionSpec: EntitySpec<SectionRow> = {
  table: 'guide_sections',
  fields: { position: int('position'), title: bilingual('title'), intro: bilingual('intro') },
};

type QuestionRow = QuestionFields & { sectionId: string; position: number };
export const questionSpec: EntitySpec<QuestionRow> = {
  table: 'guide_questions',
  fields: {
    sectionId: text('section_id'),
    position: int('position'),
    code: text('code'),
    type: text('type'),
    text: bilingual('text'),
    help: bilingual('help'),
    roles: json('roles'),
    dimensionId: nullableText('dimension_id'),
    options: json('options'),
    scale: json('scale'),
    maxChoices: nullableInt('max_choices'),
    choicesFromCodebook: nullableText('choices_from_codebook'),
    unit: bilingual('unit'),
  },
};

const emptyText = { nl: '', en: '' };

export const questionDefaults: Omit<QuestionFields, 'type' | 'text'> = {
  code: '',
  help: emptyText,
  roles: [],
  dimensionId: null,
  options: [],
  scale: {},
  maxChoices: null,
  choicesFromCodebook: null,
  unit: emptyText,
};

export function getLevels(db: ReadableDb): MaturityLevel[] {
  const rows = db.prepare('SELECT level, name_nl, name_en FROM maturity_levels ORDER BY level').all() as { level: Level; name_nl: string; name_en: string }[];
  return rows.map((r) => ({ level: r.level, name: { nl: r.name_nl, en: r.name_en } }));
}

export function getGuide(db: ReadableDb): Guide {
  const questions = listEntities(db, questionSpec, { orderBy: 'position, id' }) as Question[];
  const sections = (listEntities(db, sectionSpec, { orderBy: 'position, id' }) as Section[]).map((section) => ({
    ...section,
    questions: questions.filter((q) => q.sectionId === section.id),
  }));
  return {
    levels: getLevels(db),
    dimensions: listEntities(db, dimensionSpec, { orderBy: 'position, id' }) as Dimension[],
    codes: (listEntities(db, codeSpec, { orderBy: 'position, id' }) as Code[]).map(withDefaultColour),
    sections,
  };
}

/** Seeds the guide, maturity model and codebook from a template, in the inventory's language order. */
export function applyTemplate(ctx: WriteContext, template: InventoryTemplate): void {
  const insertLevel = ctx.db.prepare('INSERT OR REPLACE INTO maturity_levels (level, name_nl, name_en) VALUES (?, ?, ?)');
  for (const level of levels) insertLevel.run(level, template.levelNames[level].nl, template.levelNames[level].en);

  const dimensionIds = new Map<string, string>();
  template.dimensions.forEach((d, position) => {
    dimensionIds.set(d.code, insertEntity(ctx.db, ctx.clock, ctx.author, dimensionSpec, { code: d.code, position, name: d.name, description: d.description, descriptors: d.descriptors }));
  });
  const dimensionOf = (code: string | undefined) => (code ? (dimensionIds.get(code) ?? null) : null);

  template.codes.forEach((c, position) => {
    insertEntity(ctx.db, ctx.clock, ctx.author, codeSpec, {
      code: c.code,
      position,
      label: c.label,
      polarity: c.polarity,
      definition: c.definition,
      dimensionId: dimensionOf(c.dimension),
      parentId: null,
      colour: '',
    });
  });

  template.sections.forEach((s, sectionPosition) => {
    const sectionId = insertEntity(ctx.db, ctx.clock, ctx.author, sectionSpec, { position: sectionPosition, title: s.title, intro: s.intro });
    s.questions.forEach((q, position) => {
      insertEntity(ctx.db, ctx.clock, ctx.author, questionSpec, {
        ...questionDefaults,
        sectionId,
        position,
        code: q.code,
        type: q.type,
        text: q.text,
        help: q.help,
        roles: [...q.roles],
        dimensionId: dimensionOf(q.dimension),
        options: (q.options ?? []).map((o) => ({ key: o.key, label: o.label })),
        scale: q.scale ?? {},
        maxChoices: q.maxChoices ?? null,
        choicesFromCodebook: q.choicesFromCodebook ?? null,
        unit: q.unit ?? emptyText,
      });
    });
  });
}

/**
 * Renames a maturity level. Level names are few and fixed in number, so they live in their own small table; a
 * rename is logged like any field change so it merges.
 */
export function updateLevelName(ctx: WriteContext, level: Level, name: { nl: string; en: string }): MaturityLevel[] {
  const nl = name.nl.trim();
  if (!nl) throw new BadInputError([{ issue: 'too_small', origin: 'string', limit: 1, field: 'name.nl' }]);
  ctx.db.prepare('UPDATE maturity_levels SET name_nl = ?, name_en = ? WHERE level = ?').run(nl, name.en.trim(), level);
  recordFieldChanges(ctx.db, ctx.clock, ctx.author, 'maturity_levels', String(level), { name: { nl, en: name.en.trim() } });
  return getLevels(ctx.db);
}

/** The five level names; an empty guide still needs them for scale questions and the heat map. */
export function seedLevels(ctx: WriteContext, names: InventoryTemplate['levelNames']): void {
  const insert = ctx.db.prepare('INSERT OR IGNORE INTO maturity_levels (level, name_nl, name_en) VALUES (?, ?, ?)');
  for (const level of levels) insert.run(level, names[level].nl, names[level].en);
}

/** Writes positions 0..n-1 in the given order, logging only the rows whose position changed. */
function renumber<T extends { position: number }>(ctx: WriteContext, spec: EntitySpec<T>, rows: readonly Stored<T>[]): void {
  rows.forEach((row, index) => {
    if (row.position !== index) updateEntity(ctx.db, ctx.clock, ctx.author, spec, row.id, { position: index } as Partial<T>);
  });
}

function moveInList<T extends { id: string }>(rows: readonly T[], id: string, toIndex: number): T[] {
  const from = rows.findIndex((r) => r.id === id);
  const list = [...rows];
  const [moved] = from >= 0 ? list.splice(from, 1) : [];
  if (!moved) return list;
  list.splice(Math.min(toIndex, list.length), 0, moved);
  return list;
}

function liveSections(db: ReadableDb) {
  return listEntities(db, sectionSpec, { orderBy: 'position, id' });
}

function liveQuestions(db: ReadableDb, sectionId: string) {
  return listEntities(db, questionSpec, { orderBy: 'position, id' }).filter((q) => q.sectionId === sectionId);
}

function requireLive<T>(db: ReadableDb, spec: EntitySpec<T>, id: string): Stored<T> {
  const row = requireEntity(db, spec, id);
  if (row.deletedAt) throw new AppError('NOT_FOUND', { what: `${spec.table} ${id}` });
  return row;
}

export function createSection(ctx: WriteContext, fields: SectionFields, toIndex?: number): Section {
  const sections = liveSections(ctx.db);
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, sectionSpec, { ...fields, position: sections.length });
  if (toIndex !== undefined) renumber(ctx, sectionSpec, moveInList(liveSections(ctx.db), id, toIndex));
  return requireEntity(ctx.db, sectionSpec, id) as Section;
}

export function updateSection(ctx: WriteContext, id: string, patch: Partial<SectionFields>, base: Partial<SectionFields> = {}): Section {
  requireLive(ctx.db, sectionSpec, id);
  updateEntity(ctx.db, ctx.clock, ctx.author, sectionSpec, id, patch, base);
  return requireEntity(ctx.db, sectionSpec, id) as Section;
}

export function deleteSection(ctx: WriteContext, id: string, deleted: boolean): Section {
  setDeleted(ctx.db, ctx.clock, ctx.author, sectionSpec, id, deleted);
  renumber(ctx, sectionSpec, liveSections(ctx.db));
  return requireEntity(ctx.db, sectionSpec, id) as Section;
}

export function moveSection(ctx: WriteContext, id: string, toIndex: number): Guide {
  requireLive(ctx.db, sectionSpec, id);
  renumber(ctx, sectionSpec, moveInList(liveSections(ctx.db), id, toIndex));
  return getGuide(ctx.db);
}

function checkDimension(db: ReadableDb, dimensionId: string | null | undefined): void {
  if (dimensionId) requireLive(db, dimensionSpec, dimensionId);
}

export function createQuestion(
  ctx: WriteContext,
  sectionId: string,
  fields: Partial<QuestionFields> & Pick<QuestionFields, 'type' | 'text'>,
  toIndex?: number,
): Question {
  requireLive(ctx.db, sectionSpec, sectionId);
  checkDimension(ctx.db, fields.dimensionId);
  const siblings = liveQuestions(ctx.db, sectionId);
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, questionSpec, { ...questionDefaults, ...fields, sectionId, position: siblings.length });
  if (toIndex !== undefined) renumber(ctx, questionSpec, moveInList(liveQuestions(ctx.db, sectionId), id, toIndex));
  return requireEntity(ctx.db, questionSpec, id) as Question;
}

export function updateQuestion(ctx: WriteContext, id: string, patch: Partial<QuestionFields>, base: Partial<QuestionFields> = {}): Question {
  requireLive(ctx.db, questionSpec, id);
  checkDimension(ctx.db, patch.dimensionId);
  updateEntity(ctx.db, ctx.clock, ctx.author, questionSpec, id, patch, base);
  return requireEntity(ctx.db, questionSpec, id) as Question;
}

/** Soft-deletes a question. Answers already given stay in the interviews that hold a snapshot of the guide. */
export function deleteQuestion(ctx: WriteContext, id: string, deleted: boolean): Question {
  const question = requireEntity(ctx.db, questionSpec, id);
  setDeleted(ctx.db, ctx.clock, ctx.author, questionSpec, id, deleted);
  renumber(ctx, questionSpec, liveQuestions(ctx.db, question.sectionId));
  return requireEntity(ctx.db, questionSpec, id) as Question;
}

export function moveQuestion(ctx: WriteContext, id: string, sectionId: string, toIndex: number): Guide {
  const question = requireLive(ctx.db, questionSpec, id);
  requireLive(ctx.db, sectionSpec, sectionId);
  if (question.sectionId !== sectionId) {
    updateEntity(ctx.db, ctx.clock, ctx.author, questionSpec, id, { sectionId });
    renumber(ctx, questionSpec, liveQuestions(ctx.db, question.sectionId));
  }
  renumber(ctx, questionSpec, moveInList(liveQuestions(ctx.db, sectionId), id, toIndex));
  return getGuide(ctx.db);
}

export function updateDimension(ctx: WriteContext, id: string, patch: Partial<DimensionFields>, base: Partial<DimensionFields> = {}): Dimension {
  requireLive(ctx.db, dimensionSpec, id);
  updateEntity(ctx.db, ctx.clock, ctx.author, dimensionSpec, id, patch, base);
  return requireEntity(ctx.db, dimensionSpec, id) as Dimension;
}

export function listCodes(db: ReadableDb, includeDeleted = false): Code[] {
  return (listEntities(db, codeSpec, { includeDeleted, orderBy: 'position, id' }) as Code[]).map(withDefaultColour);
}

function getCode(db: ReadableDb, id: string): Code {
  return withDefaultColour(requireEntity(db, codeSpec, id) as Code);
}

export function createCode(ctx: WriteContext, fields: Partial<CodeFields> & Pick<CodeFields, 'code' | 'label' | 'polarity'>): Code {
  checkDimension(ctx.db, fields.dimensionId);
  checkParent(ctx.db, null, fields.parentId);
  const position = listCodes(ctx.db).length;
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, codeSpec, {
    position,
    definition: emptyText,
    dimensionId: null,
    parentId: null,
    colour: '',
    ...fields,
    code: fields.code.trim(),
  });
  return getCode(ctx.db, id);
}

export function updateCode(ctx: WriteContext, id: string, patch: Partial<CodeFields>, base: Partial<CodeFields> = {}): Code {
  requireEntity(ctx.db, codeSpec, id);
  checkDimension(ctx.db, patch.dimensionId);
  checkParent(ctx.db, id, patch.parentId);
  updateEntity(ctx.db, ctx.clock, ctx.author, codeSpec, id, patch, base);
  return getCode(ctx.db, id);
}

export function deleteCode(ctx: WriteContext, id: string, deleted: boolean): Code {
  setDeleted(ctx.db, ctx.clock, ctx.author, codeSpec, id, deleted);
  return getCode(ctx.db, id);
}

export function getSection(db: ReadableDb, id: string): Section {
  return requireEntity(db, sectionSpec, id) as Section;
}

export function getQuestion(db: ReadableDb, id: string): Question {
  return requireEntity(db, questionSpec, id) as Question;
}
