import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.ts';

function fakeFetch(status: number, body: string, type = 'application/json'): typeof fetch {
  return (async () => new Response(body, { status, headers: { 'content-type': type } })) as typeof fetch;
}

describe('loading the organisation configuration', () => {
  it('uses the bundled default when no config.json is served', async () => {
    const r = await loadConfig(fakeFetch(404, 'not found', 'text/html'));
    expect(r.problem).toBeNull();
    expect(r.config.region).toBe('US');
  });

  it('uses a valid config.json served next to the game', async () => {
    const uk = {
      version: 1,
      region: 'UK',
      reviewed: true,
      organisation: { name: 'Example Hotels' },
      contacts: {
        emergencyNumber: '999',
        hotline: { name: 'the helpline', phone: '08000 121 700', text: '' },
        internalEscalation: ['the duty manager'],
      },
    };
    const r = await loadConfig(fakeFetch(200, JSON.stringify(uk)));
    expect(r.problem).toBeNull();
    expect(r.config.contacts.emergencyNumber).toBe('999');
  });

  it('reports an invalid config.json field by field and keeps the defaults', async () => {
    const r = await loadConfig(fakeFetch(200, JSON.stringify({ version: 1, region: 'UK', reviewed: true })));
    expect(r.config.region).toBe('US');
    expect(r.config.reviewed).toBe(false);
    expect(r.problem).toMatch(/config\.json: .*organisation: must be an object/);
    expect(r.problem).toMatch(/contacts: must be an object/);
  });

  it('reports broken JSON', async () => {
    const r = await loadConfig(fakeFetch(200, '{ "version": '));
    expect(r.problem).toMatch(/config\.json: is not valid JSON/);
  });
});
