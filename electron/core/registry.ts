// The handler registry: one handler per contract method, input validated before the handler runs,
// every answer wrapped in an envelope. All three transports (IPC, web host, in-process) dispatch through it.
import type { z } from 'zod';
import { AppError, type Envelope, type ErrorInfo } from '../../shared/contract/errors';
import { isMethodName, methods, type MethodName, type MethodOutput, type MethodParsedInput } from '../../shared/contract/methods';
import { errorMessage } from '../../shared/i18n/errors';
import type { Language } from '../../shared/i18n/languages';
import { describeIssue, issueParams, type IssueLike, type IssueParams } from '../../shared/i18n/validation';
import type { Session } from './session';

export type Handler<M extends MethodName> = (input: MethodParsedInput<M>, session: Session) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers = { readonly [M in MethodName]: Handler<M> };

export class Registry {
  private readonly handlers = new Map<MethodName, Handler<MethodName>>();

  register<M extends MethodName>(name: M, handler: Handler<M>): void {
    if (!isMethodName(name)) throw new Error(`"${String(name)}" is not a contract method`);
    if (this.handlers.has(name)) throw new Error(`a handler for "${name}" is already registered`);
    this.handlers.set(name, handler as unknown as Handler<MethodName>);
  }

  registerAll(handlers: Handlers): this {
    for (const name of Object.keys(handlers) as MethodName[]) this.register(name, handlers[name] as Handler<MethodName>);
    return this;
  }

  names(): MethodName[] {
    return [...this.handlers.keys()];
  }

  /** Validates `rawInput`, runs the handler and wraps the answer; never throws. */
  async dispatch(name: unknown, rawInput: unknown, session: Session): Promise<Envelope<unknown>> {
    const language = session.language;
    try {
      if (!isMethodName(name)) throw new AppError('UNKNOWN_METHOD', { method: String(name).slice(0, 80) });
      const handler = this.handlers.get(name);
      if (!handler) throw new AppError('UNKNOWN_METHOD', { method: name });
      const parsed = methods[name].input.safeParse(rawInput ?? {});
      if (!parsed.success) throw badInput(parsed.error);
      const value = await handler(parsed.data as never, session);
      return { ok: true, value: methods[name].output.parse(value) };
    } catch (error) {
      return { ok: false, error: toErrorInfo(error, language) };
    }
  }
}

/**
 * Invalid input that says which field and which rule: its params (see shared/i18n/validation.ts) are turned into
 * words in the reader's language, so zod's own English never reaches a user.
 */
export class BadInputError extends AppError {
  constructor(readonly issues: readonly IssueParams[]) {
    const first = issues[0] ?? { issue: 'custom', field: '' };
    super('BAD_INPUT', { ...first, ...(issues.length > 1 ? { more: issues.length - 1 } : {}) }, issues.map((i) => `${i['field']}: ${i['issue']}`).join('; '));
  }

  /** Each field's problem in words. */
  fieldMessages(language: Language): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const issue of this.issues) fields[String(issue['field']) || '(input)'] ??= describeIssue(issue, language);
    return fields;
  }
}

export function badInput(error: z.ZodError): AppError {
  return new BadInputError(error.issues.map((issue) => issueParams(issue as IssueLike)));
}

export function toErrorInfo(error: unknown, language: Language): ErrorInfo {
  if (error instanceof BadInputError) {
    return { code: error.code, message: errorMessage(error.code, language, error.params), params: error.params, fields: error.fieldMessages(language) };
  }
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: errorMessage(error.code, language, error.params),
      params: error.params,
      ...(error.fields ? { fields: error.fields } : {}),
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: errorMessage('INTERNAL', language, { detail }), params: { detail } };
}
