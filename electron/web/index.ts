// The web host's public face: what the CLI and the end-to-end tests start, and the protocol names they share.
export { startWebHost, defaultRendererDir, MAX_BODY_BYTES, WebHostStartError, type WebHost, type WebHostOptions } from './host';
export { tokenCookieName, TOKEN_HEADER, contentSecurityPolicy } from './security';
export { TOKEN_META_NAME } from './static-files';
