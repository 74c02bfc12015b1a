#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (dist/, from `npm run build`) when it is at least as new as every source file;
// otherwise (a checkout not built yet, or sources edited since) runs the TypeScript sources through
// ts-node in transpile-only mode, so the command never runs stale code.
const path = require('node:path');
const fs = require('node:fs');

const root = path.join(__dirname, '..');
const compiled = path.join(root, 'dist', 'cli', 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function compiledIsFresh() {
  if (!fs.existsSync(compiled)) return false;
  const src = path.join(root, 'src');
  if (!fs.existsSync(src)) return true;
  return fs.statSync(compiled).mtimeMs >= newestSource(src);
}

if (compiledIsFresh()) {
  require(compiled).main(process.argv);
} else {
  require('ts-node').register({ transpileOnly: true, project: path.join(root, 'tsconfig.json') });
  require(path.join(root, 'src', 'cli', 'main.ts')).main(process.argv);
}
