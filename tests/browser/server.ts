// The browser tests build and serve the game the way the benchmark does (scripts/build/serve-built.ts).

export { buildAndServe, CHROMIUM, launch, OUT_DIR, ROOT, SHOTS } from '../../scripts/build/serve-built.ts';
