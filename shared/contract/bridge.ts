// The bridge every transport exposes to the renderer: one function per contract method, plus event subscription.
// Electron's preload and the web host's fetch client both build it with `buildBridge`, so both expose exactly the contract.
import type { Envelope } from './errors';
import { eventNames, isEventName, type EventName, type EventPayload } from './events';
import { methodNames, type MethodInput, type MethodName, type MethodOutput } from './methods';

export type BridgeCalls = { readonly [M in MethodName]: (input: MethodInput<M>) => Promise<Envelope<MethodOutput<M>>> };

export interface Bridge {
  readonly calls: BridgeCalls;
  /** Listens to one event; returns a function that stops listening. */
  readonly subscribe: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
}

/** IPC channel of a method, e.g. `rpc:inventory.get`. */
export const methodChannel = (method: MethodName): string => `rpc:${method}`;
/** IPC channel of an event, e.g. `event:db.changed`. */
export const eventChannel = (event: EventName): string => `event:${event}`;

/** The global name under which the bridge is exposed to the page. */
export const bridgeGlobalName = 'inventarisBridge';

export function buildBridge(
  invoke: (method: MethodName, input: unknown) => Promise<Envelope<unknown>>,
  listen: (event: EventName, listener: (payload: unknown) => void) => () => void,
): Bridge {
  const calls = Object.fromEntries(
    methodNames.map((name) => [name, (input: unknown) => invoke(name, input ?? {})]),
  ) as unknown as BridgeCalls;
  const subscribe = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => {
    if (!isEventName(event)) throw new Error(`unknown event ${String(event)}`);
    return listen(event, listener as (payload: unknown) => void);
  };
  return { calls, subscribe };
}

export { eventNames, methodNames };
