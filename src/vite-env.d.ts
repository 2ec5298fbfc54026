/// <reference types="vite/client" />

declare module 'virtual:second-look/encounters' {
  import type { EncounterHeaders, EncounterIndexEntry } from './core/encounter/analysis.ts';
  export const encounterIndex: EncounterIndexEntry[];
  export const loadHeaders: () => Promise<EncounterHeaders>;
}

declare module '*.ink' {
  import type { CompiledEncounter } from './core/encounter/analysis.ts';
  const encounter: CompiledEncounter;
  export default encounter;
}
