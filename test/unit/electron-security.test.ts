// The Electron security checklist, checked on the pure window-options factory and guards (no Electron binary).
import { describe, expect, it } from 'vitest';
import {
  applyContentsGuards,
  contentSecurityPolicy,
  createWindowOptions,
  denyPermissionCheck,
  denyPermissionRequest,
  guardNavigation,
  isAllowedExternalUrl,
  isNavigationAllowed,
  isRequestAllowed,
  spellCheckerLanguages,
  windowOpenHandler,
  type GuardableContents,
  type NavigationEvent,
} from '../../electron/main/security';
import { isTrustedSender } from '../../electron/ipc/sender';

describe('the window options factory', () => {
  const options = createWindowOptions('/app/dist/electron/preload.js');
  const prefs = options.webPreferences!;

  it('turns on every isolation flag and turns off every node and insecure feature', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
  });

  it('loads the given preload and keeps spell checking on', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.js');
    expect(prefs.spellcheck).toBe(true);
  });

  it('asks for Dutch and English spell checking, only where this Chromium has them', () => {
    expect(spellCheckerLanguages(['de', 'en-US', 'nl', 'fr'])).toEqual(['nl', 'en-US']);
    expect(spellCheckerLanguages([])).toEqual([]);
  });
});

describe('the IPC sender check', () => {
  it('trusts pages served by app://inventaris', () => {
    expect(isTrustedSender('app://inventaris/index.html')).toBe(true);
    expect(isTrustedSender('app://inventaris/index.html#/interviews/1')).toBe(true);
    expect(isTrustedSender('app://inventaris/')).toBe(true);
  });

  it.each([
    'http://inventaris/index.html',
    'https://inventaris/index.html',
    'http://127.0.0.1:5173/index.html',
    'file:///app/dist/renderer/index.html',
    'app://evil/index.html',
    'app://inventaris.evil.example/index.html',
    'app://inventaris@evil/index.html',
    'app://user:pw@inventaris/index.html',
    'app://inventaris:8080/index.html',
    'app://evil/inventaris/index.html',
    'apps://inventaris/index.html',
    'data:text/html,<p>app://inventaris/</p>',
    'javascript:alert(1)//app://inventaris/',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});

describe('navigation', () => {
  it('is allowed only inside app://inventaris', () => {
    expect(isNavigationAllowed('app://inventaris/index.html#/settings')).toBe(true);
    expect(isNavigationAllowed('https://www.pianoo.nl/')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false);
    expect(isNavigationAllowed('app://other/index.html')).toBe(false);
  });

  function navigation(url: string): NavigationEvent & { prevented: boolean } {
    return { url, prevented: false, preventDefault() { this.prevented = true; } };
  }

  it('to another site is cancelled by the guard', () => {
    const leaving = navigation('https://evil.example/');
    guardNavigation(leaving);
    expect(leaving.prevented).toBe(true);
    const staying = navigation('app://inventaris/index.html');
    guardNavigation(staying);
    expect(staying.prevented).toBe(false);
  });
});

describe('new windows and external links', () => {
  it('a window.open is always denied; an allow-listed https link goes to the system browser', () => {
    const opened: string[] = [];
    const handler = windowOpenHandler((url) => opened.push(url));
    expect(handler({ url: 'https://www.pianoo.nl/nl/themas' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://inventaris/index.html' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.pianoo.nl/nl/themas']);
  });

  it('the allow-list accepts only https on exactly an allowed origin', () => {
    const allowList = ['https://allowed.host'];
    expect(isAllowedExternalUrl('https://allowed.host/page?q=1', allowList)).toBe(true);
    for (const url of [
      'https://evil.example/?x=allowed.host',
      'https://evil.example/allowed.host',
      'https://allowed.host.evil.example/',
      'https://evilallowed.host/',
      'https://allowed.host@evil.example/',
      'https://user@allowed.host/',
      'https://allowed.host:8443/',
      'http://allowed.host/',
      'javascript:location="https://allowed.host/"',
      'file:///allowed.host',
      'app://allowed.host/',
      '//allowed.host/',
      'allowed.host',
    ]) {
      expect(isAllowedExternalUrl(url, allowList), url).toBe(false);
    }
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('a request for %s is refused', (permission) => {
    const answers: boolean[] = [];
    denyPermissionRequest(null, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
  });

  it('a permission check is refused', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('outgoing requests', () => {
  it('only the app itself, inline data and the developer tools are let through', () => {
    expect(isRequestAllowed('app://inventaris/assets/index-abc.js')).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA')).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isRequestAllowed('https://fonts.googleapis.com/css')).toBe(false);
    expect(isRequestAllowed('http://127.0.0.1:8080/')).toBe(false);
    expect(isRequestAllowed('ws://127.0.0.1:8080/')).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd')).toBe(false);
    expect(isRequestAllowed('app://evil/x.js')).toBe(false);
  });
});

describe('the content security policy', () => {
  it('allows no eval and no inline code, and nothing from elsewhere', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*/);
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).not.toMatch(/https?:/);
  });
});

describe('the guards applied to every web contents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: never) => void>();
    let openHandler: ((details: { readonly url: string }) => { action: 'deny' }) | null = null;
    const contents: GuardableContents = {
      on(event: string, listener: (event: never) => void) {
        listeners.set(event, listener);
        return contents;
      },
      setWindowOpenHandler(handler) {
        openHandler = handler;
      },
    };
    return { contents, listeners, openHandler: () => openHandler };
  }

  it('cancel leaving navigation and redirects, refuse webviews and deny new windows', () => {
    const fake = fakeContents();
    const opened: string[] = [];
    applyContentsGuards(fake.contents, (url) => opened.push(url));

    for (const name of ['will-navigate', 'will-redirect']) {
      let prevented = false;
      fake.listeners.get(name)!({ url: 'https://evil.example/', preventDefault: () => (prevented = true) } as never);
      expect(prevented, name).toBe(true);
    }
    let webviewPrevented = false;
    fake.listeners.get('will-attach-webview')!({ preventDefault: () => (webviewPrevented = true) } as never);
    expect(webviewPrevented).toBe(true);

    expect(fake.openHandler()!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
  });
});
