// A typed client over a bridge: resolves with the value, or rejects with a ClientError carrying the envelope's error.
import type { Bridge } from './bridge';
import type { ErrorInfo } from './errors';
import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';

export class ClientError extends Error {
  readonly info: ErrorInfo;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ClientError';
    this.info = info;
  }
}

export interface Client {
  call<M extends MethodName>(method: M, ...input: {} extends MethodInput<M> ? [MethodInput<M>?] : [MethodInput<M>]): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(bridge: Bridge): Client {
  return {
    async call(method, ...rest) {
      const fn = bridge.calls[method] as (input: unknown) => Promise<import('./errors').Envelope<unknown>>;
      const envelope = await fn(rest[0] ?? {});
      if (!envelope.ok) throw new ClientError(envelope.error);
      return envelope.value as never;
    },
    on(event, listener) {
      return bridge.subscribe(event, listener);
    },
  };
}
