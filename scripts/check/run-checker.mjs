// `npm run check:stories`: runs the story checker (check-stories.ts, and check-worker.ts in its worker
// threads) from a bundle of its TypeScript instead of through tsx. Node 20 loads each TypeScript
// module through tsx's hooks on another thread: for the checker's hundred-odd modules that was about
// 1.5 s of CPU before the first file was checked, paid again by every worker thread, out of a
// whole-library check of under 10 s; the bundle loads in about 0.2 s.
//
// The bundle is code only, never results (it is no cache of what the checker found). It lives in
// node_modules/.cache/second-look/checker/ and is rebuilt with esbuild (already installed for Vite
// and tsx) whenever any file it was built from, this one or Node's version changed, so it is never
// stale. Each module keeps its own import.meta.dirname, filename and url, as under tsx.
// `node --import tsx scripts/check/check-stories.ts` still runs the same checker without a bundle.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'second-look', 'checker');
const STAMP = 'inputs.json';
const ENTRIES = ['scripts/check/check-stories.ts', 'scripts/check/check-worker.ts'];

/** A file's size and modification time, as the stamp records them. */
function signature(file) {
  const s = statSync(join(ROOT, file));
  return `${s.size}:${s.mtimeMs}`;
}

/** Whether the bundle in `dir` was built from the files as they are now, by this runner and this Node. */
function fresh(dir) {
  try {
    const stamp = JSON.parse(readFileSync(join(dir, STAMP), 'utf8'));
    if (stamp.node !== process.version) return false;
    return Object.entries(stamp.inputs).every(([file, sig]) => signature(file) === sig);
  } catch {
    return false;
  }
}

/** Replaces a module's import.meta.dirname, filename and url by what they are for its source file. */
const importMetaOfSource = {
  name: 'import-meta-of-source',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents: text, loader: 'ts' };
    });
  },
};

/** Builds the bundle into a folder of its own, then puts it in place; returns the folder to load from. */
async function rebuild() {
  const { build } = await import('esbuild');
  const tmp = `${OUT}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES.map((e) => join(ROOT, e)),
    outdir: tmp,
    outbase: join(ROOT, 'scripts', 'check'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node}`,
    packages: 'external',
    metafile: true,
    logLevel: 'error',
    plugins: [importMetaOfSource],
  });
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), relative(ROOT, import.meta.filename)])
    inputs[file] = signature(file);
  writeFileSync(join(tmp, STAMP), JSON.stringify({ node: process.version, inputs }));
  try {
    rmSync(OUT, { recursive: true, force: true });
    renameSync(tmp, OUT);
    return OUT;
  } catch {
    // Another run put its bundle in place first: this run uses its own.
    return tmp;
  }
}

mkdirSync(dirname(OUT), { recursive: true });
const dir = existsSync(OUT) && fresh(OUT) ? OUT : await rebuild();
const checker = await import(pathToFileURL(join(dir, 'check-stories.mjs')).href);
await checker.runCommand(process.argv.slice(2), {
  entry: pathToFileURL(join(dir, 'check-worker.mjs')).href,
  typescript: false,
});
