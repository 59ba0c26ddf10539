// Who may talk to the web host: the per-start token, and Host/Origin checks against DNS rebinding and foreign pages.
// Also the headers every response carries (a strict CSP among them).
import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The token cookie is named per port: browsers share cookies across ports, and two hosts must not overwrite each other's. */
export const tokenCookieName = (port: number): string => `inventaris_token_${port}`;
export const TOKEN_HEADER = 'x-inventaris-token';

import { contentSecurityPolicy } from '../../shared/csp';

export { contentSecurityPolicy };

/** 32 random bytes as hex: the secret a browser must present to use this host. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('hex');
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
export function tokenMatches(expected: string, candidate: string | undefined): boolean {
  if (candidate === undefined) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(candidate, 'utf8');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The value of one cookie from the Cookie header; undefined when absent. */
export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The one header value of a request; a repeated header counts as absent-or-invalid, never as "first wins". */
export function singleHeader(req: IncomingMessage, name: string): string | undefined | null {
  const value = req.headers[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return null;
  return value;
}

export interface OriginPolicy {
  readonly allowedHosts: ReadonlySet<string>;
  readonly allowedOrigins: ReadonlySet<string>;
}

export function originPolicy(port: number): OriginPolicy {
  return {
    allowedHosts: new Set([`127.0.0.1:${port}`, `localhost:${port}`]),
    allowedOrigins: new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]),
  };
}

/**
 * Why a request comes from the wrong place, or null when it may proceed. The Host must name this host exactly
 * (a page on another name that resolves to 127.0.0.1 sends its own name), and an Origin, when sent, must be ours.
 */
export function placeProblem(req: IncomingMessage, policy: OriginPolicy): string | null {
  const host = singleHeader(req, 'host');
  if (typeof host !== 'string' || !policy.allowedHosts.has(host)) return 'host';
  const origin = singleHeader(req, 'origin');
  if (origin === null) return 'origin';
  if (origin !== undefined && !policy.allowedOrigins.has(origin)) return 'origin';
  return null;
}

/** Headers on every response, whatever its kind. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
