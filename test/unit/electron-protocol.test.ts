// The app:// protocol serves the renderer build and nothing outside it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppPath, serveAppRequest } from '../../electron/main/protocol';
import { contentSecurityPolicy } from '../../electron/main/security';

let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Inventaris</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', 'inter.woff2'), 'font');
  fs.writeFileSync(path.join(root, 'assets', 'notes.exe'), 'MZ');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer');
});

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

describe('the app:// path resolver', () => {
  it('maps the app root and assets to files under the renderer build', () => {
    expect(resolveAppPath(root, 'app://inventaris/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://inventaris/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://inventaris/assets/index-abc.js?v=1#x')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://inventaris/assets/with%20space.png')).toBe(path.join(root, 'assets', 'with space.png'));
  });

  it.each([
    'app://inventaris/../secret.txt',
    'app://inventaris/assets/../../secret.txt',
    'app://inventaris/%2e%2e/secret.txt',
    'app://inventaris/%2E%2E/secret.txt',
    'app://inventaris/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://inventaris/..%2fsecret.txt',
    'app://inventaris/..%5csecret.txt',
    'app://inventaris/assets\\..\\..\\secret.txt',
    'app://inventaris//etc/passwd',
    'app://inventaris/%2fetc%2fpasswd',
    'app://inventaris/C:/Windows/win.ini',
    'app://inventaris/C%3a%5cWindows%5cwin.ini',
    'app://inventaris/./index.html',
    'app://inventaris/index.html%00.js',
    'app://inventaris/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://inventaris/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('knows the content types of a Vite build and refuses other kinds of file', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('inter.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('notes.exe')).toBeNull();
    expect(mimeTypeFor('README')).toBeNull();
  });
});

describe('an app:// request', () => {
  it('gets the file with its content type, the CSP and no caching of HTML', async () => {
    const response = await serveAppRequest(root, { url: 'app://inventaris/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('<title>Inventaris</title>');

    const script = await serveAppRequest(root, { url: 'app://inventaris/assets/index-abc.js', method: 'GET' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('for a file outside the build, a missing file, a folder or an unknown kind is answered 404 with the CSP', async () => {
    for (const url of [
      'app://inventaris/%2e%2e/secret.txt',
      'app://inventaris/assets/missing.js',
      'app://inventaris/assets',
      'app://inventaris/assets/notes.exe',
    ]) {
      const response = await serveAppRequest(root, { url, method: 'GET' });
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });

  it('that is not a read is refused', async () => {
    const response = await serveAppRequest(root, { url: 'app://inventaris/index.html', method: 'POST' });
    expect(response.status).toBe(405);
  });
});
