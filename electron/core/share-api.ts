// Handlers of sharing a copy, backups, shared-folder presence and reusing a guide. Validation happened in the
// registry; each step that changes the open file makes a backup first.
import path from 'node:path';
import type { MethodName } from '../../shared/contract/methods';
import type { Backup } from '../../shared/contract/share';
import { errorMessage } from '../../shared/i18n/errors';
import { shareStrings } from '../../shared/i18n/share';
import { HybridClock } from './db/clock';
import { writable, type WritableDb } from './db/file';
import { backupFolder, backupOptionsFor, backupsToKeep, copyBackupOver, createBackup, findBackup, listBackups, scrubBackups, verifyBackup, type BackupEntry } from './exchange/backups';
import { isEncryptedContainer } from './exchange/container';
import { importGuideParts, previewOf, readGuideSource } from './exchange/reuse';
import { openedCopyPath, shareCopy, unsealCopy } from './exchange/share';
import { findConflictedCopies } from './exchange/sync-copies';
import { getInventory } from './inventories/inventory';
import { forgottenRespondentLabel } from '../../shared/i18n/domain';
import * as respondents from './people/respondents';
import type { Handler } from './registry';
import type { Session } from './session';
import { write } from './unit-of-work';

type ShareMethod = Extract<MethodName, `${'share' | 'backups' | 'presence' | 'reuse'}.${string}`>;

function toBackup(entry: BackupEntry): Backup {
  const { id, createdAt, reason, sourcePath, appVersion, schemaVersion, inventoryTitle, counts, sizeBytes } = entry;
  return { id, createdAt, reason, sourcePath, appVersion, schemaVersion, inventoryTitle, counts, sizeBytes };
}

function inventoryIdOf(session: Session): string {
  return getInventory(session.requireFile().db).id;
}

/** A free path beside `file` with a suffix: "naam (suffix).inventaris", "naam (suffix 2).inventaris", … */
function besideWithSuffix(file: string, suffix: string): string {
  return openedCopyPath(file, suffix);
}

/**
 * Respondents forgotten in the file now stay forgotten when an older backup is restored: their rows in the restored
 * content are forgotten again, in one logged transaction.
 */
function reforget(session: Session, forgottenIds: readonly string[]): void {
  if (forgottenIds.length === 0) return;
  write(session, ['respondents', 'notes', 'interviews', 'answers', 'sessions'], (ctx) => {
    const language = (ctx.db.prepare('SELECT language FROM inventory').get() as { language: 'nl' | 'en' }).language;
    for (const id of forgottenIds) {
      const row = ctx.db.prepare('SELECT forgotten_at FROM respondents WHERE id = ?').get(id) as { forgotten_at: string | null } | undefined;
      if (!row || row.forgotten_at) continue;
      const person = respondents.getRespondent(ctx.db, id);
      respondents.forgetRespondent(ctx, id, forgottenRespondentLabel(person.role, person.organisationName, language));
    }
  });
}

/**
 * After respondents are forgotten in the open file (here, or by a merge that brought a colleague's forgetting),
 * forgets them in every backup of the inventory too, in one pass over the backups (a backup of an older schema
 * version is left out of this only if it cannot be read, and is then removed).
 */
export function forgetInBackups(session: Session, respondentIds: readonly string[]): void {
  if (respondentIds.length === 0) return;
  const file = session.requireFile();
  const inventoryId = getInventory(file.db).id;
  const author = session.author;
  scrubBackups(session.env.config.dir, inventoryId, (db) => {
    const clock = new HybridClock(author.deviceId);
    const latest = (db.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null }).hlc;
    if (latest) clock.observe(latest);
    const ctx = { db: db as WritableDb, clock, author };
    const language = (db.prepare('SELECT language FROM inventory').get() as { language: 'nl' | 'en' }).language;
    for (const respondentId of respondentIds) {
      const row = db.prepare('SELECT forgotten_at FROM respondents WHERE id = ?').get(respondentId) as { forgotten_at: string | null } | undefined;
      if (!row || row.forgotten_at) continue;
      const person = respondents.getRespondent(ctx.db, respondentId);
      respondents.forgetRespondent(ctx, respondentId, forgottenRespondentLabel(person.role, person.organisationName, language));
    }
  });
}

