// The encrypted share container and share copies: round trips on real files, and every bad input refused with a
// clear code and nothing written or changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import { errorMessage } from '../../shared/i18n/errors';
import {
  CONTAINER_MAGIC,
  DEFAULT_KDF,
  decryptToTempFile,
  describeContainer,
  encryptFile,
  isEncryptedContainer,
} from '../../electron/core/exchange/container';
import { shareCopy, unsealCopy } from '../../electron/core/exchange/share';
import { makeCore, sha256, tempDir } from './helpers';

/** A cheaper scrypt cost for tests; the default is checked once on its own. */
const kdf = { log2N: 14, r: 8, p: 1 };
const passphrase = 'correct paard batterij nietje';

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an AppError');
}

function plainFile(bytes = 200_000): string {
  const file = path.join(tempDir(), 'plain.bin');
  fs.writeFileSync(file, Buffer.from(Array.from({ length: bytes }, (_, i) => (i * 7919) % 251)));
  return file;
}

function sealed(source = plainFile()): string {
  const target = path.join(tempDir(), 'sealed.inventaris');
  encryptFile(source, target, passphrase, { kdf });
  return target;
}

function tempFoldersNow(): string[] {
  return fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('inventaris-open-'));
}

describe('the container', () => {
  it('round-trips a file, larger than one chunk, byte for byte', () => {
    const source = plainFile(2_500_000);
    const target = sealed(source);
    expect(isEncryptedContainer(target)).toBe(true);
    expect(isEncryptedContainer(source)).toBe(false);
    const plain = decryptToTempFile(target, passphrase);
    expect(sha256(plain.path)).toBe(sha256(source));
    plain.cleanup();
    expect(fs.existsSync(plain.path)).toBe(false);
  });

  it('starts with the magic bytes and format version 1, and records the KDF parameters (default scrypt 2^17, r 8)', () => {
    const target = path.join(tempDir(), 'default.inventaris');
    encryptFile(plainFile(1000), target, passphrase);
    const bytes = fs.readFileSync(target);
    expect(bytes.subarray(0, CONTAINER_MAGIC.length).equals(CONTAINER_MAGIC)).toBe(true);
    expect(bytes.readUInt16BE(CONTAINER_MAGIC.length)).toBe(1);
    expect(describeContainer(target)).toEqual({ formatVersion: 1, kdf: DEFAULT_KDF, plaintextBytes: 1000 });
    expect(decryptToTempFile(target, passphrase).cleanup).toBeTypeOf('function');
  });

  it('uses a fresh salt and nonce each time, so the same file never seals to the same bytes', () => {
    const source = plainFile(5000);
    expect(sha256(sealed(source))).not.toBe(sha256(sealed(source)));
  });

  it('accepts the passphrase typed in another Unicode normal form', () => {
    const target = path.join(tempDir(), 'nfc.inventaris');
    const source = plainFile(100);
    encryptFile(source, target, 'wachtwoord café', { kdf });
    const plain = decryptToTempFile(target, 'wachtwoord cafe\u0301');
    expect(sha256(plain.path)).toBe(sha256(source));
    plain.cleanup();
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and leaves no plaintext behind', () => {
    const target = sealed();
    const hash = sha256(target);
    const before = tempFoldersNow();
    expect(codeOf(() => decryptToTempFile(target, 'verkeerd wachtwoord'))).toBe('WRONG_PASSPHRASE');
    expect(tempFoldersNow()).toEqual(before);
    expect(sha256(target)).toBe(hash);
  });

  it('refuses a container cut short with CONTAINER_TRUNCATED, wherever it was cut', () => {
    const full = fs.readFileSync(sealed());
    for (const keep of [14, 40, 70, full.length - 17, full.length - 1]) {
      const cut = path.join(tempDir(), `cut-${keep}.inventaris`);
      fs.writeFileSync(cut, full.subarray(0, keep));
      expect(codeOf(() => decryptToTempFile(cut, passphrase)), `cut at ${keep}`).toBe('CONTAINER_TRUNCATED');
    }
  });

  it('refuses a container of a newer format version with CONTAINER_TOO_NEW, naming both versions', () => {
    const bytes = fs.readFileSync(sealed());
    bytes.writeUInt16BE(2, CONTAINER_MAGIC.length);
    const newer = path.join(tempDir(), 'newer.inventaris');
    fs.writeFileSync(newer, bytes);
    try {
      decryptToTempFile(newer, passphrase);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as AppError).code).toBe('CONTAINER_TOO_NEW');
      const message = errorMessage('CONTAINER_TOO_NEW', 'nl', (error as AppError).params);
      expect(message).toContain('formaatversie 2');
      expect(message).toContain('t/m 1');
    }
  });

  it('detects a changed header byte (authenticated) and a changed content byte alike', () => {
    const original = fs.readFileSync(sealed());
    const header = Buffer.from(original);
    header[40] = header[40]! ^ 0x01; // a salt byte: part of the authenticated header
    const content = Buffer.from(original);
    content[content.length - 100] = content[content.length - 100]! ^ 0x40;
    for (const [name, bytes] of [['header', header], ['content', content]] as const) {
      const file = path.join(tempDir(), `${name}.inventaris`);
      fs.writeFileSync(file, bytes);
      expect(codeOf(() => decryptToTempFile(file, passphrase)), name).toBe('WRONG_PASSPHRASE');
    }
  });

  it('refuses KDF parameters outside sane limits as damaged instead of running them', () => {
    const bytes = fs.readFileSync(sealed());
    bytes.writeUInt8(40, CONTAINER_MAGIC.length + 5); // log2N = 40 would need terabytes
    const file = path.join(tempDir(), 'greedy.inventaris');
    fs.writeFileSync(file, bytes);
    expect(codeOf(() => decryptToTempFile(file, passphrase))).toBe('CONTAINER_DAMAGED');
  });

  it('refuses a passphrase shorter than 8 characters when sealing, writing nothing', () => {
    const dir = tempDir();
    expect(codeOf(() => encryptFile(plainFile(10), path.join(dir, 'x.inventaris'), 'kort', { kdf }))).toBe('PASSPHRASE_TOO_SHORT');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

async function inventoryWithForgottenRespondent() {
  const core = makeCore();
  const file = path.join(core.dir, 'foodvalley.inventaris');
  await core.client.call('files.create', { path: file, fields: { title: 'Foodvalley' } });
  const org = await core.client.call('organisations.create', { fields: { name: 'Gemeente Ede', kind: 'municipality', notes: '' } });
  const person = await core.client.call('respondents.create', {
    fields: { organisationId: org.id, name: 'Wilhelmina Geheimnaam', role: 'procurement', email: 'w.geheimnaam@ede.nl' },
  });
  await core.client.call('respondents.create', { fields: { organisationId: org.id, name: 'Pieter Blijft', role: 'policy' } });
  await core.client.call('respondents.forget', { id: person.id });
  return { core, file };
}

describe('a share copy', () => {
  it('is one clean file: no side files, no free pages, nothing of a forgotten respondent', async () => {
    const { core } = await inventoryWithForgottenRespondent();
    const out = tempDir();
    const target = path.join(out, 'gedeeld.inventaris');
    const result = shareCopy(core.session.requireFile(), target);
    expect(result.encrypted).toBe(false);
    expect(fs.readdirSync(out)).toEqual(['gedeeld.inventaris']);
    const raw = fs.readFileSync(target).toString('latin1');
    expect(raw).not.toContain('Geheimnaam');
    expect(raw).not.toContain('geheimnaam@ede.nl');
    expect(raw).toContain('Pieter Blijft');
    const db = new Database(target, { readonly: true });
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('sealed with a passphrase holds no readable text, and opens again into an identical inventory', async () => {
    const { core } = await inventoryWithForgottenRespondent();
    const out = tempDir();
    const target = path.join(out, 'versleuteld.inventaris');
    const result = shareCopy(core.session.requireFile(), target, { passphrase, passphraseRepeat: passphrase, kdf });
    expect(result.encrypted).toBe(true);
    expect(fs.readdirSync(out)).toEqual(['versleuteld.inventaris']);
    expect(fs.readFileSync(target).toString('latin1')).not.toContain('Pieter Blijft');
    const opened = unsealCopy(target, passphrase, path.join(out, 'geopend.inventaris'));
    const db = new Database(opened, { readonly: true });
    expect(db.prepare('SELECT name FROM respondents WHERE forgotten_at IS NULL').pluck().all()).toEqual(['Pieter Blijft']);
    expect(db.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(
      core.session.requireFile().db.prepare('SELECT count(*) FROM change_log').pluck().get(),
    );
    db.close();
  });

  it('refuses two different passphrases, a short one and an existing target, writing nothing', async () => {
    const { core, file } = await inventoryWithForgottenRespondent();
    const out = tempDir();
    const target = path.join(out, 'x.inventaris');
    const open = core.session.requireFile();
    expect(codeOf(() => shareCopy(open, target, { passphrase, passphraseRepeat: `${passphrase}!` }))).toBe('PASSPHRASE_MISMATCH');
    expect(codeOf(() => shareCopy(open, target, { passphrase: 'kort', passphraseRepeat: 'kort' }))).toBe('PASSPHRASE_TOO_SHORT');
    expect(codeOf(() => shareCopy(open, file))).toBe('FILE_EXISTS');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('opening a sealed copy with the wrong passphrase writes no file', async () => {
    const { core } = await inventoryWithForgottenRespondent();
    const out = tempDir();
    const target = path.join(out, 'versleuteld.inventaris');
    shareCopy(core.session.requireFile(), target, { passphrase, kdf });
    expect(codeOf(() => unsealCopy(target, 'helemaal fout', path.join(out, 'open.inventaris')))).toBe('WRONG_PASSPHRASE');
    expect(fs.readdirSync(out)).toEqual(['versleuteld.inventaris']);
  });

  it('a sealed file that is not an inventory inside is refused as damaged', () => {
    const target = sealed(plainFile(4096));
    const out = path.join(tempDir(), 'open.inventaris');
    expect(codeOf(() => unsealCopy(target, passphrase, out))).toBe('CONTAINER_DAMAGED');
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('through the contract', () => {
  it('files.open on a sealed copy asks for the passphrase; share.openEncrypted opens it beside the copy', async () => {
    const { core } = await inventoryWithForgottenRespondent();
    const out = tempDir();
    const target = path.join(out, 'deel.inventaris');
    await core.client.call('share.create', { path: target, passphrase, passphraseRepeat: passphrase });
    const colleague = makeCore();
    await expect(colleague.client.call('files.open', { path: target })).rejects.toMatchObject({ info: { code: 'PASSPHRASE_REQUIRED' } });
    expect(await colleague.client.call('share.inspect', { path: target })).toEqual({ encrypted: true });
    await expect(colleague.client.call('share.openEncrypted', { path: target, passphrase: 'niet het goede' })).rejects.toMatchObject({
      info: { code: 'WRONG_PASSPHRASE', message: expect.stringContaining('wachtwoord klopt niet') },
    });
    const opened = await colleague.client.call('share.openEncrypted', { path: target, passphrase });
    expect(opened.path).toBe(path.join(out, 'deel (geopend).inventaris'));
    expect(opened.inventory.title).toBe('Foodvalley');
    expect(opened.readOnly).toBe(false);
  });
});

describe('an encrypted share copy merged back', () => {
  it('share → encrypted file → merge into the original changes nothing', async () => {
    const { core, file } = await inventoryWithForgottenRespondent();
    const sealedCopy = path.join(tempDir(), 'terug.inventaris');
    await core.client.call('share.create', { path: sealedCopy, passphrase, passphraseRepeat: passphrase });
    core.session.close();
    const hash = sha256(file);
    await core.client.call('files.open', { path: file });
    const summary = await core.client.call('merge.run', { path: sealedCopy, passphrase });
    expect(summary.nothingNew).toBe(true);
    expect(summary.changes).toBe(0);
    core.session.close();
    expect(sha256(file)).toBe(hash);
  });

  it("a colleague's work in an encrypted copy comes in with the passphrase; without it or with a wrong one nothing changes", async () => {
    const { core, file } = await inventoryWithForgottenRespondent();
    const out = tempDir();
    const sealedCopy = path.join(out, 'naar-anna.inventaris');
    await core.client.call('share.create', { path: sealedCopy, passphrase, passphraseRepeat: passphrase });
    // Anna opens it, adds an organisation and sends it back sealed.
    const anna = makeCore();
    await anna.client.call('share.openEncrypted', { path: sealedCopy, passphrase });
    await anna.client.call('organisations.create', { fields: { name: 'Gemeente Renswoude', kind: 'municipality', notes: '' } });
    const back = path.join(out, 'van-anna.inventaris');
    await anna.client.call('share.create', { path: back, passphrase, passphraseRepeat: passphrase });
    anna.session.close();
    core.session.close();
    const hash = sha256(file);
    await core.client.call('files.open', { path: file });
    await expect(core.client.call('merge.run', { path: back })).rejects.toMatchObject({ info: { code: 'PASSPHRASE_REQUIRED' } });
    await expect(core.client.call('merge.run', { path: back, passphrase: 'helemaal niet goed' })).rejects.toMatchObject({ info: { code: 'WRONG_PASSPHRASE' } });
    core.session.close();
    expect(sha256(file)).toBe(hash);
    await core.client.call('files.open', { path: file });
    const summary = await core.client.call('merge.run', { path: back, passphrase });
    expect(summary.nothingNew).toBe(false);
    expect((await core.client.call('organisations.list', {})).map((o) => o.name)).toContain('Gemeente Renswoude');
  });
});
