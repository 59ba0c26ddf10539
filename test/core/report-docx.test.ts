// The demo report exported through the contract and checked by independent readers: python-docx opens it and
// finds the model's headings and real styles; LibreOffice converts it to PDF (one conversion in this file); the PDF
// has one profile per organisation. Also: progress and cancel, writing that loses nothing, and the house style.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import type { ExportProgress, ReportModel } from '../../shared/contract/report';
import { createDemoInventory } from '../../electron/core/demo';
import { exportReport, writeAtomically } from '../../electron/core/report/export';
import { houseStyle, houseStyleTemplate } from '../fixtures/make-house-style.mts';
import { makeCore, tempDir } from './helpers';

const python = '/usr/bin/python3';

/** Facts python-docx reads from a document, as JSON. */
function readWithPythonDocx(file: string): {
  paragraphs: { style: string; text: string }[];
  tables: number;
  shapes: number;
  header: string;
  page: { width: number; height: number };
  heading1: { font: string | null; color: string | null };
} {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
s = d.sections[0]
h1 = next(st for st in d.styles if st.style_id == 'Heading1')
print(json.dumps({
  'paragraphs': [{'style': p.style.name, 'text': p.text} for p in d.paragraphs],
  'tables': len(d.tables),
  'shapes': len(d.inline_shapes),
  'header': '\\n'.join(p.text for p in s.header.paragraphs),
  'page': {'width': s.page_width, 'height': s.page_height},
  'heading1': {'font': h1.font.name, 'color': str(h1.font.color.rgb) if h1.font.color and h1.font.color.type else None},
}))
`;
  return JSON.parse(execFileSync(python, ['-c', script, file], { encoding: 'utf8' }));
}

function unzipText(file: string, part: string): string {
  return execFileSync(python, ['-c', 'import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())', file, part], { encoding: 'utf8' });
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error.info;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('the demo report', () => {
  let core: ReturnType<typeof makeCore>;
  let docxFile: string;
  let model: ReportModel;
  const progress: ExportProgress[] = [];

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-report-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    // Its own folder: the helpers' temp folders are removed after each test, and these files serve several.
    core = makeCore(dir);
    const file = path.join(core.dir, 'demo.inventaris');
    await createDemoInventory(file, { configDir: path.join(core.dir, 'config') });
    await core.client.call('files.open', { path: file });
    core.client.on('export.progress', (payload) => progress.push(payload));
    model = await core.client.call('report.preview');
    const result = await core.client.call('report.export', { path: path.join(core.dir, 'rapport'), jobId: 'job-1' });
    docxFile = result.path;
  }, 60_000);

  it('is written where asked, with .docx added, reporting its progress to the end', () => {
    expect(docxFile).toBe(path.join(core.dir, 'rapport.docx'));
    expect(fs.statSync(docxFile).size).toBeGreaterThan(10_000);
    expect(progress.map((p) => p.stage)).toEqual(['collect', 'charts', 'document', 'pack', 'write', 'done']);
    expect(progress.every((p) => p.jobId === 'job-1')).toBe(true);
    expect(fs.readdirSync(core.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('opens in python-docx with the model’s chapters as Heading 1, on A4, with the title in the header', () => {
    const facts = readWithPythonDocx(docxFile);
    const heading1 = facts.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);
    const expected = model.chapters.map((c) => (c.appendix ? `Bijlage ${c.number} ${c.title}` : c.number ? `${c.number} ${c.title}` : c.title));
    expect(heading1).toEqual(expected);
    const heading2 = facts.paragraphs.filter((p) => p.style === 'Heading 2').map((p) => p.text);
    const modelHeading2 = model.chapters.flatMap((c) => c.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b as { text: string }).text));
    expect(heading2).toEqual(modelHeading2);
    const styles = new Set(facts.paragraphs.map((p) => p.style));
    for (const style of ['Title', 'Heading 1', 'Heading 2', 'Heading 3', 'Caption', 'List Paragraph']) expect(styles).toContain(style);
    expect(facts.paragraphs[0]).toEqual({ style: 'Title', text: 'Inventarisatie circulair inkopen Regio Foodvalley' });
    expect(facts.header).toBe('Inventarisatie circulair inkopen Regio Foodvalley');
    // A4 in EMU.
    expect(facts.page).toEqual({ width: 7560310, height: 10692130 });
    expect(facts.tables).toBeGreaterThan(10);
  });

  it('has its charts as valid PNGs drawn at 150 dpi of their size on the page, each with alternative text', () => {
    const script = `
import zipfile, zlib, struct, re, json, sys
z = zipfile.ZipFile(sys.argv[1])
doc = z.read('word/document.xml').decode()
rels = z.read('word/_rels/document.xml.rels').decode()
target = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
out = []
for drawing in re.findall(r'<w:drawing>.*?</w:drawing>', doc, re.S):
    cx = int(re.search(r'<wp:extent cx="(\\d+)"', drawing).group(1))
    descr = re.search(r'<wp:docPr [^>]*descr="([^"]*)"', drawing).group(1)
    rid = re.search(r'r:embed="([^"]+)"', drawing).group(1)
    png = z.read('word/' + target[rid])
    assert png[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
    pos, chunks = 8, {}
    while pos < len(png):
        n, kind = struct.unpack('>I4s', png[pos:pos + 8])
        data = png[pos + 8:pos + 8 + n]
        assert struct.unpack('>I', png[pos + 8 + n:pos + 12 + n])[0] == zlib.crc32(kind + data)
        chunks.setdefault(kind.decode(), []).append(data)
        pos += 12 + n
    w, h, depth, colour = struct.unpack('>IIBB', chunks['IHDR'][0][:10])
    pixels = zlib.decompress(b''.join(chunks['IDAT']))
    channels = {2: 3, 6: 4}[colour]
    out.append({'dpi': w / (cx / 914400), 'descr': descr, 'complete': len(pixels) == (w * channels + 1) * h, 'iend': 'IEND' in chunks})
print(json.dumps(out))
`;
    const figures = JSON.parse(execFileSync(python, ['-c', script, docxFile], { encoding: 'utf8' })) as { dpi: number; descr: string; complete: boolean; iend: boolean }[];
    expect(figures.length).toBe(model.chapters.flatMap((c) => c.blocks).filter((b) => b.kind === 'figure').length);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.complete && figure.iend).toBe(true);
      expect(figure.dpi).toBeGreaterThanOrEqual(149.5);
      expect(figure.dpi).toBeLessThanOrEqual(151);
      expect(figure.descr.length).toBeGreaterThan(10);
    }
  });

  it('asks Word to update fields, has a table of contents, repeating table headers and Dutch proofing', () => {
    expect(unzipText(docxFile, 'word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    const documentXml = unzipText(docxFile, 'word/document.xml');
    expect(documentXml).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(unzipText(docxFile, 'word/styles.xml')).toMatch(/<w:rPrDefault>.*<w:lang w:val="nl-NL"\/>/s);
    expect(unzipText(docxFile, 'word/footer1.xml') + unzipText(docxFile, 'word/footer2.xml')).toMatch(/Pagina .*PAGE.*van .*NUMPAGES/s);
  });

  it('converts to PDF in LibreOffice with one profile page per organisation', () => {
    const out = tempDir();
    const profile = `file://${path.join(tempDir(), 'lo-profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docxFile], { stdio: 'pipe', timeout: 120_000 });
    const pdf = path.join(out, 'rapport.pdf');
    expect(fs.existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const profiles = text.slice(text.lastIndexOf('Bijlage E Organisatieprofielen'));
    expect(profiles.match(/^\s*\d+ interviews?, /gm)?.length).toBe(8);
    expect(text).toMatch(/Pagina 2 van \d+/);
    // The table of contents lists the chapters with the pages they are on in this PDF: LibreOffice does not update
    // fields, so these are the numbers the document was written with (Word recalculates them on open).
    expect(text).toMatch(/Inhoud\s+Managementsamenvatting[\s.]+\d+\s+Belangrijkste aanbevelingen[\s.]+\d+\s+1 Inleiding/);
    expectTocOnItsPages(text, model);
  });

  it('writes the sources of its quotes in the language asked for, not the stored one', async () => {
    const opened = core.session.requireFile();
    const sources = (model: ReportModel) =>
      model.chapters.flatMap((c) => c.blocks).flatMap((b) => (b.kind === 'quote' ? [b.source] : []));
    const english = await exportReport(opened.db, path.join(tempDir(), 'report.docx'), { overrides: { language: 'en' } });
    expect(sources(model).some((s) => /gemeente [A-H]$/.test(s))).toBe(true);
    const translated = sources(english.model);
    expect(translated.length).toBe(sources(model).length);
    expect(translated.some((s) => /municipality [A-H]$/.test(s))).toBe(true);
    expect(translated.filter((s) => /gemeente|inkoopadviseur|beleidsmedewerker/i.test(s))).toEqual([]);
  });

  it('puts every entry of the English table of contents, quotes by name, on its page in LibreOffice too', async () => {
    const out = tempDir();
    const opened = core.session.requireFile();
    const english = await exportReport(opened.db, path.join(out, 'report.docx'), { overrides: { language: 'en', quotes: 'names' } });
    const profile = `file://${path.join(tempDir(), 'lo-profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, english.path], { stdio: 'pipe', timeout: 120_000 });
    const text = execFileSync('pdftotext', ['-layout', path.join(out, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Contents\s+Management summary/);
    expectTocOnItsPages(text, english.model);
  }, 120_000);
});

/** Every table-of-contents entry in the PDF's text names the page its heading is on. */
function expectTocOnItsPages(text: string, model: ReportModel): void {
  const pages = text.split('\f');
  const entries = pages
    .slice(0, 4)
    .flatMap((page) => [...page.matchAll(/^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$/gm)].map((m) => ({ title: m[1]!, page: Number(m[2]) })));
  const tocHeadings = model.chapters.reduce((n, c) => n + 1 + c.blocks.filter((b) => b.kind === 'heading' && b.level === 2).length, 0);
  expect(entries).toHaveLength(tocHeadings);
  let from = 2;
  for (const entry of entries) {
    const found = pages.findIndex((page, i) => i >= from && page.split('\n').some((line) => line.trim() === entry.title));
    expect({ title: entry.title, page: found + 1 }).toEqual(entry);
    from = found;
  }
}

describe('exporting the report', () => {
  async function openedDemoLike() {
    const core = makeCore();
    const file = path.join(core.dir, 'klein.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Klein' } });
    return core;
  }

  it('stops when cancelled and writes nothing', async () => {
    const core = await openedDemoLike();
    core.client.on('export.progress', (payload) => {
      if (payload.stage === 'collect') void core.client.call('report.cancelExport', { jobId: payload.jobId });
    });
    const target = path.join(core.dir, 'geannuleerd.docx');
    const error = await failure(core.client.call('report.export', { path: target, jobId: 'job-cancel' }));
    expect(error.code).toBe('CANCELLED');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses a target it cannot write with a clear message, keeping the previous report', async () => {
    const core = await openedDemoLike();
    const folderAsTarget = path.join(core.dir, 'map.docx');
    fs.mkdirSync(folderAsTarget);
    const error = await failure(core.client.call('report.export', { path: folderAsTarget, jobId: 'job-dir' }));
    expect(error.code).toBe('REPORT_UNWRITABLE');
    expect(error.message).toContain('Er is niets overschreven of verloren gegaan');
    const missingFolder = await failure(core.client.call('report.export', { path: path.join(core.dir, 'bestaat-niet', 'r.docx'), jobId: 'job-missing' }));
    expect(missingFolder.code).toBe('REPORT_UNWRITABLE');
  });

  it('leaves the previous report intact when it is locked, and no temporary file behind', () => {
    const dir = tempDir();
    const target = path.join(dir, 'rapport.docx');
    fs.writeFileSync(target, 'vorige versie');
    const locked = () => {
      throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    };
    expect(() => writeAtomically(target, new Uint8Array([1, 2, 3]), locked)).toThrow(expect.objectContaining({ code: 'REPORT_UNWRITABLE' }));
    expect(fs.readFileSync(target, 'utf8')).toBe('vorige versie');
    expect(fs.readdirSync(dir)).toEqual(['rapport.docx']);
    writeAtomically(target, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
  });
});

/** Every kind of character that must survive XML, Word and python-docx unchanged. */
const specialTitle = 'Kosten & baten <50%> “circulair” ‘inkopen’ — café, ë, Ĳssel 🚲';

describe('the house style', () => {
  async function withTemplate() {
    const core = makeCore();
    await core.client.call('files.create', { path: path.join(core.dir, 'huisstijl.inventaris'), fields: { title: specialTitle } });
    const template = path.join(core.dir, 'huisstijl.dotx');
    fs.writeFileSync(template, await houseStyleTemplate());
    return { core, template };
  }

  it('is kept in the file and gives the report the template’s heading font and colour', async () => {
    const { core, template } = await withTemplate();
    const options = await core.client.call('report.setHouseStyle', { path: template });
    expect(options.houseStyleName).toBe('huisstijl.dotx');
    const { path: styled } = await core.client.call('report.export', { path: path.join(core.dir, 'huisstijl.docx'), jobId: 'job-style' });
    const facts = readWithPythonDocx(styled);
    expect(facts.heading1).toEqual({ font: houseStyle.headingFont, color: houseStyle.headingColour });
    expect(facts.paragraphs[0]).toEqual({ style: 'Title', text: specialTitle });
    expect(facts.header).toBe(specialTitle);
    // Our own styles the template lacks are still there, and the proofing language is still Dutch.
    const styles = unzipText(styled, 'word/styles.xml');
    expect(styles).toContain('w:styleId="MissingText"');
    expect(styles).toMatch(/<w:rPrDefault>.*<w:lang w:val="nl-NL"\/>/s);

    await core.client.call('report.clearHouseStyle');
    const { path: plain } = await core.client.call('report.export', { path: path.join(core.dir, 'standaard.docx'), jobId: 'job-plain' });
    expect(readWithPythonDocx(plain).heading1.font).toBe('Calibri');
  });

  it('refuses a file that is not a Word document, or a damaged one, and keeps the style it had', async () => {
    const { core, template } = await withTemplate();
    await core.client.call('report.setHouseStyle', { path: template });
    const text = path.join(core.dir, 'notities.dotx');
    fs.writeFileSync(text, 'geen Word-bestand');
    const damaged = path.join(core.dir, 'kapot.docx');
    fs.writeFileSync(damaged, fs.readFileSync(template).subarray(0, 2000));
    for (const file of [text, damaged]) {
      const error = await failure(core.client.call('report.setHouseStyle', { path: file }));
      expect(error.code).toBe('HOUSE_STYLE_INVALID');
      expect(error.message).toContain('De huisstijl is niet gewijzigd');
    }
    expect((await core.client.call('report.getOptions')).houseStyleName).toBe('huisstijl.dotx');
  });
});
