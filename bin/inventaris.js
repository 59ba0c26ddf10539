#!/usr/bin/env node
// The `inventaris` command: a CommonJS shim that loads the built CLI bundle, or says how to build it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'Inventaris is nog niet gebouwd: voer eerst "npm run build" uit.\n' +
      'Inventaris has not been built yet: run "npm run build" first.\n',
  );
  process.exit(1);
}
require(bundle);
