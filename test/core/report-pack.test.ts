// Packing the report: the export zips docx's package files itself (Node's zlib, see pack.ts) instead of through
// Packer.toBuffer. The package must be the same: the same files in the same order with the same bytes, in a zip
// file an independent reader (Python's zipfile, which checks every CRC) reads without complaint.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoInventory } from '../../electron/core/demo';
import { openInventoryFile } from '../../electron/core/db/file';
import { exportReport } from '../../electron/core/report/export';
import { docxCompiler, packageFiles, packDocument, zipPackage } from '../../electron/core/report/pack';
import { tempDir } from './helpers';

type Exported = Awaited<ReturnType<typeof exportReport>>;

let exported: Exported;
/** The .docx file the export wrote (read at once: the temporary folders go after each test). */
let written: Buffer;

beforeAll(async () => {
  const dir = tempDir();
  const file = path.join(dir, 'demo.inventaris');
  await createDemoInventory(file, { configDir: path.join(dir, 'config') });
  const opened = openInventoryFile(file, { deviceId: 'pack-test', readOnly: true });
  try {
    exported = await exportReport(opened.db, path.join(dir, 'rapport.docx'));
    written = fs.readFileSync(exported.path);
  } finally {
    opened.db.close();
  }
}, 60_000);

const entries = (zip: Uint8Array) => Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')] as const);

/** What Python's zipfile makes of a zip file: its names in order, and the first entry whose CRC is wrong (or None). */
function readWithPython(file: string): { names: string[]; bad: string | null } {
  const script = 'import json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(json.dumps({"names": z.namelist(), "bad": z.testzip()}))';
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

describe('packing the report', () => {
  it('writes the files docx would, in its order and byte for byte, to a zip file Python reads and checks', async () => {
    const byDocx = await Packer.toBuffer(exported.document);
    const ours = entries(written);
    expect(ours.length).toBeGreaterThan(15);
    expect(ours.map(([name]) => name)).toContain('word/document.xml');
    expect(ours.filter(([name]) => name.startsWith('word/media/')).length).toBeGreaterThan(0);
    expect(ours).toEqual(entries(byDocx));

    const file = path.join(tempDir(), 'rapport.docx');
    fs.writeFileSync(file, written);
    const python = readWithPython(file);
    expect(python.bad).toBeNull();
    expect(python.names).toEqual(ours.map(([name]) => name));
    // Deflated: about as small as docx's own zip file.
    expect(written.length).toBeLessThan(byDocx.length * 1.05);
  });

  it('zips special characters in file contents and keeps empty files', async () => {
    const files = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types>&amp; “quotes” é 😀</Types>'],
      ['word/empty.xml', ''],
      ['word/media/bytes.bin', new Uint8Array([0, 1, 2, 255])],
    ]);
    const zip = await zipPackage(files);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual([...files.keys()]);
    expect(Buffer.from(back['[Content_Types].xml']!).toString('utf8')).toBe('<Types>&amp; “quotes” é 😀</Types>');
    expect(back['word/empty.xml']!.length).toBe(0);
    expect([...back['word/media/bytes.bin']!]).toEqual([0, 1, 2, 255]);
    const file = path.join(tempDir(), 'special.zip');
    fs.writeFileSync(file, zip);
    expect(readWithPython(file).bad).toBeNull();
  });

  it('finds docx’s compiler, and packs with docx’s own Packer without it, to the same files', async () => {
    expect(docxCompiler()).not.toBeNull();
    expect(packageFiles(exported.document, null)).toBeNull();
    expect(entries(await packDocument(exported.document, null))).toEqual(entries(written));
  });
});
