// The encrypted share container: an inventory file sealed with a passphrase (AES-256-GCM, key from scrypt), in a
// small versioned format documented in docs/share-format.md. The whole header is authenticated as associated data,
// so a changed KDF parameter or length is detected like a changed byte of content. Plaintext is only ever written
// to a private temporary file and is removed again unless the authentication tag checks out.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';

/** "INVTSEAL" then CR LF SUB LF: catches text-mode transfers that rewrite line ends, like PNG's signature. */
export const CONTAINER_MAGIC = Buffer.from([0x49, 0x4e, 0x56, 0x54, 0x53, 0x45, 0x41, 0x4c, 0x0d, 0x0a, 0x1a, 0x0a]);
export const CONTAINER_FORMAT_VERSION = 1;
export const MIN_PASSPHRASE_LENGTH = 8;

const KDF_SCRYPT = 1;
const CIPHER_AES_256_GCM = 1;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** Header of format version 1: magic, then the fixed fields below; see docs/share-format.md. */
const HEADER_V1_BYTES = CONTAINER_MAGIC.length + 2 + 2 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 8 + SALT_BYTES + NONCE_BYTES;
const CHUNK_BYTES = 1024 * 1024;

/** scrypt cost N = 2^log2N; 2^17 with r = 8 takes a few hundred milliseconds and 128 MiB, per OWASP guidance. */
export const DEFAULT_KDF = { log2N: 17, r: 8, p: 1 } as const;
/** What a reader accepts, so a crafted header cannot make it allocate gigabytes or spin for minutes. */
const KDF_LIMITS = { log2N: [14, 20], r: [1, 16], p: [1, 4] } as const;

export interface KdfParams {
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
}

interface Header {
  readonly formatVersion: number;
  readonly headerBytes: number;
  readonly kdf: KdfParams;
  readonly salt: Buffer;
  readonly nonce: Buffer;
  readonly plaintextBytes: number;
  /** The exact header bytes, authenticated as associated data. */
  readonly raw: Buffer;
}

/** Normalised so the same passphrase typed on macOS (NFD input) and Windows (NFC) gives the same key. */
function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

export function checkPassphrase(passphrase: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('PASSPHRASE_TOO_SHORT', { min: MIN_PASSPHRASE_LENGTH });
  }
}

function deriveKey(passphrase: string, salt: Buffer, kdf: KdfParams): Buffer {
  const N = 2 ** kdf.log2N;
  return crypto.scryptSync(passphraseBytes(passphrase), salt, KEY_BYTES, { N, r: kdf.r, p: kdf.p, maxmem: 256 * N * kdf.r + 1024 * 1024 });
}

function encodeHeader(kdf: KdfParams, salt: Buffer, nonce: Buffer, plaintextBytes: number): Buffer {
  const header = Buffer.alloc(HEADER_V1_BYTES);
  let at = CONTAINER_MAGIC.copy(header, 0);
  at = header.writeUInt16BE(CONTAINER_FORMAT_VERSION, at);
  at = header.writeUInt16BE(HEADER_V1_BYTES, at);
  at = header.writeUInt8(KDF_SCRYPT, at);
  at = header.writeUInt8(kdf.log2N, at);
  at = header.writeUInt8(kdf.r, at);
  at = header.writeUInt8(kdf.p, at);
  at = header.writeUInt8(CIPHER_AES_256_GCM, at);
  at = header.writeUInt8(SALT_BYTES, at);
  at = header.writeUInt8(NONCE_BYTES, at);
  at = header.writeUInt8(TAG_BYTES, at);
  at = header.writeBigUInt64BE(BigInt(plaintextBytes), at);
  at += salt.copy(header, at);
  nonce.copy(header, at);
  return header;
}

