/// <reference types="vite/client" />

declare module 'virtual:second-look/encounters' {
  import type { EncounterEntry } from './core/encounter/analysis.ts';
  export const encounters: EncounterEntry[];
}

declare module '*.ink' {
  import type { CompiledEncounter } from './core/encounter/analysis.ts';
  const encounter: CompiledEncounter;
  export default encounter;
}
