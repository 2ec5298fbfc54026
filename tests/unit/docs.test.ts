import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, withTables } from '../../scripts/check/grammar-doc.ts';
import { TAG_RULES } from '../../src/core/tags/tags.ts';

describe('the writers’ guide', () => {
  const readme = readFileSync(README, 'utf8');

  it('has grammar tables generated from the one rule table (run npm run docs:grammar)', () => {
    expect(readme).toBe(withTables(readme));
  });

  it('documents every tag with its example', () => {
    for (const rule of TAG_RULES) expect(readme).toContain(`\`${rule.key}\``);
  });
});
