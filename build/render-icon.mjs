// Renders build/icon.svg to build/icon.png (512x512), the icon electron-builder turns into .ico/.icns/AppImage icons.
// Run after changing the SVG: node build/render-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 512 } }).render().asPng();
fs.writeFileSync(path.join(dir, 'icon.png'), png);
console.log(`build/icon.png: ${png.length} bytes`);
