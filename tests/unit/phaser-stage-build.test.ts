// The browser build uses a cut-down Phaser (src/scenes/phaser-stage.cjs) while these unit tests use the
// whole library, so a scene calling a factory the cut-down build lacks passes here and fails in the
// browser. This test reads the scenes' sources and checks the build provides what they call.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCENES = join(__dirname, '../../src/scenes');
const build = readFileSync(join(SCENES, 'phaser-stage.cjs'), 'utf8');
const sources = readdirSync(SCENES)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(SCENES, name), 'utf8') }));

/** Game-object factories the scenes call, e.g. `scene.add\n .rectangle(` → rectangle. */
function factoriesCalled(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { name, text } of sources) {
    for (const match of text.matchAll(/\.add\s*\.\s*([a-z][A-Za-z]*)\s*\(/g)) found.set(match[1]!, name);
  }
  return found;
}

/** Value references like `Phaser.GameObjects.Zone` (types and Phaser's own constants left out). */
function namespacesUsed(): { space: string; member: string; file: string }[] {
  const found: { space: string; member: string; file: string }[] = [];
  for (const { name, text } of sources) {
    for (const match of text.matchAll(/\bPhaser\.([A-Z][a-z][A-Za-z0-9]*)\.([A-Za-z0-9]+)/g)) {
      if (match[1] === 'Types') continue;
      found.push({ space: match[1]!, member: match[2]!, file: name });
    }
  }
  return found;
}

describe('the cut-down Phaser build', () => {
  it('finds the factories the scenes call (so the check below is not empty)', () => {
    expect([...factoriesCalled().keys()]).toEqual(expect.arrayContaining(['image', 'graphics', 'rectangle']));
  });

  it('requires a factory for every game object a scene adds', () => {
    const missing = [...factoriesCalled()]
      .filter(([kind]) => !new RegExp(`/${kind[0]!.toUpperCase()}${kind.slice(1)}Factory'`).test(build))
      .map(([kind, file]) => `${file}: add.${kind}`);
    expect(missing).toEqual([]);
  });

  it('exports every Phaser namespace member a scene reads', () => {
    const missing = namespacesUsed()
      .filter(({ space, member }) => {
        if (!new RegExp(`\\b${space}:`).test(build)) return true;
        // Members of GameObjects are listed one by one; other namespaces are whole modules.
        return space === 'GameObjects' && !new RegExp(`\\b${member}:`).test(build);
      })
      .map(({ space, member, file }) => `${file}: Phaser.${space}.${member}`);
    expect(missing).toEqual([]);
  });
});
