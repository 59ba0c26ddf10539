// Reusing last project's guide: read the interview guide, maturity model and codebook of another inventory file
// (any inventory; only those parts are read, and validated like any incoming file) and add them to the open one
// as copies with new ids, through the entity gateway so every field lands in the change log.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { guideSchema, type Guide } from '../../../shared/contract/fieldwork';
import type { ReusePart, ReusePreview, ReuseResult } from '../../../shared/contract/share';
import { levels } from '../../../shared/template/types';
import { insertEntity, listEntities, setDeleted, type EntitySpec } from '../db/entities';
import { inspectHeader, migrate, type ReadableDb } from '../db/file';
import { latestSchemaVersion } from '../db/migrations';
import { nativeOptions } from '../db/native';
import { codeSpec, dimensionSpec, getGuide, questionSpec, sectionSpec, updateLevelName } from '../guides/guide';
import type { WriteContext } from '../unit-of-work';
import { decryptToTempFile, isEncryptedContainer } from './container';

export interface GuideSource {
  readonly inventoryId: string;
  readonly inventoryTitle: string;
  readonly guide: Guide;
}

/** Opens `file` read-only (decrypting or migrating a temporary copy when needed) and hands its database to `work`. */
function withSourceDb<T>(file: string, passphrase: string | undefined, work: (db: Database.Database) => T): T {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute)) throw new AppError('FILE_NOT_FOUND', { path: absolute });
  const cleanups: (() => void)[] = [];
  try {
    let readable = absolute;
    if (isEncryptedContainer(absolute)) {
      if (!passphrase) throw new AppError('PASSPHRASE_REQUIRED', { path: absolute });
      const plain = decryptToTempFile(absolute, passphrase);
      cleanups.push(plain.cleanup);
      readable = plain.path;
    }
    let header;
    try {
      header = inspectHeader(readable);
    } catch (error) {
      if (error instanceof AppError && error.code === 'FOREIGN_FILE') throw new AppError('NO_GUIDE_IN_FILE', { path: absolute });
      if (error instanceof AppError) throw new AppError(error.code, { ...error.params, path: absolute });
      throw error;
    }
    let db: Database.Database;
    if (header.userVersion < latestSchemaVersion) {
      // An older file is read from a migrated temporary copy; the file itself is never written.
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-reuse-'));
      cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
      const copy = path.join(folder, 'source.inventaris');
      fs.copyFileSync(readable, copy);
      db = new Database(copy, nativeOptions());
      migrate(db, null);
    } else {
      db = new Database(readable, { ...nativeOptions(), readonly: true, fileMustExist: true });
    }
    cleanups.unshift(() => db.close());
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new AppError('CORRUPT', { path: absolute });
    return work(db);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('CORRUPT', { path: absolute });
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}

/** The guide parts of another inventory file, validated against the domain schemas. */
export function readGuideSource(file: string, passphrase?: string): GuideSource {
  const absolute = path.resolve(file);
  return withSourceDb(absolute, passphrase, (db) => {
    const inventory = db.prepare('SELECT id, title FROM inventory LIMIT 1').get() as { id: string; title: string } | undefined;
    if (!inventory) throw new AppError('CORRUPT', { path: absolute });
    const parsed = guideSchema.safeParse(getGuide(db as ReadableDb));
    if (!parsed.success) throw new AppError('CORRUPT', { path: absolute });
    return { inventoryId: String(inventory.id), inventoryTitle: String(inventory.title), guide: parsed.data };
  });
}

export function previewOf(file: string, source: GuideSource, currentInventoryId: string): ReusePreview {
  const { guide } = source;
  return {
    path: path.resolve(file),
    inventoryTitle: source.inventoryTitle,
    sameInventory: source.inventoryId === currentInventoryId,
    guide: guide.sections.map((s) => ({ title: s.title, questions: s.questions.map((q) => q.text) })),
    maturity: { levels: guide.levels.map((l) => l.name), dimensions: guide.dimensions.map((d) => ({ code: d.code, name: d.name })) },
    codebook: guide.codes.map((c) => ({ code: c.code, label: c.label, polarity: c.polarity })),
  };
}

/**
 * Adds the chosen parts of `source` to the open inventory as new rows. 'append' adds after what is there and skips
 * dimensions and codes whose code already exists (references then point at the existing one); 'replace' first
 * soft-deletes the current rows of those parts, so the step can be undone from the bin or a backup.
 * Run inside the caller's transaction.
 */
