// Fingerprints the user's own Inventaris folders (settings and default documents), so `npm test` can prove that the
// suite left them untouched. The folders are the ones the app uses when no INVENTARIS_HOME/INVENTARIS_DOCUMENTS is set.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The user's settings folder and default documents folder, as electron/core/config.ts finds them without overrides. */
export function userFolders(env = process.env, platform = process.platform, home = os.homedir()) {
  const config =
    platform === 'win32'
      ? path.join(env.APPDATA ?? home, 'Inventaris')
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support', 'Inventaris')
        : path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'inventaris');
  return [config, path.join(home, 'Documents', 'Inventaris')];
}

/** A hash over every file's path, size and content below the folders ('absent' folders count too). */
export function fingerprint(folders) {
  const hash = crypto.createHash('sha256');
  const visit = (entry) => {
    let stat;
    try {
      stat = fs.lstatSync(entry);
    } catch {
      hash.update(`absent ${entry}\n`);
      return;
    }
    if (stat.isDirectory()) {
      hash.update(`dir ${entry}\n`);
      for (const name of fs.readdirSync(entry).sort()) visit(path.join(entry, name));
    } else if (stat.isFile()) {
      hash.update(`file ${entry} ${stat.size}\n`);
      hash.update(fs.readFileSync(entry));
    } else {
      hash.update(`other ${entry}\n`);
    }
  };
  for (const folder of folders) visit(folder);
  return hash.digest('hex');
}
