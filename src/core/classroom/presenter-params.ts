// The marks that send the game into presenter mode, apart from the presenter and relay protocols so
// the game's first download can recognise them without carrying either protocol.

/** Query parameters: `?present=<encounterId>` opens the projector, `?console=<channel>` the console. */
export const PRESENTER_PARAMS = { present: 'present', console: 'console' } as const;

/** `?instructor` turns on the instructor tools on this device (a link for trainers). */
export const INSTRUCTOR_PARAM = 'instructor';

/**
 * The relay marks the game pages it serves with this meta tag, so presenter mode connects to it only
 * when it is there (a plain web server never gets asked for the host token).
 */
export const RELAY_META = 'second-look-relay';