export function importGuideParts(ctx: WriteContext, source: GuideSource, parts: readonly ReusePart[], mode: 'append' | 'replace'): Omit<ReuseResult, 'backupId'> {
  const wanted = new Set(parts);
  const { guide } = source;
  const result = { sections: 0, questions: 0, dimensions: 0, levels: 0, codes: 0 };
  const { db, clock, author } = ctx;

  const clear = <T>(spec: EntitySpec<T>) => {
    if (mode !== 'replace') return;
    for (const row of listEntities(db, spec)) setDeleted(db, clock, author, spec, row.id, true);
  };

  // Old dimension id -> id in this file: a new copy, or the live dimension with the same code.
  const dimensionIds = new Map<string, string>();
  if (wanted.has('maturity')) {
    clear(dimensionSpec);
    for (const level of guide.levels) {
      if (!levels.includes(level.level)) continue;
      updateLevelName(ctx, level.level, level.name);
      result.levels += 1;
    }
  }
  const liveDimensions = () => new Map(listEntities(db, dimensionSpec).map((d) => [d.code, d.id]));
  let existingDimensions = liveDimensions();
  if (wanted.has('maturity')) {
    let position = existingDimensions.size;
    for (const dimension of guide.dimensions) {
      const existing = existingDimensions.get(dimension.code);
      if (existing) {
        dimensionIds.set(dimension.id, existing);
        continue;
      }
      const id = insertEntity(db, clock, author, dimensionSpec, {
        code: dimension.code,
        position: position++,
        name: dimension.name,
        description: dimension.description,
        descriptors: dimension.descriptors,
      });
      dimensionIds.set(dimension.id, id);
      result.dimensions += 1;
    }
    existingDimensions = liveDimensions();
  }
  const codeOf = new Map(guide.dimensions.map((d) => [d.id, d.code]));
  const dimensionFor = (oldId: string | null): string | null => {
    if (!oldId) return null;
    return dimensionIds.get(oldId) ?? existingDimensions.get(codeOf.get(oldId) ?? '') ?? null;
  };

  if (wanted.has('codebook')) {
    clear(codeSpec);
    const existingCodes = new Map(listEntities(db, codeSpec).map((c) => [c.code, c.id]));
    let position = existingCodes.size;
    // Old code id -> id here. Parents go in before their children; a parent that never comes (a cycle in a crafted
    // file) leaves the child at the top level.
    const codeIds = new Map<string, string>();
    const known = new Set(guide.codes.map((c) => c.id));
    let pending = [...guide.codes];
    while (pending.length > 0) {
      const ready = pending.filter((c) => !c.parentId || !known.has(c.parentId) || codeIds.has(c.parentId));
      const batch = ready.length > 0 ? ready : pending;
      for (const code of batch) {
        const existing = existingCodes.get(code.code);
        if (existing) {
          codeIds.set(code.id, existing);
          continue;
        }
        const id = insertEntity(db, clock, author, codeSpec, {
          code: code.code,
          position: position++,
          label: code.label,
          polarity: code.polarity,
          definition: code.definition,
          dimensionId: dimensionFor(code.dimensionId),
          parentId: code.parentId ? (codeIds.get(code.parentId) ?? null) : null,
          colour: code.colour,
        });
        codeIds.set(code.id, id);
        existingCodes.set(code.code, id);
        result.codes += 1;
      }
      pending = pending.filter((c) => !batch.includes(c));
    }
  }

  if (wanted.has('guide')) {
    if (mode === 'replace') {
      for (const question of listEntities(db, questionSpec)) setDeleted(db, clock, author, questionSpec, question.id, true);
    }
    clear(sectionSpec);
    let sectionPosition = listEntities(db, sectionSpec).length;
    for (const section of guide.sections) {
      const sectionId = insertEntity(db, clock, author, sectionSpec, { position: sectionPosition++, title: section.title, intro: section.intro });
      result.sections += 1;
      section.questions.forEach((question, position) => {
        insertEntity(db, clock, author, questionSpec, {
          sectionId,
          position,
          code: question.code,
          type: question.type,
          text: question.text,
          help: question.help,
          roles: [...question.roles],
          dimensionId: dimensionFor(question.dimensionId),
          options: question.options.map((o) => ({ key: o.key, label: o.label })),
          scale: question.scale,
          maxChoices: question.maxChoices,
          choicesFromCodebook: question.choicesFromCodebook,
          unit: question.unit,
        });
        result.questions += 1;
      });
    }
  }
  return result;
}
