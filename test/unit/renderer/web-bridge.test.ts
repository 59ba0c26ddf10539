// The renderer's web bridge (fetch + EventSource) exposes exactly the contract's methods and speaks the web host's
// protocol. It runs here against stand-ins for the browser globals it touches; e2e tests run it in Chromium.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/contract/bridge';
import { methodNames } from '../../../shared/contract/methods';

interface Sent {
  url: string;
  init: RequestInit;
}

const sent: Sent[] = [];
let answer: () => Promise<Response> = async () => new Response(JSON.stringify({ ok: true, value: null }));
let createWebBridge: () => Bridge;

beforeAll(async () => {
  const globals = globalThis as Record<string, unknown>;
  globals.window = globalThis;
  globals.document = {
    documentElement: { lang: '' },
    querySelector: (selector: string) => (selector === 'meta[name="inventaris-token"]' ? { content: 'tok-123' } : null),
  };
  globals.fetch = async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return answer();
  };
  ({ createWebBridge } = await import('../../../renderer/src/bridge/index'));
});

describe('the web bridge', () => {
  it('has exactly one function per contract method', () => {
    expect(Object.keys(createWebBridge().calls).sort()).toEqual([...methodNames].sort());
  });

  it('posts the input as JSON to /rpc/<method> with the page token', async () => {
    sent.length = 0;
    answer = async () => new Response(JSON.stringify({ ok: true, value: { title: 'X' } }));
    const envelope = await createWebBridge().calls['inventory.update']({ patch: { title: 'X' } });
    expect(envelope).toEqual({ ok: true, value: { title: 'X' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/rpc/inventory.update');
    expect(sent[0]!.init.method).toBe('POST');
    expect((sent[0]!.init.headers as Record<string, string>)['X-Inventaris-Token']).toBe('tok-123');
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({ patch: { title: 'X' } });
  });

  it('turns a lost connection or a non-envelope answer into an IO_ERROR envelope instead of throwing', async () => {
    answer = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await createWebBridge().calls['files.current']({})).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    answer = async () => new Response('<html>proxy error</html>', { status: 502 });
    expect(await createWebBridge().calls['files.current']({})).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    answer = async () => new Response(JSON.stringify({ ok: false, error: { code: 'NOT_A_CODE', message: 'x' } }));
    expect(await createWebBridge().calls['files.current']({})).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
  });
});
