// The preload's bridge, built from the contract over ipcRenderer (passed in, so tests need no Electron).
// It offers exactly the contract's methods and events: the page cannot invoke or listen on any other channel.
import { buildBridge, eventChannel, methodChannel, type Bridge } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/errors';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createPreloadBridge(ipcRenderer: IpcRendererLike): Bridge {
  return buildBridge(
    (method, input) => ipcRenderer.invoke(methodChannel(method), input) as Promise<Envelope<unknown>>,
    (event, listener) => {
      // The IPC event object stays here: it carries `sender`, which must never reach the page.
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(eventChannel(event), wrapped);
      return () => {
        ipcRenderer.removeListener(eventChannel(event), wrapped);
      };
    },
  );
}
