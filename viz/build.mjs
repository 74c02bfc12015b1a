// Bundles the viewer: viz/src/main.ts -> viz/dist/app.js (esbuild, one IIFE), and copies viz/public/*.
// Usage: node viz/build.mjs [--dev]   (--dev: no minification, inline source map)
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const dev = process.argv.includes('--dev');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(here, 'public'), dist, { recursive: true });
// options both bundles share
const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  minify: !dev,
  tsconfig: join(here, 'tsconfig.json'),
  logLevel: 'warning',
  metafile: true,
};
const result = await build({
  ...common,
  entryPoints: [join(here, 'src', 'main.ts')],
  outfile: join(dist, 'app.js'),
  sourcemap: dev ? 'inline' : 'linked',
  legalComments: 'linked',
});
// the WebGL probe runs in <head> before app.js (see src/webglProbe.ts)
const probe = await build({ ...common, entryPoints: [join(here, 'src', 'webglProbe.ts')], outfile: join(dist, 'webgl-probe.js') });
const bytes = [result, probe].flatMap((r) => Object.values(r.metafile.outputs)).reduce((n, o) => n + o.bytes, 0);
console.log(`viz: built ${dist} (${Math.round(bytes / 1024)} KB)`);
