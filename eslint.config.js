// Lint rules. The floors of docs/architecture.md are enforced here: nothing imports up, each
// framework stays in its adapter folder, the core stays pure (no framework, DOM or Node).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import path from 'node:path';

/**
 * The zones of docs/architecture.md: a folder of code and the zones it may import besides its own.
 * A file belongs to the zone of its nearest listed folder (so `src/ui/learner/x.ts` is in `src/ui`).
 * `'src/core/**'` stands for the core and every zone inside it. Imports of data (JSON, CSS, SVG,
 * ink) are not restricted; `tests/` is in no list, so nothing in the product imports test code.
 */
const CORE = 'src/core/**';
const SHOWS = [CORE, 'src/i18n', 'src/story', 'src/state'];
export const ZONES = [
  // The core, bottom up: shared helpers, the tag grammar and configuration, the encounter engine,
  // then what reports on encounters (LMS, classroom, progress) and the links that open them.
  { dir: 'src/core', may: [] },
  { dir: 'src/core/tags', may: ['src/core'] },
  { dir: 'src/core/config', may: ['src/core'] },
  { dir: 'src/core/encounter', may: ['src/core', 'src/core/tags', 'src/core/config'] },
  { dir: 'src/core/lms', may: ['src/core', 'src/core/tags', 'src/core/config', 'src/core/encounter'] },
  { dir: 'src/core/classroom', may: ['src/core', 'src/core/tags', 'src/core/config', 'src/core/encounter'] },
  {
    dir: 'src/core/progress',
    may: ['src/core', 'src/core/tags', 'src/core/config', 'src/core/encounter', 'src/core/lms'],
  },
  { dir: 'src/core/links', may: ['src/core', 'src/core/lms', 'src/core/classroom'] },
  // The interface's words (compiled message catalogs): on the core, below everything that shows words.
  { dir: 'src/i18n', may: [CORE] },
  // The story adapter at runtime, and the checker (Node only) on top of it.
  { dir: 'src/story', may: [CORE], packages: ['inkjs'] },
  { dir: 'src/story/checker', may: [CORE, 'src/story'], packages: ['inkjs'] },
  { dir: 'src/state', may: [CORE, 'src/story'], packages: ['zustand', 'idb-keyval'] },
  { dir: 'src/ui', may: SHOWS },
  { dir: 'src/scenes', may: [CORE, 'src/story', 'src/state'], packages: ['phaser'] },
  { dir: 'src/audio', may: [CORE, 'src/story', 'src/state'], packages: ['howler'] },
  { dir: 'src/lms', may: [CORE, 'src/story', 'src/state'] },
  { dir: 'src/sw', may: [CORE] },
  { dir: 'src/app', may: [...SHOWS, 'src/ui', 'src/scenes', 'src/audio', 'src/lms'] },
  // The entry points (src/main.ts, src/vote-main.ts) boot through the app.
  { dir: 'src', may: [...SHOWS, 'src/ui', 'src/app'] },
  // Node tools: the core and the story adapter and checker, never the app or the tests.
  { dir: 'scripts', may: [CORE, 'src/story', 'src/story/checker'], packages: ['inkjs'], node: true },
  // The classroom relay, a server people run on their network: the core's protocol only.
  { dir: 'server', may: [CORE, 'scripts'], node: true },
];

/** The zone a repository path (forward slashes) belongs to, or undefined outside every zone. */
export function zoneOf(file) {
  let best;
  for (const z of ZONES)
    if (file.startsWith(`${z.dir}/`) && (!best || z.dir.length > best.dir.length)) best = z;
  return best;
}

/** Why `from` may not import `to` (repository paths), or '' when it may. */
export function importProblem(from, to) {
  if (!/\.(ts|js|mjs)$/.test(to)) return '';
  const a = zoneOf(from);
  const b = zoneOf(to);
  if (!a) return '';
  if (!b) return to.startsWith('tests/') ? `${a.dir}/ does not import test code` : '';
  if (a === b) return '';
  const ok = a.may.some((m) =>
    m.endsWith('/**') ? b.dir === m.slice(0, -3) || b.dir.startsWith(m.slice(0, -2)) : b.dir === m,
  );
  return ok
    ? ''
    : `docs/architecture.md: ${a.dir}/ does not import ${b.dir}/ (a zone imports only the zones below it).`;
}

const ADAPTED = {
  inkjs: ['inkjs', 'inkjs/*'],
  phaser: ['phaser', 'phaser/*'],
  howler: ['howler'],
  zustand: ['zustand', 'zustand/*'],
  'idb-keyval': ['idb-keyval'],
};
const OWNER = {
  inkjs: 'src/story',
  phaser: 'src/scenes',
  howler: 'src/audio',
  zustand: 'src/state',
  'idb-keyval': 'src/state',
};

function restrictions(packages, node = false) {
  const own = [];
  for (const [name, specifiers] of Object.entries(ADAPTED)) {
    if (packages.includes(name)) continue;
    own.push({ group: specifiers, message: `only ${OWNER[name]} imports ${name} (docs/architecture.md).` });
  }
  // The game runs in the browser: only Node tools, and the compiler wrapper they use, import Node.
  if (!node && !packages.includes('inkjs'))
    own.push({ group: ['node:*'], message: 'src/ runs in the browser: no Node modules here.' });
  return own;
}

/** The zone rule as a lint rule: every relative import, export-from and import() resolved and checked. */
const zonesPlugin = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const root = import.meta.dirname;
        const from = path.relative(root, context.filename).split(path.sep).join('/');
        const check = (node) => {
          const source = node?.source;
          if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
          const target = path
            .relative(root, path.resolve(path.dirname(context.filename), source.value.split('?')[0]))
            .split(path.sep)
            .join('/');
          const problem = importProblem(from, target);
          if (problem) context.report({ node: source, message: problem });
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The zones of docs/architecture.md: a folder imports only from the zones below it (and its own),
  // and each framework stays in the one folder that adapts it.
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'server/**/*.ts'],
    plugins: { zones: zonesPlugin },
    rules: { 'zones/imports': 'error' },
  },
  ...ZONES.map(({ dir, packages = [], node }) => ({
    files: [`${dir}/**/*.ts`],
    ignores: ZONES.filter((z) => z.dir.startsWith(`${dir}/`)).map((z) => `${z.dir}/**`),
    rules: { 'no-restricted-imports': ['error', { patterns: restrictions(packages, node) }] },
  })),
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
