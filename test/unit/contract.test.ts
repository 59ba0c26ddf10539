// The contract: every method validates its input, every method has exactly one handler, and bridges expose exactly the contract.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBridge, methodChannel, eventChannel } from '../../shared/contract/bridge';
import { eventNames } from '../../shared/contract/events';
import { methodNames, methods } from '../../shared/contract/methods';
import { createRegistry, handlers } from '../../electron/core/api';
import { Registry } from '../../electron/core/registry';
import { makeCore, sha256 } from '../core/helpers';

const malformedInputs: readonly unknown[] = [42, 'tekst', [], true, { __onbekend: 1 }];

describe('the contract', () => {
  it.each(methodNames)('%s rejects malformed input with BAD_INPUT and a message', async (name) => {
    const core = makeCore();
    for (const input of malformedInputs) {
      const envelope = await core.bridge.calls[name](input as never);
      expect(envelope.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('BAD_INPUT');
        // Said in Dutch words, never zod's own English.
        expect(envelope.error.message).toMatch(/^\p{Lu}.+\.$/u);
        expect(envelope.error.message).not.toMatch(/Invalid|expected|received|Unrecognized|Too (big|small)/);
      }
    }
  });

  it('has exactly one handler per method, and no handler without a method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
    expect(createRegistry().names().sort()).toEqual([...methodNames].sort());
  });

  it('refuses a second handler for the same method', () => {
    const registry = new Registry();
    registry.register('app.info', handlers['app.info']);
    expect(() => registry.register('app.info', handlers['app.info'])).toThrow(/already registered/);
  });

  it('refuses a handler for a name outside the contract', () => {
    expect(() => new Registry().register('files.deleteEverything' as never, () => null as never)).toThrow(/not a contract method/);
  });

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const core = makeCore();
    const envelope = await createRegistry().dispatch('files.deleteEverything', {}, core.session);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('derives distinct channel names from the method and event keys', () => {
    const channels = [...methodNames.map(methodChannel), ...eventNames.map(eventChannel)];
    expect(new Set(channels).size).toBe(channels.length);
    expect(methodChannel('inventory.update')).toBe('rpc:inventory.update');
  });

  it('builds a bridge with exactly one function per method', async () => {
    const invoked: string[] = [];
    const bridge = buildBridge(
      async (method) => {
        invoked.push(method);
        return { ok: true, value: null };
      },
      () => () => undefined,
    );
    expect(Object.keys(bridge.calls).sort()).toEqual([...methodNames].sort());
    await bridge.calls['inventory.get']({});
    expect(invoked).toEqual(['inventory.get']);
    expect(() => bridge.subscribe('no.such.event' as never, () => undefined)).toThrow(/unknown event/);
  });

  it('declares an input and an output schema for every method', () => {
    for (const name of methodNames) {
      expect(methods[name].input, name).toBeDefined();
      expect(methods[name].output, name).toBeDefined();
    }
  });

  it('changes nothing in the file when an edit is refused', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'a.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Blijft' } });
    const before = sha256(file);
    const attempts = [
      { patch: { title: '   ' } },
      { patch: { title: 'x'.repeat(201) } },
      { patch: { periodStart: '2026-13-45' } },
      { patch: { periodStart: '2026-05-01', periodEnd: '2026-04-01' } },
      { patch: { language: 'fr' } },
      { patch: {} },
    ];
    for (const input of attempts) {
      const envelope = await core.bridge.calls['inventory.update'](input as never);
      expect(envelope, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(sha256(file)).toBe(before);
  });

  it('refuses an edit that would make the period end before it starts, given the stored start', async () => {
    const core = makeCore();
    await core.client.call('files.create', { path: path.join(core.dir, 'p.inventaris'), fields: { title: 'P', periodStart: '2026-05-01' } });
    const envelope = await core.bridge.calls['inventory.update']({ patch: { periodEnd: '2026-04-01' } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { periodEnd: expect.any(String) } } });
  });
});
