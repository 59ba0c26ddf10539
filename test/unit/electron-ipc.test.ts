// IPC registration: one handler per contract method, and only our own app:// main frames reach the core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { methodChannel, methodNames } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/errors';
import type { MethodName } from '../../shared/contract/methods';
import { createRegistry } from '../../electron/core/api';
import { ConfigStore } from '../../electron/core/config';
import { noDialogs, Session } from '../../electron/core/session';
import { registerIpc, type InvokeEvent, type IpcMainLike, type RegistryLike, type SenderFrame } from '../../electron/ipc/register';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function makeSession(): Session {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-ipc-'));
  dirs.push(dir);
  const config = new ConfigStore(dir);
  config.update({ language: 'nl' });
  return new Session({ config, transport: 'electron', appVersion: '0.0.0-test', dialogs: noDialogs, emit: () => {} });
}

type Handler = (event: InvokeEvent, input: unknown) => Promise<Envelope<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const registered: string[] = [];
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      // Electron throws on a second handler for one channel; so does this fake.
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
      registered.push(channel);
    },
  };
  return { ipcMain, handlers, registered };
}

function recordingRegistry() {
  const dispatched: { method: MethodName; input: unknown }[] = [];
  const registry: RegistryLike = {
    async dispatch(method, input) {
      dispatched.push({ method, input });
      return { ok: true, value: 'from the core' };
    },
  };
  return { registry, dispatched };
}

const OUR_WINDOW = 7;

function frame(url: string, parent: SenderFrame | null = null): SenderFrame {
  return { url, parent };
}

/** An invoke event from the main frame of WebContents `id` showing `url`. */
function eventFrom(url: string, id = OUR_WINDOW): InvokeEvent {
  const main = frame(url);
  return { sender: { id, mainFrame: main }, senderFrame: main };
}

function setup() {
  const session = makeSession();
  const fake = fakeIpcMain();
  const core = recordingRegistry();
  registerIpc({
    ipcMain: fake.ipcMain,
    registry: core.registry,
    sessionFor: (id) => (id === OUR_WINDOW ? session : undefined),
    language: () => 'nl',
  });
  const call = (method: MethodName, event: InvokeEvent, input: unknown = {}) => fake.handlers.get(methodChannel(method))!(event, input);
  return { session, fake, core, call };
}

describe('IPC registration', () => {
  it('registers exactly one handler per contract method, on the contract channel', () => {
    const { fake } = setup();
    expect(fake.registered).toHaveLength(methodNames.length);
    expect([...fake.registered].sort()).toEqual(methodNames.map(methodChannel).sort());
  });

  it('passes a call from our app:// main frame to the core with its input', async () => {
    const { core, call } = setup();
    const answer = await call('inventory.update', eventFrom('app://inventaris/index.html#/inventory'), { patch: { title: 'X' } });
    expect(answer).toEqual({ ok: true, value: 'from the core' });
    expect(core.dispatched).toEqual([{ method: 'inventory.update', input: { patch: { title: 'X' } } }]);
  });

  const untrusted: [string, InvokeEvent][] = [
    ['a web page', eventFrom('https://evil.example/')],
    ['a local file', eventFrom('file:///tmp/page.html')],
    ['a look-alike app host', eventFrom('app://inventaris.evil/index.html')],
    ['another app host', eventFrom('app://evil/index.html')],
    ['a data: page', eventFrom('data:text/html,hi')],
    ['a WebContents we did not create', eventFrom('app://inventaris/index.html', 99)],
    ['a frame that is gone', { sender: { id: OUR_WINDOW, mainFrame: frame('app://inventaris/index.html') }, senderFrame: null }],
    [
      'a sub-frame of our window',
      (() => {
        const main = frame('app://inventaris/index.html');
        return { sender: { id: OUR_WINDOW, mainFrame: main }, senderFrame: frame('app://inventaris/index.html', main) };
      })(),
    ],
    [
      'a frame that claims to be a main frame but is not the window main frame',
      { sender: { id: OUR_WINDOW, mainFrame: frame('app://inventaris/index.html') }, senderFrame: frame('app://inventaris/index.html') },
    ],
  ];

  it.each(untrusted)('answers %s with FORBIDDEN without calling the core', async (_label, event) => {
    const { core, call } = setup();
    const answer = await call('files.open', event, { path: '/etc/passwd' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('FORBIDDEN');
    expect(answer.error.message).toBe('Geen toegang.');
    expect(core.dispatched).toEqual([]);
  });

  it('with the real registry, a trusted call is validated and answered by the core', async () => {
    const session = makeSession();
    const fake = fakeIpcMain();
    registerIpc({ ipcMain: fake.ipcMain, registry: createRegistry(), sessionFor: () => session, language: () => 'nl' });
    const info = await fake.handlers.get(methodChannel('app.info'))!(eventFrom('app://inventaris/index.html'), {});
    expect(info).toMatchObject({ ok: true, value: { name: 'Inventaris', transport: 'electron' } });
    const bad = await fake.handlers.get(methodChannel('files.open'))!(eventFrom('app://inventaris/index.html'), { path: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
