// The app version, from package.json (bundled in at build time by esbuild and read directly under tsx/vitest).
import packageJson from '../../package.json';

export const appVersion: string = packageJson.version;