/** The respondents forgotten in the open file. */
export function forgottenRespondentIds(session: Session): Set<string> {
  return new Set(session.requireFile().db.prepare('SELECT id FROM respondents WHERE forgotten_at IS NOT NULL').pluck().all() as string[]);
}

export const shareHandlers: { readonly [M in ShareMethod]: Handler<M> } = {
  'share.create': ({ path: target, passphrase, passphraseRepeat }, s) => {
    const file = s.requireFile();
    const absolute = path.resolve(target).toLowerCase().endsWith('.inventaris') ? path.resolve(target) : `${path.resolve(target)}.inventaris`;
    const result = shareCopy(file, absolute, { passphrase, passphraseRepeat });
    return { path: result.path, encrypted: result.encrypted, sizeBytes: result.sizeBytes };
  },
  'share.suggestPath': (_, s) => ({ path: besideWithSuffix(s.requireFile().path, shareStrings(s.language).shareSuffix) }),
  'share.inspect': ({ path: file }) => ({ encrypted: isEncryptedContainer(path.resolve(file)) }),
  'share.openEncrypted': ({ path: sealed, passphrase, target }, s) => {
    const destination = target ? path.resolve(target) : openedCopyPath(sealed, shareStrings(s.language).openedSuffix);
    const opened = unsealCopy(sealed, passphrase, destination);
    return s.open(opened);
  },

  'backups.list': (_, s) => {
    const config = s.env.config;
    const inventoryId = inventoryIdOf(s);
    const problem = s.backupProblem;
    return {
      backups: listBackups(config.dir, inventoryId).map(toBackup),
      folder: backupFolder(config.dir, inventoryId),
      keep: backupsToKeep(config),
      problem: problem ? errorMessage(problem.code, s.language, problem.params) : null,
    };
  },
  'backups.create': (_, s) => {
    const made = toBackup(createBackup(s.requireFile(), 'manual', backupOptionsFor(s.env.config)));
    s.changed('backups');
    return made;
  },
  'backups.restore': async ({ id }, s) => {
    const file = s.requireFile();
    writable(file);
    const inventoryId = inventoryIdOf(s);
    const config = s.env.config;
    const backup = findBackup(config.dir, inventoryId, id);
    verifyBackup(backup, inventoryId);
    const safety = createBackup(file, 'restore', backupOptionsFor(config));
    const forgotten = (file.db.prepare('SELECT id FROM respondents WHERE forgotten_at IS NOT NULL').pluck().all() as string[]);
    const reopened = await s.replaceContent(() => copyBackupOver(backup, file.path));
    reforget(s, forgotten);
    s.changed('backups', ...Object.keys(backup.counts));
    return { restored: toBackup(backup), safety: toBackup(safety), file: s.describe() ?? reopened };
  },

  'presence.status': (_, s) => {
    const file = s.requireFile();
    const report = s.presence();
    return { ...report, conflictedCopies: findConflictedCopies(file, inventoryIdOf(s)) };
  },
  'presence.reopenReadOnly': (_, s) => s.replaceContent(() => undefined, { readOnly: true }),
  'presence.personalCopy': (_, s) => {
    const file = s.requireFile();
    const target = besideWithSuffix(file.path, shareStrings(s.language).personalSuffix(s.author.name));
    shareCopy(file, target);
    return s.open(target);
  },

  'reuse.preview': ({ path: file, passphrase }, s) => previewOf(file, readGuideSource(file, passphrase), inventoryIdOf(s)),
  'reuse.import': ({ path: file, passphrase, parts, mode }, s) => {
    const current = s.requireFile();
    writable(current);
    const source = readGuideSource(file, passphrase);
    const backup = createBackup(current, 'import', backupOptionsFor(s.env.config));
    const counts = write(s, ['guide', 'codes'], (ctx) => importGuideParts(ctx, source, parts, mode));
    return { ...counts, backupId: backup.id };
  },
};
