// Every security decision of the Electron shell as a small pure function: window options, navigation, new windows,
// permissions, outgoing requests and external links. main.ts only wires these to Electron, and the unit tests check
// them without the Electron binary (this module imports Electron's types, never the module).
import type { BrowserWindowConstructorOptions } from 'electron';
import { isAppUrl } from '../ipc/sender';

/** The one Content-Security-Policy of the renderer: no inline code, no eval, nothing from elsewhere. */
import { contentSecurityPolicy } from '../../shared/csp';

export { contentSecurityPolicy };

/** The one factory for every window the app opens; the security flags are spelled out, never left to defaults. */
export function createWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    title: 'Inventaris',
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/** Spell-check languages to ask for, limited to the ones this Chromium has; Dutch first. */
export function spellCheckerLanguages(available: readonly string[]): string[] {
  const wanted = ['nl', 'en-GB', 'en-US'];
  return wanted.filter((language) => available.includes(language));
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** will-navigate / will-redirect: stay inside the app; anything else is cancelled. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * https origins a link may open in the user's browser. Kept short on purpose: background reading on
 * sustainable and circular public procurement, which the interview guide refers to.
 */
export const externalAllowList: readonly string[] = ['https://www.pianoo.nl', 'https://www.mvicriteria.nl'];

/** Whether `url` may be handed to the system browser: https only, origin exactly on the allow-list. */
export function isAllowedExternalUrl(url: string, allowList: readonly string[] = externalAllowList): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  return allowList.some((allowed) => parseUrl(allowed)?.origin === parsed.origin);
}

/**
 * webRequest filter: the app makes no network requests. Allowed are its own files, inline data the CSP permits
 * (data:, blob:) and the developer tools, which load from devtools://.
 */
export function isRequestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parseUrl(url);
  return parsed !== null && ['devtools:', 'data:', 'blob:'].includes(parsed.protocol);
}

/** Permission requests (camera, notifications, geolocation, ...): always refused; the app needs none. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (permissionGranted: boolean) => void,
): void {
  callback(false);
}

/** Permission checks: always refused. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** What the guards need of a WebContents; Electron's WebContents satisfies it. */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** Cancels a navigation or redirect that would leave the app. */
export function guardNavigation(event: NavigationEvent): void {
  if (!isNavigationAllowed(event.url)) event.preventDefault();
}

/** New windows are never opened; an allow-listed https link goes to the system browser instead. */
export function windowOpenHandler(openExternal: (url: string) => void): (details: { readonly url: string }) => { action: 'deny' } {
  return ({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  };
}

/** Applies every per-contents guard; main.ts calls it for each web contents created. */
export function applyContentsGuards(contents: GuardableContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(openExternal));
}
