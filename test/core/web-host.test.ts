// The web host over real HTTP on 127.0.0.1, with the real core on a real SQLite file in a temp folder.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../electron/web';
import { contentSecurityPolicy } from '../../electron/web/security';
import { sha256, tempDir } from './helpers';

interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

interface RequestOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

/** A raw HTTP request, so Host, Origin and Cookie are exactly what the test says. */
function request(host: WebHost, pathAndQuery: string, options: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathAndQuery,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** POST /rpc/<method> with the token header, unless `headers` replaces it (or removes it with undefined). */
function rpc(host: WebHost, method: string, input: unknown, headers: Record<string, string | undefined> = {}): Promise<Reply> {
  const all: Record<string, string | undefined> = { 'Content-Type': 'application/json', 'X-Inventaris-Token': host.token, ...headers };
  const sent = Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return request(host, `/rpc/${method}`, { method: 'POST', headers: sent, body: JSON.stringify(input) });
}

/** A tiny stand-in for dist/renderer, so these tests do not depend on (or race with) a Vite build. */
function fixtureRenderer(dir: string): string {
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets', 'fonts'), { recursive: true });
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html>\n<html lang="nl">\n  <head>\n    <title>Inventaris</title>\n    <script type="module" src="./assets/app.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  );
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("inventaris");\n');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body { margin: 0 }\n');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'fonts', 'inter.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(path.join(rendererDir, 'secret.txt'), 'not an asset\n');
  return rendererDir;
}

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function start(options: { file?: string } = {}): Promise<WebHost & { dir: string }> {
  const dir = tempDir();
  const host = await startWebHost({ configDir: path.join(dir, 'config'), rendererDir: fixtureRenderer(dir), ...options });
  hosts.push(host);
  return Object.assign(host, { dir });
}

async function startWithFile(): Promise<WebHost & { dir: string; file: string }> {
  const host = await start();
  const file = path.join(host.dir, 'gemeente.inventaris');
  const created = JSON.parse((await rpc(host, 'files.create', { path: file, fields: { title: 'Circulair inkopen' } })).body);
  expect(created.ok).toBe(true);
  return Object.assign(host, { file });
}

function titleOnDisk(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT title FROM inventory').get() as { title: string }).title;
  } finally {
    db.close();
  }
}

