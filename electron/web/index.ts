export { startWebHost, defaultRendererDir, MAX_BODY_BYTES, WebHostStartError, type WebHost, type WebHostOptions } from './host';
export { TOKEN_COOKIE, TOKEN_HEADER, contentSecurityPolicy } from './security';
export { TOKEN_META_NAME } from './static-files';
