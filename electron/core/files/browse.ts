// Lists folders and .inventaris files, for the in-app file chooser of the web host (Electron uses native dialogs).
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { BrowseEntry } from '../../../shared/contract/schemas';
import { FILE_EXTENSION } from '../db/file';

/** The folders and the files of one kind in `dir`: inventories, or Word documents and templates (house styles). */
export function browseFolder(dir: string, files: 'inventory' | 'word' = 'inventory'): { dir: string; parent: string | null; entries: BrowseEntry[] } {
  const absolute = path.resolve(dir);
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(absolute, { withFileTypes: true });
  } catch {
    throw new AppError('FILE_NOT_FOUND', { path: absolute });
  }
  const entries: BrowseEntry[] = [];
  for (const entry of names) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(absolute, entry.name);
    const lower = entry.name.toLowerCase();
    const isWanted = entry.isFile() && (files === 'word' ? lower.endsWith('.docx') || lower.endsWith('.dotx') : lower.endsWith(FILE_EXTENSION));
    if (!entry.isDirectory() && !isWanted) continue;
    let modifiedAt = '';
    try {
      modifiedAt = fs.statSync(full).mtime.toISOString();
    } catch {
      continue;
    }
    entries.push({ name: entry.name, path: full, kind: entry.isDirectory() ? 'dir' : files, modifiedAt });
  }
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'nl') : a.kind === 'dir' ? -1 : 1));
  const parent = path.dirname(absolute);
  return { dir: absolute, parent: parent === absolute ? null : parent, entries };
}

/** A file name made from a title: letters, digits and dashes, e.g. "Circulair inkopen Foodvalley" -> "circulair-inkopen-foodvalley". */
export function fileNameForTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'inventarisatie'}${FILE_EXTENSION}`;
}

/** A path in `dir` for a new file named after `title` that does not exist yet. */
export function freePathFor(dir: string, title: string): string {
  const base = fileNameForTitle(title).slice(0, -FILE_EXTENSION.length);
  let candidate = path.join(dir, `${base}${FILE_EXTENSION}`);
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(dir, `${base}-${n}${FILE_EXTENSION}`);
  return candidate;
}
