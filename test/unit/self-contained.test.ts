// The repository stands on its own: nothing in it sends a reader to notes outside it (the team's ../shared folder),
// and the README's architecture link resolves.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && /\.(ts|tsx|mts|mjs|js|md|json|yml|yaml|css|html)$/.test(file) && fs.existsSync(path.join(root, file)));

describe('the repository', () => {
  it('does not refer to the team notes outside it', () => {
    const outside = /\.\.\/shared\/[A-Z]+\.md|\b(DESIGN|DOMAIN|STACK|STYLE)\.md\b|\/work\/shared/;
    const hits = tracked.filter((file) => file !== 'test/unit/self-contained.test.ts' && outside.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(hits).toEqual([]);
  });

  it('links the README to an architecture page that exists and opens with what Inventaris is for', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('](docs/architecture.md)');
    expect(fs.existsSync(path.join(root, 'docs/architecture.md'))).toBe(true);
    expect(readme.split('\n')[2]).toMatch(/^Inventaris is an offline desktop app for consultants/);
    const firstBlock = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(firstBlock).toMatch(/npm install\nnpm start .*\nnpm test /);
  });
});
