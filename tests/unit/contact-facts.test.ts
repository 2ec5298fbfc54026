// What stories may say about contacts: the hotline attributes and the child-protection contact in
// the configuration, the checker's warning on a sentence that states an attribute as fact, the new
// critical errors, and writer-only notes kept out of learner-facing catalog text.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogs, CATALOG_FILES, type RawCatalogs } from '../../src/core/encounter/catalog.ts';
import { claimLanguage, contactClaims } from '../../src/core/encounter/claims.ts';
import { readConfig, storyVariables, toConfigFile } from '../../src/core/config/config.ts';
import { fileFromForm, formValuesFrom } from '../../src/core/config/org-form.ts';
import { DataError } from '../../src/core/validate.ts';
import { realCatalogs } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (p: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as Record<string, unknown>;
const PRESETS = ['us', 'uk', 'ca'].map((r) => [r, read(`src/config/presets/${r}.config.json`)] as const);

function problems(data: unknown): string[] {
  try {
    readConfig('config.json', data);
    return [];
  } catch (e) {
    if (e instanceof DataError) return [...e.problems];
    throw e;
  }
}

describe('hotline attributes and the child-protection contact', () => {
  it('are optional: a file without them reads, and stories then say nothing either way', () => {
    const f = read('src/config/presets/us.config.json');
    const contacts = f['contacts'] as Record<string, unknown>;
    delete contacts['childProtection'];
    contacts['hotlines'] = [{ name: 'the line', phone: '1-800-000-0000', text: '' }];
    // The preset's Spanish words name its two hotlines; this file has one, and no other language.
    delete f['languages'];
    const c = readConfig('config.json', f);
    expect(c.contacts.hotline.isPolice).toBeUndefined();
    expect(c.contacts.childProtection).toEqual({ name: 'child protection services', phone: '' });
    const v = storyVariables(c);
    expect(v).toMatchObject({
      hotline_is_police: 0,
      hotline_not_police: 0,
      hotline_consent_based: 0,
      hotline_languages: '',
      hotline_hours: '',
      child_protection_name: 'child protection services',
    });
    expect(toConfigFile(c)['contacts']).not.toHaveProperty('childProtection');
  });

  it('become story variables when set', () => {
    const c = readConfig('config.json', read('src/config/presets/uk.config.json'));
    expect(storyVariables(c)).toMatchObject({
      hotline_not_police: 1,
      hotline_is_police: 0,
      hotline_consent_based: 1,
      hotline_hours: '24 hours a day, every day of the year',
    });
  });

  it('are set by every preset, with a child-protection contact to review and no unverified claim', () => {
    for (const [region, data] of PRESETS) {
      const c = readConfig(region, data);
      expect(c.contacts.childProtection.name, region).not.toBe('');
      expect(c.reviewed, region).toBe(false);
      // The first hotline says whether it is a police line.
      expect(typeof c.contacts.hotline.isPolice, region).toBe('boolean');
    }
    const us = readConfig('us', PRESETS[0]?.[1]);
    // The post-2025 US operator's consent policy is unverified (reference §2.6), so it is not set.
    expect(us.contacts.hotline.consentBased).toBeUndefined();
    const uk = readConfig('uk', PRESETS[1]?.[1]);
    expect(uk.contacts.hotlines.find((h) => h.name.includes('non-emergency'))?.isPolice).toBe(true);
  });

  it('are checked by name', () => {
    const f = read('src/config/presets/us.config.json');
    const contacts = f['contacts'] as Record<string, unknown>;
    contacts['hotlines'] = [{ name: 'x', phone: '1', text: '', isPolice: 'no', hours: 5, extra: 1 }];
    contacts['childProtection'] = { name: '', phone: 'call us' };
    const p = problems(f).join('\n');
    expect(p).toContain('contacts.hotlines[0].isPolice: must be true or false');
    expect(p).toContain('contacts.hotlines[0].hours: must be text');
    expect(p).toContain('contacts.hotlines[0].extra:');
    expect(p).toContain('contacts.childProtection.phone: must be a phone number');
  });

  it('round-trip through the file and the set-up form', () => {
    const ca = PRESETS[2]?.[1];
    const c = readConfig('ca', ca);
    expect(readConfig('again', toConfigFile(c))).toEqual(c);
    const v = formValuesFrom(ca);
    expect(v.hotlines[0]).toMatchObject({ isPolice: 'no', consentBased: 'yes' });
    expect(v.childProtectionName).toBe(c.contacts.childProtection.name);
    v.hotlines[0]!.isPolice = '';
    v.childProtectionPhone = '1-800-555-0100';
    const back = readConfig('form', fileFromForm(v));
    expect(back.contacts.hotline.isPolice).toBeUndefined();
    expect(back.contacts.hotline.consentBased).toBe(true);
    expect(back.contacts.childProtection.phone).toBe('1-800-555-0100');
  });
});

describe('the checker on claims about the hotline', () => {
  const warn = (src: string) => contactClaims('s.ink', src).map((d) => `${d.line}: ${d.message}`);

  it('warns on a sentence that states an attribute as fact, with its line', () => {
    const w = warn(
      "Hello.\n* [\"It's {hotline_name}. They're not police, and they're there day and night.\"]",
    );
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/^2: .*isPolice.*\{hotline_not_police\}/);
    expect(w[1]).toMatch(/^2: .*hours/);
    expect(warn("Advocates there work with the person's consent.")[0]).toMatch(/consentBased/);
    expect(warn('They have interpreters.')[0]).toMatch(/languages/);
  });

  it('accepts the same facts through conditions on the configuration, and the officer speaking of themselves', () => {
    expect(warn("It's {hotline_name}.{hotline_not_police: They're not the police.}")).toEqual([]);
    expect(warn('{hotline_hours: They answer {hotline_hours}.}')).toEqual([]);
    expect(warn("\"I'm with security. I'm not the police. You're not in trouble.\"")).toEqual([]);
    expect(warn('They chat in their own language and laugh.')).toEqual([]);
    expect(warn('// They are not the police.')).toEqual([]);
    expect(warn('{ hotline_not_police:\n  They are not the police.\n}')).toEqual([]);
  });
});

