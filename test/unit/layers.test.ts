// docs/architecture.md, layer rules: imports only point in the allowed directions. The checker is tested on bad samples first, so it can fail.
import { describe, expect, it } from 'vitest';
import { checkFile, checkRepository, importsOf } from './layer-rules';

describe('the layer checker', () => {
  it('finds static, type-only, dynamic and require imports', () => {
    const source = `import a from 'x';\nimport type { B } from "./b";\nexport * from './c';\nconst d = await import('d');\nconst e = require('e');\nimport './side-effect';`;
    expect(importsOf(source)).toEqual(['x', './b', './c', 'd', 'e', './side-effect']);
  });

  it.each([
    ['renderer/src/features/x.tsx', "import fs from 'node:fs';", /renderer must not import Node built-ins/],
    ['renderer/src/features/x.tsx', "import { ipcRenderer } from 'electron';", /renderer must not import electron/],
    ['renderer/src/app/App.tsx', "import { handlers } from '../../../electron/core/api';", /renderer must not import core/],
    ['electron/core/db/x.ts', "import { app } from 'electron';", /core must not import electron/],
    ['electron/core/db/x.ts', "import '../../main/main';", /core must not import main/],
    ['shared/contract/x.ts', "import path from 'path';", /shared must not import Node built-ins/],
    ['shared/contract/x.ts', "import { x } from '../../electron/core/api';", /shared must not import core/],
    ['electron/web/server.ts', "import { BrowserWindow } from 'electron';", /web must not import electron/],
    ['electron/cli/main.ts', "import type { App } from 'electron';", /cli must not import electron/],
    ['electron/preload/preload.ts', "import { Session } from '../core/session';", /preload must not import core/],
    ['electron/preload/preload.ts', "import fs from 'node:fs';", /preload must not import Node built-ins/],
    ['renderer/src/app/App.tsx', 'const b = window.inventarisBridge;', /only renderer\/src\/bridge/],
  ])('flags %s importing %s', (file, source, rule) => {
    const violations = checkFile(file, source);
    expect(violations.map((v) => v.rule).join('\n')).toMatch(rule);
  });

  it.each([
    ['renderer/src/app/App.tsx', "import { methods } from '../../../shared/contract/methods';"],
    ['electron/core/db/file.ts', "import Database from 'better-sqlite3';\nimport fs from 'node:fs';"],
    ['electron/preload/preload.ts', "import { contextBridge } from 'electron';\nimport { buildBridge } from '../../shared/contract/bridge';"],
    ['renderer/src/bridge/index.ts', 'const b = window.inventarisBridge;'],
    ['electron/main/main.ts', "import { app } from 'electron';\nimport { createRegistry } from '../core/api';"],
  ])('allows %s', (file, source) => {
    expect(checkFile(file, source)).toEqual([]);
  });
});

describe('the code base', () => {
  it('has no import that crosses a forbidden line', () => {
    expect(checkRepository()).toEqual([]);
  });
});
