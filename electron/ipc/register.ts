// The one place that calls ipcMain.handle: one handler per contract method, each checking that the message comes
// from the main frame of one of our windows showing app://inventaris/, then dispatching to the core's registry
// (which validates the input with zod and answers with an envelope). Electron objects come in as parameters.
import { methodChannel } from '../../shared/contract/bridge';
import { AppError, type Envelope } from '../../shared/contract/errors';
import { methodNames, type MethodName } from '../../shared/contract/methods';
import type { Language } from '../../shared/i18n/languages';
import { toErrorInfo } from '../core/registry';
import type { Session } from '../core/session';
import { isTrustedSender } from './sender';

/** What the check needs of a frame; Electron's WebFrameMain satisfies it. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

/** What the check needs of the sending WebContents; Electron's WebContents satisfies it. */
export interface SenderContents {
  readonly id: number;
  readonly mainFrame: SenderFrame;
}

/** The parts of IpcMainInvokeEvent we read. */
export interface InvokeEvent {
  readonly sender: SenderContents;
  readonly senderFrame: SenderFrame | null;
}

/** The part of Electron's ipcMain we use. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<Envelope<unknown>>): void;
}

export interface RegistryLike {
  dispatch(method: MethodName, rawInput: unknown, session: Session): Promise<Envelope<unknown>>;
}

export interface IpcOptions {
  readonly ipcMain: IpcMainLike;
  readonly registry: RegistryLike;
  /** The session of a window we created, by its WebContents id; undefined for anything else. */
  readonly sessionFor: (webContentsId: number) => Session | undefined;
  /** Language for the FORBIDDEN message, when there is no session to ask. */
  readonly language: () => Language;
}

/**
 * The session an IPC message may act on, or null when the sender is not trusted: the frame is gone, is a
 * sub-frame, is not on app://inventaris/, or belongs to a WebContents we did not create.
 */
export function trustedSession(event: InvokeEvent, sessionFor: (webContentsId: number) => Session | undefined): Session | null {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || frame !== event.sender.mainFrame) return null;
  if (!isTrustedSender(frame.url)) return null;
  return sessionFor(event.sender.id) ?? null;
}

export function forbidden(language: Language): Envelope<never> {
  return { ok: false, error: toErrorInfo(new AppError('FORBIDDEN'), language) };
}

/** Registers exactly one handler per contract method; returns the channels registered. */
export function registerIpc(options: IpcOptions): string[] {
  const channels: string[] = [];
  for (const method of methodNames) {
    const channel = methodChannel(method);
    options.ipcMain.handle(channel, async (event, input) => {
      const session = trustedSession(event, options.sessionFor);
      if (!session) return forbidden(options.language());
      return options.registry.dispatch(method, input, session);
    });
    channels.push(channel);
  }
  return channels;
}
