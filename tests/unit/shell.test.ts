// The overlay shell's logic, apart from its DOM: how the step-out dialog lists a hotline, and which
// screens Back from settings returns to.

import { describe, expect, it } from 'vitest';
import { SCREENS } from '../../src/state/keys.ts';
import { hotlineLine, isBackTarget } from '../../src/ui/shell-parts.ts';

describe('the step-out dialog', () => {
  it('lists a hotline by name and number, with its text line when it has one', () => {
    expect(hotlineLine({ name: 'Hotline', phone: '1-888-373-7888', text: '233733' })).toBe(
      'Hotline: 1-888-373-7888 (233733)',
    );
    expect(hotlineLine({ name: 'Modern Slavery Helpline', phone: '08000 121 700', text: '' })).toBe(
      'Modern Slavery Helpline: 08000 121 700',
    );
  });
});

describe('Back from settings', () => {
  it('returns to any screen but settings and the organisation set-up', () => {
    for (const screen of Object.values(SCREENS))
      expect(isBackTarget(screen), screen).toBe(screen !== SCREENS.settings && screen !== SCREENS.orgSetup);
    expect(isBackTarget(SCREENS.encounter)).toBe(true);
    expect(isBackTarget(SCREENS.orgSetup)).toBe(false);
  });
});
