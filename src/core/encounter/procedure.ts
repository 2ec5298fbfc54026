// The ids the engine itself scores and raises, apart from the catalog reader
// (src/core/encounter/catalog.ts) so the response ladder, on the way to the first choice, does not
// bring the catalog's validation with it.

/** Dimensions the incident report itself scores. They must exist in dimensions.json. */
export const PROCEDURE = {
  observe: 'observe',
  document: 'document',
  report: 'report',
} as const;

/** Critical errors the engine raises on its own from the report (not from a choice tag). */
export const ENGINE_CRITICAL = {
  noEmergencyCall: 'no_emergency_call',
  minorNotEscalated: 'minor_not_escalated',
} as const;
