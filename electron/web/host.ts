// The local web host: serves the renderer build and the contract over HTTP on 127.0.0.1, for one browser tab
// (or several) sharing one session. Protocol: token in a cookie for pages and events, in a header for /rpc.
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ErrorCode, ErrorParams } from '../../shared/contract/errors';
import { errorMessage } from '../../shared/i18n/errors';
import { createRegistry } from '../core/api';
import { ConfigStore } from '../core/config';
import { noDialogs, Session } from '../core/session';
import { appVersion } from '../core/version';
import { EventStreams } from './event-stream';
import { forbiddenPage, notFoundPage } from './pages';
import { readBody, sendHtml, sendJson, sendText } from './responses';
import {
  cookieValue,
  newToken,
  originPolicy,
  placeProblem,
  setSecurityHeaders,
  singleHeader,
  tokenCookieName,
  TOKEN_HEADER,
  tokenMatches,
  type OriginPolicy,
} from './security';
import { RendererFiles } from './static-files';

/** Largest /rpc request body accepted. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface WebHostOptions {
  /** An inventory to open at start; a bad file makes start fail with its AppError. */
  readonly file?: string;
  /** 0 or absent: a free port chosen by the system. */
  readonly port?: number;
  /** Settings folder; INVENTARIS_HOME or the platform folder when absent. */
  readonly configDir?: string;
  /** The renderer build (index.html + assets/); dist/renderer when absent. */
  readonly rendererDir?: string;
}

export interface WebHost {
  /** The address to open, token included: http://127.0.0.1:PORT/?token=TOKEN */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly port: number;
  readonly session: Session;
  close(): Promise<void>;
}

/** Start-up problems that are not about an inventory file (those are AppErrors). */
export class WebHostStartError extends Error {
  constructor(
    readonly reason: 'renderer-missing' | 'port-in-use' | 'listen-failed',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'WebHostStartError';
  }
}

/** The renderer build beside the CLI bundle (dist/cli -> dist/renderer), or the checkout's dist/renderer from source. */
export function defaultRendererDir(): string {
  const here = __dirname;
  const bundled = path.basename(here) === 'cli' && path.basename(path.dirname(here)) === 'dist';
  return bundled ? path.resolve(here, '..', 'renderer') : path.resolve(here, '..', '..', 'dist', 'renderer');
}