describe('the checker on claims about the hotline in a Spanish translation', () => {
  const warn = (src: string) => contactClaims('es.ink', src, 'es').map((d) => `${d.line}: ${d.message}`);

  it('warns on a Spanish sentence that states an attribute as fact, with its line', () => {
    const w = warn('Hola.\n* ["Es {hotline_name}. No son la policía y contestan día y noche."]');
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/^2: .*isPolice.*\{hotline_not_police\}/);
    expect(w[1]).toMatch(/^2: .*hours/);
    expect(warn('En la línea de ayuda trabajan con su consentimiento.')[0]).toMatch(/consentBased/);
    expect(warn('Ellos tienen intérpretes.')[0]).toMatch(/languages/);
    expect(warn('¿Sabe qué? Ellos contestan las 24 horas.')[0]).toMatch(/^1: .*hours/);
  });

  it('accepts conditions on the configuration and the officer speaking of themselves', () => {
    expect(warn('Es {hotline_name}.{hotline_not_police: No son la policía.}')).toEqual([]);
    expect(warn('"Soy de seguridad. No soy la policía. Usted no está en problemas."')).toEqual([]);
    expect(warn('{ hotline_hours:\n  Ellos contestan día y noche.\n}')).toEqual([]);
  });

  it('reads English rules for English files, so Spanish words pass there unnoticed and the other way round', () => {
    expect(contactClaims('en.ink', 'Ellos no son la policía.')).toEqual([]);
    expect(contactClaims('es.ink', "They're not police.", 'es')).toEqual([]);
    expect(claimLanguage('es-US')).toBe('es');
    expect(claimLanguage('en-US')).toBe('en');
  });
});

describe('the critical-error catalog', () => {
  const catalogs = realCatalogs();

  it('has interrogating a victim, profiling and facilitating a buyer, each with rationale, alternative and source', () => {
    for (const id of ['interrogate_victim', 'profiling', 'facilitate_buyer', 'companion_as_interpreter']) {
      const e = catalogs.criticalErrors.get(id);
      expect(e, id).toBeDefined();
      expect(e?.explanation.length, id).toBeGreaterThan(80);
      expect(e?.instead.length, id).toBeGreaterThan(40);
      expect(e?.source, id).not.toBe('');
    }
    expect(catalogs.criticalErrors.get('interrogate_victim')?.explanation).toMatch(/child/);
    expect(catalogs.criticalErrors.get('profiling')?.explanation).toMatch(/nationality/);
  });

  it('widens the interpreter error to anyone who may be under the same control', () => {
    const e = catalogs.criticalErrors.get('companion_as_interpreter');
    expect(e?.explanation).toMatch(/co-worker/);
    expect(e?.instead).toMatch(/crew member/);
  });
});

describe('writer-only notes', () => {
  it('never reach learner-facing indicator text: the catalog keeps them in "note"', () => {
    const catalogs = realCatalogs();
    for (const i of catalogs.indicators.values()) {
      const shown = [i.description, i.why, ...i.sources].join(' ');
      expect(shown, i.id).not.toMatch(/unverified/i);
    }
    expect(catalogs.indicators.get('transit.ticket_bought_by_other')?.note).toMatch(/unverified/);
  });

  it('are refused in a learner-facing field', () => {
    const raw = Object.fromEntries(
      Object.entries(CATALOG_FILES).map(([k, f]) => [
        k,
        JSON.parse(readFileSync(join(ROOT, 'stories', 'catalog', f), 'utf8')),
      ]),
    ) as unknown as RawCatalogs & { indicators: { description: string }[] };
    raw.indicators[0]!.description += ' [UNVERIFIED]';
    expect(() => loadCatalogs(raw)).toThrow(/move the verification note to "note"/);
  });
});
