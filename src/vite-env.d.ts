/// <reference types="vite/client" />

declare module 'virtual:second-look/encounters' {
  import type { EncounterHeaders, EncounterIndexEntry } from './core/encounter/analysis.ts';
  export const encounterIndex: EncounterIndexEntry[];
  export const loadHeaders: () => Promise<EncounterHeaders>;
}

declare module '*.ink' {
  import type { CompiledEncounter } from './core/encounter/analysis.ts';
  /** A new copy of the encounter at each call (the module keeps none: scripts/build/vite-plugin-ink.ts). */
  const load: () => Promise<CompiledEncounter>;
  export default load;
}
