// The only module that reads the bridge global. In Electron the preload exposes the bridge; on the web host
// this module builds the same bridge over fetch (POST /rpc/<method>) and one shared EventSource (/events).
import { bridgeGlobalName, buildBridge, type Bridge } from '../../../shared/contract/bridge';
import { createClient, type Client } from '../../../shared/contract/client';
import { droppedFilesGlobalName, type DroppedFiles } from '../../../shared/contract/dropped-files';
import { isErrorCode, type Envelope, type ErrorInfo } from '../../../shared/contract/errors';
import { events, type EventName } from '../../../shared/contract/events';
import type { MethodName } from '../../../shared/contract/methods';
import { errorMessage } from '../../../shared/i18n/errors';
import { currentLanguage, i18n } from '../i18n';

/** keepalive lets a save sent from pagehide/beforeunload finish, but browsers cap keepalive bodies at 64 kB. */
const KEEPALIVE_LIMIT = 60_000;

function ioError(detail: string): Envelope<never> {
  const language = currentLanguage();
  const error: ErrorInfo = { code: 'IO_ERROR', message: errorMessage('IO_ERROR', language, { detail }), params: { detail } };
  return { ok: false, error };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (candidate.ok === true) return 'value' in candidate;
  return candidate.ok === false && isErrorCode(candidate.error?.code) && typeof candidate.error?.message === 'string';
}

function readToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="inventaris-token"]')?.content ?? '';
}

export function createWebBridge(): Bridge {
  const token = readToken();

  async function invoke(method: MethodName, input: unknown): Promise<Envelope<unknown>> {
    const body = JSON.stringify(input ?? {});
    let response: Response;
    try {
      response = await fetch(`/rpc/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Inventaris-Token': token },
        body,
        credentials: 'same-origin',
        cache: 'no-store',
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
    } catch {
      return ioError(i18n.t('bridge.unreachable'));
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return ioError(i18n.t('bridge.badAnswer', { status: response.status }));
    }
    return isEnvelope(json) ? json : ioError(i18n.t('bridge.badAnswer', { status: response.status }));
  }

  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  function dispatch(event: EventName, message: MessageEvent<string>): void {
    let payload: unknown;
    try {
      payload = events[event].parse(JSON.parse(message.data));
    } catch (error) {
      console.error(`Inventaris: ignored a malformed "${event}" event`, error);
      return;
    }
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }

  function listen(event: EventName, listener: (payload: unknown) => void): () => void {
    source ??= new EventSource('/events');
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
      source.addEventListener(event, (message) => dispatch(event, message as MessageEvent<string>));
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  return buildBridge(invoke, listen);
}

function exposedBridge(): Bridge | null {
  const value = (window as unknown as Record<string, unknown>)[bridgeGlobalName];
  return value ? (value as Bridge) : null;
}

export const bridge: Bridge = exposedBridge() ?? createWebBridge();
export const client: Client = createClient(bridge);

/** The path of a file dropped onto the window (Electron's preload exposes it), or null on the web host / for a non-file. */
export function droppedFilePath(file: File): string | null {
  const dropped = (globalThis as Record<string, unknown>)[droppedFilesGlobalName] as DroppedFiles | undefined;
  if (!dropped || typeof dropped.pathOf !== 'function') return null;
  const found = dropped.pathOf(file);
  return typeof found === 'string' && found.length > 0 ? found : null;
}