describe('the web host', () => {
  it('listens on 127.0.0.1 and prints an address with a 64-hex-digit token', async () => {
    const host = await start();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives every start a different token', async () => {
    const a = await start();
    const b = await start();
    expect(a.token).not.toBe(b.token);
  });

  it('creates and edits an inventory through /rpc, and the file on disk holds the edit', async () => {
    const host = await startWithFile();
    const updated = await rpc(host, 'inventory.update', { patch: { title: 'Circulair inkopen Foodvalley', client: 'Regio Foodvalley' } });
    expect(updated.status).toBe(200);
    expect(updated.headers['cache-control']).toBe('no-store');
    expect(updated.headers['content-security-policy']).toBe(contentSecurityPolicy);
    const envelope = JSON.parse(updated.body);
    expect(envelope).toMatchObject({ ok: true, value: { title: 'Circulair inkopen Foodvalley', client: 'Regio Foodvalley' } });
    expect(titleOnDisk(host.file)).toBe('Circulair inkopen Foodvalley');
    const info = JSON.parse((await rpc(host, 'app.info', {})).body);
    expect(info.value.transport).toBe('web');
  });

  it('answers an unknown method with an UNKNOWN_METHOD envelope', async () => {
    const host = await start();
    const reply = await rpc(host, 'files.deleteEverything', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('answers invalid input with a BAD_INPUT envelope from the contract and changes nothing', async () => {
    const host = await startWithFile();
    const before = sha256(host.file);
    const reply = await rpc(host, 'inventory.update', { patch: { title: '' } });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { 'patch.title': expect.any(String) } } });
    expect(sha256(host.file)).toBe(before);
  });

  describe('refuses /rpc without the right token, and nothing changes', () => {
    const cases: [string, (host: WebHost) => Record<string, string | undefined>, number][] = [
      ['no token', () => ({ 'X-Inventaris-Token': undefined }), 401],
      ['an empty token', () => ({ 'X-Inventaris-Token': '' }), 403],
      ['a wrong token', () => ({ 'X-Inventaris-Token': 'f'.repeat(64) }), 403],
      ['a token one digit short', (host) => ({ 'X-Inventaris-Token': host.token.slice(0, -1) }), 403],
    ];
    for (const [name, headers, status] of cases) {
      it(name, async () => {
        const host = await startWithFile();
        const before = sha256(host.file);
        const reply = await rpc(host, 'inventory.update', { patch: { title: 'Gehackt' } }, headers(host));
        expect(reply.status).toBe(status);
        expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(sha256(host.file)).toBe(before);
        expect(titleOnDisk(host.file)).toBe('Circulair inkopen');
      });
    }

    it('the cookie alone', async () => {
      const host = await startWithFile();
      const before = sha256(host.file);
      const reply = await rpc(host, 'inventory.update', { patch: { title: 'Gehackt' } }, {
        'X-Inventaris-Token': undefined,
        Cookie: `inventaris_token_${host.port}=${host.token}`,
      });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(sha256(host.file)).toBe(before);
    });
  });

  it('refuses a request whose Host is another name (DNS rebinding)', async () => {
    const host = await startWithFile();
    const before = sha256(host.file);
    for (const badHost of ['evil.example:' + host.port, `127.0.0.1:${host.port + 1}`, '127.0.0.1', `localhost.evil.example:${host.port}`]) {
      const reply = await rpc(host, 'inventory.update', { patch: { title: 'Gehackt' } }, { Host: badHost });
      expect(reply.status, badHost).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const page = await request(host, '/', { headers: { Host: `evil.example:${host.port}`, Cookie: `inventaris_token_${host.port}=${host.token}` } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(host.token);
    expect(sha256(host.file)).toBe(before);
  });

  it('accepts localhost:PORT as Host and Origin', async () => {
    const host = await start();
    const reply = await rpc(host, 'app.info', {}, { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` });
    expect(JSON.parse(reply.body).ok).toBe(true);
  });

  it('refuses a request from a foreign Origin', async () => {
    const host = await startWithFile();
    const before = sha256(host.file);
    for (const origin of ['http://evil.example', `https://127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port + 1}`, 'null']) {
      const reply = await rpc(host, 'inventory.update', { patch: { title: 'Gehackt' } }, { Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(sha256(host.file)).toBe(before);
    const same = await rpc(host, 'app.info', {}, { Origin: host.origin });
    expect(JSON.parse(same.body).ok).toBe(true);
  });

  it('answers a body that is not JSON with 400 BAD_INPUT', async () => {
    const host = await start();
    for (const body of ['{"patch":', 'title=x', '']) {
      const reply = await request(host, '/rpc/app.info', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Inventaris-Token': host.token },
        body,
      });
      expect(reply.status, body).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
  });

  it('refuses /rpc bodies that are not declared as JSON, and methods other than POST', async () => {
    const host = await start();
    const form = await request(host, '/rpc/app.info', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-Inventaris-Token': host.token },
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect(JSON.parse(form.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const get = await request(host, '/rpc/app.info', { headers: { 'X-Inventaris-Token': host.token } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('refuses a body over 10 MB, declared or streamed, and nothing changes', async () => {
    const host = await startWithFile();
    const before = sha256(host.file);
    const huge = JSON.stringify({ patch: { description: 'x'.repeat(MAX_BODY_BYTES) } });
    const declared = await rpc(host, 'inventory.update', JSON.parse(huge));
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/rpc/inventory.update',
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Inventaris-Token': host.token, 'Transfer-Encoding': 'chunked' },
          agent: false,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      for (let i = 0; i < 11; i += 1) req.write(chunk);
      req.end();
    });
    expect(streamed).toBe(413);
    expect(sha256(host.file)).toBe(before);
  });

  it('serves assets with their content type and nothing outside the assets folder', async () => {
    const host = await start();
    const js = await request(host, '/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect((await request(host, '/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await request(host, '/assets/fonts/inter.woff2')).headers['content-type']).toBe('font/woff2');

    const traversals = [
      '/assets/../../package.json',
      '/assets/../secret.txt',
      '/assets/%2e%2e/secret.txt',
      '/assets/..%2fsecret.txt',
      '/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/assets/..%5csecret.txt',
      '/assets/%252e%252e/secret.txt',
      '/assets//etc/passwd',
      '/assets/app.js%00.png',
      '/assets/',
      '/assets/fonts',
      '/secret.txt',
      '/package.json',
    ];
    for (const target of traversals) {
      const reply = await request(host, target);
      expect(reply.status, target).toBe(404);
      expect(reply.body, target).not.toContain('not an asset');
      expect(reply.body, target).not.toContain('"name"');
    }
  });

  it('puts the token into index.html only for a browser that holds the token cookie', async () => {
    const host = await start();
    const bare = await request(host, '/');
    expect(bare.status).toBe(403);
    expect(bare.body).toContain('npm run web');
    expect(bare.body).not.toContain(host.token);
    expect(bare.headers['content-security-policy']).toBe(contentSecurityPolicy);

    const wrong = await request(host, '/?token=' + 'a'.repeat(64));
    expect(wrong.status).toBe(403);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const wrongCookie = await request(host, '/index.html', { headers: { Cookie: `inventaris_token_${host.port}=${'a'.repeat(64)}` } });
    expect(wrongCookie.status).toBe(403);
    expect(wrongCookie.body).not.toContain(host.token);

    const login = await request(host, `/?token=${host.token}`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/');
    expect(login.headers['set-cookie']).toEqual([`inventaris_token_${host.port}=${host.token}; HttpOnly; SameSite=Strict; Path=/`]);

    for (const page of ['/', '/index.html']) {
      const index = await request(host, page, { headers: { Cookie: `other=1; inventaris_token_${host.port}=${host.token}` } });
      expect(index.status).toBe(200);
      expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(index.headers['cache-control']).toBe('no-store');
      expect(index.headers['content-security-policy']).toBe(contentSecurityPolicy);
      expect(index.headers['referrer-policy']).toBe('no-referrer');
      expect(index.body).toContain(`<head>\n    <meta name="inventaris-token" content="${host.token}">`);
      expect(index.body).toContain('<div id="root">');
    }
  });

  it('streams db.changed to /events after an edit', async () => {
    const host = await startWithFile();
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: host.port, path: '/events', headers: { Host: `127.0.0.1:${host.port}`, Cookie: `inventaris_token_${host.port}=${host.token}` }, agent: false },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.startsWith(': connected\n\n') && text.length === ': connected\n\n'.length) {
              void rpc(host, 'inventory.update', { patch: { region: 'Gelderland' } });
            }
            if (text.includes('event: db.changed\n')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
    });
    const text = await received;
    expect(text).toContain('event: db.changed\ndata: {"entities":["inventory"],"origin":null}\n\n');
  });

  it('refuses /events without the cookie token or from a foreign Origin', async () => {
    const host = await start();
    expect((await request(host, '/events')).status).toBe(401);
    expect((await request(host, '/events', { headers: { Cookie: `inventaris_token_${host.port}=${'0'.repeat(64)}` } })).status).toBe(403);
    expect((await request(host, '/events', { headers: { 'X-Inventaris-Token': host.token } })).status).toBe(401);
    const foreign = await request(host, '/events', { headers: { Cookie: `inventaris_token_${host.port}=${host.token}`, Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('ends open event streams and closes the file on close()', async () => {
    const host = await startWithFile();
    const ended = new Promise<string>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: host.port, path: '/events', headers: { Host: `127.0.0.1:${host.port}`, Cookie: `inventaris_token_${host.port}=${host.token}` }, agent: false }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text === ': connected\n\n') void host.close();
          });
          res.on('end', () => resolve(text));
        })
        .on('error', reject);
    });
    expect(await ended).toContain('event: file.changed\ndata: null\n\n');
    expect(host.session.current).toBeNull();
  });

  it('opens the file it is started with, and refuses to start on a file that is not an inventory', async () => {
    const first = await startWithFile();
    await first.close();
    const dir = tempDir();
    const host = await startWebHost({ file: first.file, configDir: path.join(dir, 'config'), rendererDir: fixtureRenderer(dir) });
    hosts.push(host);
    expect(JSON.parse((await rpc(host, 'files.current', {})).body).value.path).toBe(first.file);

    const junk = path.join(dir, 'junk.inventaris');
    fs.writeFileSync(junk, Buffer.alloc(4096, 7));
    const before = sha256(junk);
    await expect(startWebHost({ file: junk, configDir: path.join(dir, 'config'), rendererDir: fixtureRenderer(tempDir()) })).rejects.toMatchObject({
      code: 'NOT_SQLITE',
    });
    expect(sha256(junk)).toBe(before);
  });

  it('refuses to start without a renderer build', async () => {
    const dir = tempDir();
    await expect(startWebHost({ configDir: path.join(dir, 'config'), rendererDir: path.join(dir, 'nothing') })).rejects.toMatchObject({
      reason: 'renderer-missing',
    });
  });
});
