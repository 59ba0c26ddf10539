// Packing the report: docx turns the Document into the files of the Word package, and those are zipped here: each
// file is deflated by Node's own zlib on the thread pool (all files at once) and fflate's Zip lays out the zip file
// around the deflated data. docx's Packer.toBuffer zips the same files with fflate's deflate, which is written in
// JavaScript and runs on the calling thread: for the Large report that took about 30 of its 250 ms, against about 10
// here. The files are the same, in the same order, byte for byte (report-pack.test.ts). Should a later docx no longer
// have its compiler where this looks for it, or Node have no zlib.crc32, Packer.toBuffer packs instead.
import zlib from 'node:zlib';
import { Packer, type Document } from 'docx';
import { Zip, type ZipInputFile } from 'fflate';

type PackageFiles = Map<string, string | Uint8Array | ArrayBuffer>;

export interface DocxCompiler {
  compile(file: Document, prettify?: undefined, overrides?: readonly unknown[]): PackageFiles;
}

/** docx's compiler (Packer.compiler): not part of its public types, so it is looked up, and checked, at run time. */
export function docxCompiler(): DocxCompiler | null {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return compiler && typeof compiler.compile === 'function' ? (compiler as DocxCompiler) : null;
}

const encoder = new TextEncoder();

function bufferOf(data: string | Uint8Array | ArrayBuffer): Buffer {
  if (typeof data === 'string') {
    const bytes = encoder.encode(data);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** The files of the Word package of `document`, by path, in the order docx zips them; null without docx's compiler. */
export function packageFiles(document: Document, compiler: DocxCompiler | null = docxCompiler()): PackageFiles | null {
  return compiler?.compile(document, undefined, []) ?? null;
}

const deflated = (data: Buffer) =>
  new Promise<Buffer>((resolve, reject) => zlib.deflateRaw(data, { level: 6 }, (error, result) => (error ? reject(error) : resolve(result))));

/** Zips `files` in their order, each deflated (level 6, as docx does) by Node's zlib on the thread pool. */
export async function zipPackage(files: PackageFiles, mtime = new Date()): Promise<Buffer> {
  const raw = [...files].map(([path, data]) => [path, bufferOf(data)] as const);
  const compressed = await Promise.all(raw.map(([, data]) => deflated(data)));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  raw.forEach(([path, data], i) => {
    // A file given to the zip as it will be stored: its size and CRC are of the original data, its bytes deflated.
    const file: ZipInputFile = { filename: path, size: data.length, crc: zlib.crc32(data), compression: 8, mtime };
    zip.add(file);
    file.ondata!(null, compressed[i] as Uint8Array<ArrayBuffer>, true);
  });
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

/** The .docx bytes of `document` (`compiler`: for tests, none, to take the fallback). */
export async function packDocument(document: Document, compiler: DocxCompiler | null = docxCompiler()): Promise<Buffer> {
  const files = typeof zlib.crc32 === 'function' ? packageFiles(document, compiler) : null;
  if (!files) return Packer.toBuffer(document);
  return zipPackage(files);
}
