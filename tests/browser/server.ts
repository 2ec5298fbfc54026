// The browser tests build and serve the game the way the benchmark does (scripts/serve-built.ts).

export { buildAndServe, CHROMIUM, launch, OUT_DIR, ROOT, SHOTS } from '../../scripts/serve-built.ts';