function readPrefix(file: string, bytes: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw new AppError('FILE_NOT_FOUND', { path: file });
  }
  try {
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** True when the file starts with the container's magic bytes (whatever its name), false for anything else. */
export function isEncryptedContainer(file: string): boolean {
  try {
    return readPrefix(file, CONTAINER_MAGIC.length).equals(CONTAINER_MAGIC);
  } catch {
    return false;
  }
}

function within(value: number, [min, max]: readonly [number, number]): boolean {
  return value >= min && value <= max;
}

/** Reads and checks the header: CONTAINER_TOO_NEW, CONTAINER_TRUNCATED or CONTAINER_DAMAGED when it cannot be used. */
function readHeader(file: string): Header {
  const size = fs.statSync(file).size;
  const prefix = readPrefix(file, HEADER_V1_BYTES);
  if (!prefix.subarray(0, CONTAINER_MAGIC.length).equals(CONTAINER_MAGIC)) throw new AppError('NOT_SQLITE', { path: file });
  if (prefix.length < CONTAINER_MAGIC.length + 4) throw new AppError('CONTAINER_TRUNCATED', { path: file });
  const formatVersion = prefix.readUInt16BE(CONTAINER_MAGIC.length);
  if (formatVersion > CONTAINER_FORMAT_VERSION) {
    throw new AppError('CONTAINER_TOO_NEW', { path: file, found: formatVersion, supported: CONTAINER_FORMAT_VERSION });
  }
  if (formatVersion !== 1) throw new AppError('CONTAINER_DAMAGED', { path: file });
  if (prefix.length < HEADER_V1_BYTES) throw new AppError('CONTAINER_TRUNCATED', { path: file });
  let at = CONTAINER_MAGIC.length + 2;
  const headerBytes = prefix.readUInt16BE(at);
  const kdfId = prefix.readUInt8((at += 2));
  const kdf = { log2N: prefix.readUInt8((at += 1)), r: prefix.readUInt8((at += 1)), p: prefix.readUInt8((at += 1)) };
  const cipherId = prefix.readUInt8((at += 1));
  const saltBytes = prefix.readUInt8((at += 1));
  const nonceBytes = prefix.readUInt8((at += 1));
  const tagBytes = prefix.readUInt8((at += 1));
  const plaintextBytes = prefix.readBigUInt64BE((at += 1));
  at += 8;
  const sound =
    headerBytes === HEADER_V1_BYTES &&
    kdfId === KDF_SCRYPT &&
    cipherId === CIPHER_AES_256_GCM &&
    saltBytes === SALT_BYTES &&
    nonceBytes === NONCE_BYTES &&
    tagBytes === TAG_BYTES &&
    within(kdf.log2N, KDF_LIMITS.log2N) &&
    within(kdf.r, KDF_LIMITS.r) &&
    within(kdf.p, KDF_LIMITS.p) &&
    plaintextBytes <= BigInt(Number.MAX_SAFE_INTEGER);
  if (!sound) throw new AppError('CONTAINER_DAMAGED', { path: file });
  const expectedSize = headerBytes + Number(plaintextBytes) + TAG_BYTES;
  if (size < expectedSize) throw new AppError('CONTAINER_TRUNCATED', { path: file });
  if (size > expectedSize) throw new AppError('CONTAINER_DAMAGED', { path: file });
  return {
    formatVersion,
    headerBytes,
    kdf,
    salt: prefix.subarray(at, at + SALT_BYTES),
    nonce: prefix.subarray(at + SALT_BYTES, at + SALT_BYTES + NONCE_BYTES),
    plaintextBytes: Number(plaintextBytes),
    raw: prefix.subarray(0, headerBytes),
  };
}

/** What a container says about itself, without the passphrase (for `inventaris check` and the open dialog). */
export function describeContainer(file: string): { formatVersion: number; kdf: KdfParams; plaintextBytes: number } {
  const header = readHeader(path.resolve(file));
  return { formatVersion: header.formatVersion, kdf: header.kdf, plaintextBytes: header.plaintextBytes };
}

/** Streams `from` through `transform` into `to` in chunks, so a large inventory never sits in memory twice. */
function pump(fromFd: number, fromOffset: number, length: number, toFd: number, transform: (chunk: Buffer) => Buffer): void {
  const buffer = Buffer.alloc(CHUNK_BYTES);
  let done = 0;
  while (done < length) {
    const read = fs.readSync(fromFd, buffer, 0, Math.min(CHUNK_BYTES, length - done), fromOffset + done);
    if (read === 0) throw new AppError('CONTAINER_TRUNCATED', { path: '' });
    fs.writeSync(toFd, transform(buffer.subarray(0, read)));
    done += read;
  }
}

export interface EncryptOptions {
  /** scrypt cost; defaults to DEFAULT_KDF. Tests use a cheaper one. */
  readonly kdf?: KdfParams;
}

/**
 * Seals the file `plainFile` into a container at `target` (written to a temp name, renamed when complete).
 * Example: encryptFile('/tmp/copy.inventaris', '/home/me/Deel.inventaris', 'correct horse battery')
 */
export function encryptFile(plainFile: string, target: string, passphrase: string, options: EncryptOptions = {}): void {
  checkPassphrase(passphrase);
  const kdf = options.kdf ?? DEFAULT_KDF;
  const salt = crypto.randomBytes(SALT_BYTES);
  const nonce = crypto.randomBytes(NONCE_BYTES);
  const plaintextBytes = fs.statSync(plainFile).size;
  const header = encodeHeader(kdf, salt, nonce, plaintextBytes);
  const cipher = crypto.createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, kdf), nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(header);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.sealing`);
  const inFd = fs.openSync(plainFile, 'r');
  let outFd: number | null = null;
  try {
    outFd = fs.openSync(temp, 'wx', 0o600);
    fs.writeSync(outFd, header);
    pump(inFd, 0, plaintextBytes, outFd, (chunk) => cipher.update(chunk));
    const tail = cipher.final();
    if (tail.length > 0) fs.writeSync(outFd, tail);
    fs.writeSync(outFd, cipher.getAuthTag());
    fs.fsyncSync(outFd);
    fs.closeSync(outFd);
    outFd = null;
    fs.renameSync(temp, target);
  } catch (error) {
    if (outFd !== null) fs.closeSync(outFd);
    fs.rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  } finally {
    fs.closeSync(inFd);
  }
}

export interface DecryptedFile {
  /** The plain inventory file, in a private temporary folder. */
  readonly path: string;
  /** Removes the temporary file and its folder. */
  readonly cleanup: () => void;
}

/**
 * Opens a container with its passphrase into a private temporary file; the caller reads (or copies) it and then calls
 * `cleanup`. WRONG_PASSPHRASE when the tag does not check out (wrong passphrase, or changed bytes), and the
 * container's own errors for a cut-short, damaged or too-new file; nothing is left behind on failure.
 * Example: const plain = decryptToTempFile(file, passphrase); try { merge(plain.path) } finally { plain.cleanup() }
 */
export function decryptToTempFile(file: string, passphrase: string): DecryptedFile {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute)) throw new AppError('FILE_NOT_FOUND', { path: absolute });
  const header = readHeader(absolute);
  if (passphrase.length === 0) throw new AppError('PASSPHRASE_REQUIRED');
  const decipher = crypto.createDecipheriv('aes-256-gcm', deriveKey(passphrase, header.salt, header.kdf), header.nonce, {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(header.raw);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-open-'));
  const cleanup = () => fs.rmSync(folder, { recursive: true, force: true });
  const target = path.join(folder, 'decrypted.inventaris');
  const inFd = fs.openSync(absolute, 'r');
  let outFd: number | null = null;
  try {
    const tag = Buffer.alloc(TAG_BYTES);
    fs.readSync(inFd, tag, 0, TAG_BYTES, header.headerBytes + header.plaintextBytes);
    decipher.setAuthTag(tag);
    outFd = fs.openSync(target, 'wx', 0o600);
    pump(inFd, header.headerBytes, header.plaintextBytes, outFd, (chunk) => decipher.update(chunk));
    try {
      const tail = decipher.final();
      if (tail.length > 0) fs.writeSync(outFd, tail);
    } catch {
      throw new AppError('WRONG_PASSPHRASE');
    }
    fs.closeSync(outFd);
    outFd = null;
    return { path: target, cleanup };
  } catch (error) {
    if (outFd !== null) fs.closeSync(outFd);
    cleanup();
    if (error instanceof AppError) throw error.code === 'CONTAINER_TRUNCATED' ? new AppError('CONTAINER_TRUNCATED', { path: absolute }) : error;
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  } finally {
    fs.closeSync(inFd);
  }
}
