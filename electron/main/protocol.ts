// The app:// protocol: serves the built renderer (dist/renderer) to the window with the strict CSP.
// Pure Node (fs and the global Response), so the resolver and the responses are tested without Electron.
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_ORIGIN, isAppUrl } from '../ipc/sender';
import { contentSecurityPolicy } from './security';
import { contentTypeFor } from '../../shared/mime';


/** The Content-Type for a file name, or null for a kind of file the renderer build never contains. */
export function mimeTypeFor(fileName: string): string | null {
  return contentTypeFor(path.extname(fileName));
}

/**
 * Maps app://inventaris/<path> to a file under `root`, or null when the URL is not ours or tries to leave `root`.
 * The raw path is checked before any normalisation, so `..`, `%2e%2e`, encoded or back slashes, drive letters,
 * NUL and empty segments (`//etc/passwd`) are refused outright rather than quietly folded back into root.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  if (!requestUrl.startsWith(APP_ORIGIN)) return null;
  const rawPath = requestUrl.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  if (rawPath === '' || rawPath === '/') return path.join(root, 'index.html');
  if (!rawPath.startsWith('/')) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.slice(1));
  } catch {
    return null;
  }
  if (/[\\\0:]/.test(decoded)) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;

  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(path.resolve(root), resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

/** Headers every app:// answer carries. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** Answers one app:// request from the files under `root`. */
export async function serveAppRequest(root: string, request: { readonly url: string; readonly method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveAppPath(root, request.url);
  if (!file) return plain(404, 'Not found');
  const type = mimeTypeFor(file);
  if (!type) return plain(404, 'Not found');

  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return plain(404, 'Not found');
    throw error;
  }
  const headers: Record<string, string> = { ...securityHeaders(), 'Content-Type': type };
  if (type.startsWith('text/html')) headers['Cache-Control'] = 'no-store';
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
