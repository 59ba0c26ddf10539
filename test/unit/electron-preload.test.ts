// The preload bridge exposes exactly the contract and carries calls and events over the contract's channels only.
import { describe, expect, it } from 'vitest';
import { eventChannel, methodChannel, methodNames } from '../../shared/contract/bridge';
import type { EventName } from '../../shared/contract/events';
import { createPreloadBridge, type IpcRendererLike } from '../../electron/preload/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer() {
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer: IpcRendererLike = {
    async invoke(channel, ...args) {
      invoked.push({ channel, args });
      return { ok: true, value: { echoed: channel } };
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc internals' }, payload);
  };
  return { ipcRenderer, invoked, listeners, emit };
}

describe('the preload bridge', () => {
  it('exposes exactly the contract methods and a subscribe function, nothing else', () => {
    const bridge = createPreloadBridge(fakeIpcRenderer().ipcRenderer);
    expect(Object.keys(bridge).sort()).toEqual(['calls', 'subscribe']);
    expect(Object.keys(bridge.calls).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) expect(typeof bridge.calls[name]).toBe('function');
  });

  it('invokes a method on its own channel with the input, and returns the envelope', async () => {
    const fake = fakeIpcRenderer();
    const bridge = createPreloadBridge(fake.ipcRenderer);
    const envelope = await bridge.calls['inventory.update']({ patch: { title: 'Regio Foodvalley' } });
    expect(fake.invoked).toEqual([{ channel: methodChannel('inventory.update'), args: [{ patch: { title: 'Regio Foodvalley' } }] }]);
    expect(fake.invoked[0]!.channel).toBe('rpc:inventory.update');
    expect(envelope).toEqual({ ok: true, value: { echoed: 'rpc:inventory.update' } });
  });

  it('delivers only the payload of an event to the page, and stops when unsubscribed', () => {
    const fake = fakeIpcRenderer();
    const bridge = createPreloadBridge(fake.ipcRenderer);
    const received: unknown[] = [];
    const stop = bridge.subscribe('db.changed', (payload) => received.push(payload));
    fake.emit(eventChannel('db.changed'), { entities: ['inventory'], origin: null });
    expect(received).toEqual([{ entities: ['inventory'], origin: null }]);

    stop();
    expect(fake.listeners.get('event:db.changed')?.size).toBe(0);
    fake.emit(eventChannel('db.changed'), { entities: ['notes'], origin: null });
    expect(received).toHaveLength(1);
  });

  it('refuses to listen on a channel that is not a contract event', () => {
    const fake = fakeIpcRenderer();
    const bridge = createPreloadBridge(fake.ipcRenderer);
    expect(() => bridge.subscribe('rpc:files.open' as EventName, () => {})).toThrow(/unknown event/);
    expect(fake.listeners.size).toBe(0);
  });
});

describe('the dropped-file path getter', () => {
  it('gives the path Electron reports for a dropped file, and an empty string instead of an exception', async () => {
    const { createDroppedFiles } = await import('../../electron/preload/files');
    const files = createDroppedFiles((file) => (file === ('a-file' as never) ? '/home/anna/collega.inventaris' : (() => { throw new Error('not a file'); })()));
    expect(files.pathOf('a-file')).toBe('/home/anna/collega.inventaris');
    expect(files.pathOf({})).toBe('');
  });
});
