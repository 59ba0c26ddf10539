// Which pages may talk to the core: only ours, served by the app:// protocol from app://inventaris/.
// Defined here, in the IPC layer that enforces it; the main process reuses it to keep navigation inside the app.

/** The scheme and host the renderer is served from: app://inventaris/index.html. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'inventaris';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for app://inventaris/... exactly: parsed as a URL, no other host, no credentials, no port. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Whether an IPC message may reach the core: it must come from a page served by our app:// protocol. */
export function isTrustedSender(url: string): boolean {
  return isAppUrl(url);
}
