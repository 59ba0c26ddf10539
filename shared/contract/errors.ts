// Errors travel as data: every answer is an envelope, and a failure carries a code the UI can translate.

export const errorCodes = [
  'BAD_INPUT',
  'UNKNOWN_METHOD',
  'NO_FILE_OPEN',
  'NOT_FOUND',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'NOT_SQLITE',
  'IS_FOLDER',
  'CORRUPT',
  'FOREIGN_FILE',
  'TOO_NEW',
  'OTHER_INVENTORY',
  'INVALID_FILE',
  'TOO_LARGE',
  'CLOCK_AHEAD',
  'SAME_FILE',
  'READ_ONLY',
  'IO_ERROR',
  'CANCELLED',
  'UNSUPPORTED',
  'FORBIDDEN',
  'INTERVIEW_LOCKED',
  'INTERNAL',
  'REPORT_UNWRITABLE',
  'HOUSE_STYLE_INVALID',
  'REASON_REQUIRED',
  'RANGE_OUTSIDE_TEXT',
  'SOURCE_DELETED',
  'MERGE_INTO_SELF',
  'CODE_CYCLE',
  'SEARCH_EMPTY',
  // Backups, share copies, shared folders, reuse (exchange/backups.ts, container.ts, presence.ts, reuse.ts).
  'BACKUP_UNWRITABLE',
  'BACKUP_NO_SPACE',
  'BACKUP_NOT_FOUND',
  'BACKUP_OTHER_INVENTORY',
  'PASSPHRASE_REQUIRED',
  'WRONG_PASSPHRASE',
  'PASSPHRASE_MISMATCH',
  'PASSPHRASE_TOO_SHORT',
  'CONTAINER_TRUNCATED',
  'CONTAINER_DAMAGED',
  'CONTAINER_TOO_NEW',
  'NO_GUIDE_IN_FILE',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Values substituted into a translated message, e.g. `{ path: '/tmp/a.inventaris' }`. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export interface ErrorInfo {
  readonly code: ErrorCode;
  readonly message: string;
  readonly params?: ErrorParams;
  /** Per-field problems for BAD_INPUT: dotted path to message. */
  readonly fields?: Readonly<Record<string, string>>;
}

export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorInfo };

/** An expected failure with a translatable code; anything else thrown is reported as INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly fields?: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, params: ErrorParams = {}, message?: string, fields?: Readonly<Record<string, string>>) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.fields = fields;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
