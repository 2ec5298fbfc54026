// Lint rules. The floors of docs/architecture.md are enforced here: nothing imports up, each
// framework stays in its adapter folder, the core stays pure (no framework, DOM or Node).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** The folders of src/, and the libraries each one alone may import. */
export const FOLDERS = ['core', 'i18n', 'story', 'state', 'ui', 'scenes', 'audio', 'lms', 'sw', 'app'];
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

/**
 * Each floor's files, the src/ folders it may import besides its own (`below`), and the adapted
 * libraries it may import. Everything else in FOLDERS and ADAPTED is refused, with the reason.
 */
export const FLOORS = [
  { files: ['src/core/**/*.ts'], below: [], packages: [] },
  // The interface's words (compiled message catalogs): on the core, below everything that shows words.
  { files: ['src/i18n/**/*.ts'], below: ['core'], packages: [] },
  { files: ['src/story/**/*.ts'], below: ['core'], packages: ['inkjs'] },
  { files: ['src/state/**/*.ts'], below: ['core', 'story'], packages: ['zustand', 'idb-keyval'] },
  { files: ['src/ui/**/*.ts'], below: ['core', 'i18n', 'story', 'state'], packages: [] },
  { files: ['src/scenes/**/*.ts'], below: ['core', 'story', 'state'], packages: ['phaser'] },
  { files: ['src/audio/**/*.ts'], below: ['core', 'story', 'state'], packages: ['howler'] },
  { files: ['src/lms/**/*.ts'], below: ['core', 'story', 'state'], packages: [] },
  { files: ['src/sw/**/*.ts'], below: ['core'], packages: [] },
  {
    files: ['src/app/**/*.ts', 'src/main.ts', 'src/vote-main.ts'],
    below: ['core', 'i18n', 'story', 'state', 'ui', 'scenes', 'audio', 'lms'],
    packages: [],
  },
  // Node tools (floor 3): the core and the story adapter, never the app or the tests.
  { files: ['scripts/**/*.ts'], below: ['core', 'story'], packages: ['inkjs'], node: true },
];

function restrictions(below, packages, node = false) {
  const folders = FOLDERS.filter((f) => !below.includes(f));
  const up = node ? '../src' : '..';
  const patterns = folders.map((f) => ({
    group: [`${up}/${f}/*`, `${up}/${f}/**`, ...(f === 'app' ? [`${up}/main.ts`, `${up}/vote-main.ts`] : [])],
    message: `docs/architecture.md: this floor does not import src/${f}/ (a floor imports only the floors below it).`,
  }));
  // A folder's own modules are fine; the pattern above names other folders only.
  const own = [];
  for (const [name, specifiers] of Object.entries(ADAPTED)) {
    if (packages.includes(name)) continue;
    own.push({ group: specifiers, message: `only ${OWNER[name]} imports ${name} (docs/architecture.md).` });
  }
  if (node) own.push({ group: ['../tests/*', '../tests/**'], message: 'scripts do not import test code.' });
  // The game runs in the browser: only Node tools, and the compiler wrapper they use, import Node.
  else if (!packages.includes('inkjs'))
    own.push({ group: ['node:*'], message: 'src/ runs in the browser: no Node modules here.' });
  return [...patterns, ...own];
}

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
  // The floors of docs/architecture.md: a folder imports only from the floors below it (and its own),
  // and each framework stays in the one folder that adapts it.
  ...FLOORS.map(({ files, below, packages, node }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: restrictions(below, packages, node) }] },
  })),
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
