#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (dist/, from `npm run build`); falls back to the TypeScript sources through
// ts-node (transpile-only) in a checkout that has not been built yet.
const path = require('node:path');
const fs = require('node:fs');
const compiled = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (fs.existsSync(compiled)) {
  require(compiled).main(process.argv);
} else {
  require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
  require(path.join(__dirname, '..', 'src', 'cli', 'main.ts')).main(process.argv);
}
