import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../src/state/settings.ts';

describe('learner settings', () => {
  it('start with the instructor tools hidden', () => {
    expect(readSettings(undefined).instructorTools).toBe(false);
    expect(DEFAULT_SETTINGS.instructorTools).toBe(false);
  });

  it('keep a saved choice and ignore a damaged one', () => {
    expect(readSettings({ instructorTools: true }).instructorTools).toBe(true);
    expect(readSettings({ instructorTools: 'yes' }).instructorTools).toBe(false);
    // Settings saved before the option existed read as before, with the tools hidden.
    const old = readSettings({ textSize: 'large', highContrast: true });
    expect(old).toMatchObject({ textSize: 'large', highContrast: true, instructorTools: false });
  });
});