export async function startWebHost(options: WebHostOptions = {}): Promise<WebHost> {
  const renderer = new RendererFiles(options.rendererDir ?? defaultRendererDir());
  if (!fs.existsSync(renderer.indexFile)) throw new WebHostStartError('renderer-missing', renderer.indexFile);

  const streams = new EventStreams();
  const session = new Session({
    config: new ConfigStore(options.configDir),
    transport: 'web',
    appVersion,
    dialogs: noDialogs,
    emit: (event, payload) => streams.broadcast(event, payload),
  });
  try {
    if (options.file !== undefined) session.open(options.file);
  } catch (error) {
    streams.closeAll();
    throw error;
  }

  const token = newToken();
  const registry = createRegistry();
  let policy: OriginPolicy | null = null;

  const server = http.createServer((req, res) => {
    setSecurityHeaders(res);
    if (!policy) return sendText(res, 503, 'starting');
    handle(req, res, policy).catch((error: unknown) => {
      // Handlers answer with envelopes; reaching here is a bug in the host itself.
      if (!res.headersSent) sendEnvelopeError(res, 500, 'INTERNAL', { detail: (error as Error).message ?? String(error) });
      else res.destroy();
    });
  });

  const say = (code: ErrorCode, params: ErrorParams = {}) => errorMessage(code, session.language, params);

  function sendEnvelopeError(res: ServerResponse, status: number, code: ErrorCode, params: ErrorParams = {}, extra: Record<string, string> = {}): void {
    sendJson(res, status, { ok: false, error: { code, message: say(code, params), params } }, extra);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, place: OriginPolicy): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      return sendText(res, 400, 'Bad request');
    }
    const { pathname } = url;
    const isApi = pathname.startsWith('/rpc/') || pathname === '/rpc' || pathname === '/events';

    if (placeProblem(req, place)) {
      return isApi ? sendEnvelopeError(res, 403, 'FORBIDDEN') : sendHtml(res, 403, forbiddenPage());
    }

    if (pathname.startsWith('/rpc/') || pathname === '/rpc') return handleRpc(req, res, pathname);
    if (pathname === '/events') return handleEvents(req, res);
    if (pathname === '/' || pathname === '/index.html') return handlePage(req, res, url);
    if (pathname.startsWith('/assets/')) return handleAsset(req, res, pathname);
    return sendHtml(res, 404, notFoundPage());
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const presented = singleHeader(req, TOKEN_HEADER);
    if (presented === undefined) return sendEnvelopeError(res, 401, 'FORBIDDEN');
    if (!tokenMatches(token, presented ?? undefined)) return sendEnvelopeError(res, 403, 'FORBIDDEN');
    if (req.method !== 'POST') {
      return sendEnvelopeError(res, 405, 'UNSUPPORTED', { what: `${req.method ?? '?'} ${pathname}` }, { Allow: 'POST' });
    }
    const contentType = (singleHeader(req, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType !== 'application/json') {
      return sendEnvelopeError(res, 415, 'BAD_INPUT', { detail: 'Content-Type must be application/json' });
    }
    let method: string;
    try {
      method = decodeURIComponent(pathname.slice('/rpc/'.length));
    } catch {
      return sendEnvelopeError(res, 400, 'BAD_INPUT', { detail: 'method name is not valid' });
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too-large') {
      return sendEnvelopeError(res, 413, 'BAD_INPUT', { detail: `request body is larger than ${MAX_BODY_BYTES} bytes` }, { Connection: 'close' });
    }
    let input: unknown;
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      return sendEnvelopeError(res, 400, 'BAD_INPUT', { detail: 'request body is not JSON' });
    }
    sendJson(res, 200, await registry.dispatch(method, input, session));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    const presented = cookieValue(req, tokenCookieName(port));
    if (presented === undefined) return sendEnvelopeError(res, 401, 'FORBIDDEN');
    if (!tokenMatches(token, presented)) return sendEnvelopeError(res, 403, 'FORBIDDEN');
    if (req.method !== 'GET') return sendEnvelopeError(res, 405, 'UNSUPPORTED', { what: `${req.method ?? '?'} /events` }, { Allow: 'GET' });
    streams.attach(res);
  }

  function handlePage(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    if (url.searchParams.has('token')) {
      // The printed address: trade the token in the URL for a cookie, and get it out of the address bar.
      if (!tokenMatches(token, url.searchParams.get('token') ?? undefined)) return sendHtml(res, 403, forbiddenPage());
      res.writeHead(303, {
        'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (!tokenMatches(token, cookieValue(req, tokenCookieName(port)))) return sendHtml(res, 403, forbiddenPage());
    sendHtml(res, 200, renderer.indexWithToken(token), req.method === 'HEAD');
  }

  function handleAsset(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice('/assets/'.length));
    } catch {
      return sendHtml(res, 404, notFoundPage());
    }
    const asset = renderer.asset(relative);
    if (!asset) return sendHtml(res, 404, notFoundPage());
    res.writeHead(200, { 'Content-Type': asset.contentType, 'Content-Length': asset.size, 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = fs.createReadStream(asset.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  const port = await listen(server, options.port ?? 0).catch((error: unknown) => {
    session.close();
    streams.closeAll();
    throw error;
  });
  policy = originPolicy(port);
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    session,
    close() {
      closing ??= new Promise<void>((resolve) => {
        // Closing the file first lets open pages hear file.changed(null) before their stream ends.
        session.close();
        streams.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new WebHostStartError('port-in-use', String(port))
          : new WebHostStartError('listen-failed', error.message),
      );
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
