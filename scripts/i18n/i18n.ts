// `npm run i18n`: compiles the message catalogs (src/i18n/messages/<locale>/<namespace>.json) into
// typed modules under src/i18n/generated/ (see scripts/i18n/i18n-compile.ts and docs/i18n.md).
// `npm run i18n -- --check` writes nothing and fails when a generated module is stale.

import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CatalogError, GENERATED_DIR, generateAll } from './i18n-compile.ts';

const root = process.cwd();
const check = process.argv.includes('--check');
let modules: Map<string, string>;
try {
  modules = generateAll(root);
} catch (e) {
  if (!(e instanceof CatalogError)) throw e;
  console.error(e.message);
  process.exit(1);
}
let stale = 0;
if (!check) rmSync(join(root, GENERATED_DIR), { recursive: true, force: true });
for (const [path, text] of modules) {
  const full = join(root, path);
  if (check) {
    if (!existsSync(full) || readFileSync(full, 'utf8') !== text) {
      console.error(`${path} is stale: run npm run i18n`);
      stale++;
    }
    continue;
  }
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}
if (stale > 0) process.exit(1);
console.log(`${check ? 'checked' : 'wrote'} ${modules.size} modules under ${GENERATED_DIR}`);
