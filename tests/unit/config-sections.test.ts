// The configuration file's section readers, each alone: what it returns and which fields it blames.

import { describe, expect, it } from 'vitest';
import { logoProblem, LOGO_MAX_BYTES } from '../../src/core/config/logo.ts';
import {
  ALL_ENCOUNTERS,
  readContacts,
  readEnabled,
  readOrganisation,
  readPolicy,
  readRefresherDays,
} from '../../src/core/config/sections.ts';
import { Reader } from '../../src/core/validate.ts';

const hotline = { name: 'Line', phone: '1-888-373-7888', text: '' };

describe('configuration sections', () => {
  it('reads encounters.enabled as all, a list, or a problem per bad id', () => {
    const r = new Reader('t');
    expect(readEnabled(r, undefined, ['a'])).toBe(ALL_ENCOUNTERS);
    expect(readEnabled(r, { enabled: 'all' }, ['a'])).toBe(ALL_ENCOUNTERS);
    expect(readEnabled(r, { enabled: ['a', 'b'] }, undefined)).toEqual(['a', 'b']);
    expect(r.problems).toEqual([]);
    readEnabled(r, { enabled: ['a', 'x', 'a'] }, ['a']);
    expect(r.fields).toEqual(['encounters.enabled[1]', 'encounters.enabled[2]']);
    const wrong = new Reader('t');
    expect(readEnabled(wrong, { enabled: 3 }, undefined)).toBe(ALL_ENCOUNTERS);
    expect(wrong.fields).toEqual(['encounters.enabled']);
  });

  it('reads the policy trimmed and the refresher days with a default of 90', () => {
    const r = new Reader('t');
    expect(readPolicy(r, undefined)).toEqual({ briefing: '', debrief: '' });
    expect(readPolicy(r, { briefing: '  Call control.  ' })).toEqual({
      briefing: 'Call control.',
      debrief: '',
    });
    expect(readRefresherDays(r, undefined)).toBe(90);
    expect(readRefresherDays(r, { refresherDays: 30 })).toBe(30);
    expect(r.problems).toEqual([]);
    readPolicy(r, { debrief: 5 });
    readRefresherDays(r, { refresherDays: 0 });
    expect(r.fields).toEqual(['policy.debrief', 'training.refresherDays']);
  });

  it('requires a jurisdiction from version 2 and checks the logo', () => {
    const v1 = new Reader('t');
    expect(readOrganisation(v1, { name: 'Acme' }, true)).toEqual({
      name: 'Acme',
      jurisdiction: '',
      logo: '',
    });
    expect(v1.problems).toEqual([]);
    const v2 = new Reader('t');
    readOrganisation(v2, { name: 'Acme', logo: 'ftp://x/logo.png' }, false);
    expect(v2.fields).toEqual(['organisation.jurisdiction', 'organisation.logo']);
  });

  it('reads one hotline in version 1 and a list from version 2, first one as `hotline`', () => {
    const base = { emergencyNumber: '911', internalEscalation: ['Control room'] };
    const r = new Reader('t');
    const second = { ...hotline, name: 'Other' };
    const c = readContacts(r, { ...base, hotlines: [hotline, second] }, false);
    expect(c.hotline).toEqual(hotline);
    expect(c.hotlines.map((h) => h.name)).toEqual(['Line', 'Other']);
    expect(readContacts(r, { ...base, hotline }, true).hotlines).toEqual([hotline]);
    expect(r.problems).toEqual([]);
    const bad = new Reader('t');
    readContacts(bad, { ...base, emergencyNumber: 'call us', hotline, hotlines: [] }, false);
    expect(bad.fields).toEqual(['contacts.hotline', 'contacts.emergencyNumber', 'contacts.hotlines']);
  });

  it('accepts a small image data: URL and refuses an empty, a large or a non-image one', () => {
    expect(logoProblem('data:image/png;base64,iVBORw0KGgo=')).toBeNull();
    expect(logoProblem('data:image/png;base64,')).toMatch(/empty/);
    const large = 'A'.repeat(Math.ceil(((LOGO_MAX_BYTES + 3) * 4) / 3));
    expect(logoProblem(`data:image/png;base64,${large}`)).toMatch(/too large/);
    expect(logoProblem('data:text/html;base64,PGI+')).toMatch(/PNG, JPEG or SVG/);
    expect(logoProblem('images/logo.png')).toBeNull();
  });
});
