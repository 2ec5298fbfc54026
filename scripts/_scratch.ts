import { buildEncounter, loadLibrary } from './library.ts';
const lib = loadLibrary();
const b = buildEncounter(process.argv[2]!, lib);
console.log(b.diagnostics, JSON.stringify(b.compiled?.analysis, null, 1), b.explored?.unreachedKnots);
