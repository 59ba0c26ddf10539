// Which compiled better-sqlite3 binary the core loads.
//
// better-sqlite3 is a native module, built for one ABI. `npm install` builds it for Node (the CLI, the web host and
// the tests need that build), but Electron's main process has a different ABI. Rebuilding node_modules in place for
// Electron would break the Node side, so during development `npm start` keeps a second copy built for Electron
// (scripts/electron-native.mjs) and the Electron main process points the core at it here, before any file is opened.
// better-sqlite3 loads it through its `nativeBinding` constructor option. Nothing configured (the CLI, the web host,
// tests, a packaged app whose better-sqlite3 electron-builder rebuilt for Electron): the module's own build is used.
// Plain Node on purpose: the core never imports 'electron'.

let bindingPath: string | null = null;

/** Points every database the core opens from now on at this compiled binary; null goes back to better-sqlite3's own. */
export function useNativeBinding(path: string | null): void {
  bindingPath = path && path.length > 0 ? path : null;
}

/** Options to spread into `new Database(...)`: the configured binary, or nothing at all. */
export function nativeOptions(): { nativeBinding?: string } {
  return bindingPath === null ? {} : { nativeBinding: bindingPath };
}
