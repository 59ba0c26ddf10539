// The in-process transport: tests and the CLI call the core through the same registry and envelope as IPC and HTTP.
import { buildBridge, type Bridge } from '../../shared/contract/bridge';
import { createClient, type Client } from '../../shared/contract/client';
import type { EventName } from '../../shared/contract/events';
import { createRegistry } from './api';
import { ConfigStore } from './config';
import { noDialogs, Session, type CoreEnv } from './session';
import { appVersion } from './version';

export interface InProcessCore {
  readonly session: Session;
  readonly bridge: Bridge;
  readonly client: Client;
  /** Every event emitted, in order; handy in tests. */
  readonly emitted: { event: EventName; payload: unknown }[];
}

export function createInProcessCore(options: { configDir?: string; env?: Partial<CoreEnv> } = {}): InProcessCore {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const emitted: { event: EventName; payload: unknown }[] = [];
  const session = new Session({
    // Only build a store when none is given: constructing one writes its folder's settings file.
    config: options.env?.config ?? new ConfigStore(options.configDir),
    transport: 'in-process',
    appVersion,
    dialogs: noDialogs,
    emit: (event, payload) => {
      emitted.push({ event, payload });
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    ...options.env,
  });
  const registry = createRegistry();
  const bridge = buildBridge(
    (method, input) => registry.dispatch(method, input, session),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
  return { session, bridge, client: createClient(bridge), emitted };
}
