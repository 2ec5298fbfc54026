// Words for the offline status line and the update notice (loaded with src/app/offline.ts, after the
// first choice is on screen).

import { STATUS_MESSAGES, type StatusMessage } from '../../core/offline.ts';

export const OFFLINE_STRINGS: Record<StatusMessage, string> & { reload: string; label: string } = {
  label: 'Connection and updates',
  [STATUS_MESSAGES.offline]:
    'You are offline. The encounters, debriefs and your progress still work on this device.',
  [STATUS_MESSAGES.xapiPaused]:
    'Results cannot be sent to your learning record store while you are offline; encounters you finish now are not sent.',
  [STATUS_MESSAGES.relayUnavailable]:
    'Phone voting is unavailable while this computer is offline. Count hands in the console instead.',
  [STATUS_MESSAGES.updateReady]: 'A new version of Second Look is ready.',
  [STATUS_MESSAGES.updateBlocked]:
    'The new version of Second Look could not start. Close every Second Look tab and open it again to update.',
  reload: 'Reload',
};
