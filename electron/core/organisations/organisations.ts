// Organisations being inventoried (municipalities, provinces, ...), with counts for the overview table.
import type { Organisation, OrganisationFields } from '../../../shared/contract/fieldwork';
import { insertEntity, requireEntity, setDeleted, text, updateEntity, type EntitySpec } from '../db/entities';
import type { ReadableDb } from '../db/file';
import type { WriteContext } from '../unit-of-work';

export const organisationSpec: EntitySpec<OrganisationFields> = {
  table: 'organisations',
  fields: { name: text('name'), kind: text('kind'), notes: text('notes') },
};

const selectWithCounts = `
  SELECT o.*,
    (SELECT count(*) FROM respondents r WHERE r.organisation_id = o.id AND r.deleted_at IS NULL) AS respondent_count,
    (SELECT count(*) FROM interviews i WHERE i.organisation_id = o.id AND i.deleted_at IS NULL) AS interview_count
  FROM organisations o`;

function fromRow(row: Record<string, unknown>): Organisation {
  return {
    id: row.id as string,
    name: row.name as string,
    kind: row.kind as Organisation['kind'],
    notes: row.notes as string,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    deletedAt: (row.deleted_at as string | null) ?? null,
    respondentCount: row.respondent_count as number,
    interviewCount: row.interview_count as number,
  };
}

export function listOrganisations(db: ReadableDb, includeDeleted = false): Organisation[] {
  const where = includeDeleted ? '' : 'WHERE o.deleted_at IS NULL';
  return (db.prepare(`${selectWithCounts} ${where} ORDER BY o.name COLLATE NOCASE, o.id`).all() as Record<string, unknown>[]).map(fromRow);
}

export function getOrganisation(db: ReadableDb, id: string): Organisation {
  requireEntity(db, organisationSpec, id);
  return fromRow(db.prepare(`${selectWithCounts} WHERE o.id = ?`).get(id) as Record<string, unknown>);
}

export function createOrganisation(ctx: WriteContext, fields: Partial<OrganisationFields> & Pick<OrganisationFields, 'name' | 'kind'>): Organisation {
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, organisationSpec, { notes: '', ...fields, name: fields.name.trim() });
  return getOrganisation(ctx.db, id);
}

export function updateOrganisation(ctx: WriteContext, id: string, patch: Partial<OrganisationFields>, base: Partial<OrganisationFields> = {}): Organisation {
  updateEntity(ctx.db, ctx.clock, ctx.author, organisationSpec, id, patch.name === undefined ? patch : { ...patch, name: patch.name.trim() }, base);
  return getOrganisation(ctx.db, id);
}

export function deleteOrganisation(ctx: WriteContext, id: string, deleted: boolean): Organisation {
  setDeleted(ctx.db, ctx.clock, ctx.author, organisationSpec, id, deleted);
  return getOrganisation(ctx.db, id);
}
