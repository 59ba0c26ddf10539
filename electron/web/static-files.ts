// The renderer build on disk: index.html (with the token put in) and the files under assets/.
// A request path is resolved and must stay inside the assets folder, however it is encoded.
import fs from 'node:fs';
import path from 'node:path';
import { contentTypeFor } from '../../shared/mime';


export const TOKEN_META_NAME = 'inventaris-token';

export interface Asset {
  readonly file: string;
  readonly contentType: string;
  readonly size: number;
}

export class RendererFiles {
  readonly dir: string;
  private readonly assetsDir: string;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
    this.assetsDir = path.join(this.dir, 'assets');
  }

  get indexFile(): string {
    return path.join(this.dir, 'index.html');
  }

  /** index.html with `<meta name="inventaris-token">` as the first element of <head>. */
  indexWithToken(token: string): string {
    const html = fs.readFileSync(this.indexFile, 'utf8');
    const head = /<head(\s[^>]*)?>/i.exec(html);
    if (!head) throw new Error(`${this.indexFile} has no <head> element to put the token in`);
    const at = head.index + head[0].length;
    // The token is hex, so it needs no escaping inside the attribute.
    if (!/^[0-9a-f]+$/.test(token)) throw new Error('token is not hex');
    return `${html.slice(0, at)}\n    <meta name="${TOKEN_META_NAME}" content="${token}">${html.slice(at)}`;
  }

  /**
   * The file for a URL path below /assets/ (already percent-decoded), or null when there is none or the path
   * would leave the assets folder. Backslashes and NUL are refused outright: they mean something else on some systems.
   */
  asset(relative: string): Asset | null {
    if (relative.includes('\0') || relative.includes('\\')) return null;
    const file = path.resolve(this.assetsDir, `.${path.posix.sep}${relative}`);
    if (!file.startsWith(this.assetsDir + path.sep)) return null;
    let stat: fs.Stats;
    let real: string;
    try {
      stat = fs.statSync(file);
      real = fs.realpathSync(file);
    } catch {
      return null;
    }
    // A symlink inside the build pointing elsewhere is not served either.
    const realAssets = fs.realpathSync(this.assetsDir);
    if (!stat.isFile() || !real.startsWith(realAssets + path.sep)) return null;
    const contentType = contentTypeFor(path.extname(file)) ?? 'application/octet-stream';
    return { file, contentType, size: stat.size };
  }
}
