// Vite plugin (build only): lets the browser fetch what the first screen needs while it is still
// reading the page, instead of after src/main.ts has run. (The game's first code is src/main.ts and
// what it imports statically, which Vite's own modulepreload links already ask for.) It writes into
// index.html
//   - a tiny classic script, assets/boot-hint-<hash>.js, that starts the config.json request
//     (src/app/early.ts picks it up) and, for a link straight into an encounter (`?encounter=<id>`),
//     starts the request for that encounter's file, which the page's script takes instead of asking
//     again and reads without the encounter's module (src/main.ts, src/core/encounter/encounter-file.ts;
//     a `<link rel="preload">` was not matched, and a fetch revalidated it: one more round trip;
//     the module was one more request too), translated ones when the link, the stored choice or
//     the browser asks for their language. A file, not
//     inline, so the Content Security Policy needs no 'unsafe-inline' or per-build hash
//     (src/core/csp.ts); a plain classic script at the end of the body (preloaded from the top of the
//     head), so it runs as soon as it and the stylesheets are in, before the first paint and the
//     game's modules. Neither `defer` nor `async` (nor a module): Chromium runs
//     those after the page's first paint, which in traces of the bench's page started config.json
//     and the encounter's file 40–60 ms later (docs/performance.md, "Fourth round").
// Without it the game works the same, one round trip later.

import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import {
  CONFIG_REQUEST,
  CONFIG_URL,
  EARLY_CONFIG,
  EARLY_ENCOUNTER_FILE,
} from '../../src/core/config/config-request.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/core/locale.ts';
import { STORAGE_KEYS } from '../../src/core/storage-keys.ts';
import { encounterFileKey } from '../../src/core/encounter/encounter-file.ts';
import { headerMeta } from '../check/library.ts';
import { storyFiles } from './vite-plugin-ink.ts';

/** The languages stories may be translated into (stories/<locale>/…). */
const TRANSLATED = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

export function preloadPlugin(): Plugin {
  // The boot hint made while writing index.html, emitted as a file once the page is written.
  let hint: { fileName: string; source: string } | null = null;
  return {
    name: 'second-look-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return html;
        // Each encounter's file by the key the page's script looks for (the id, "@<locale>" for a
        // translation under stories/<locale>/), read from each story's header.
        const files: Record<string, string> = {};
        for (const [ink, file] of storyFiles) {
          const meta = headerMeta(ink);
          const locale = TRANSLATED.find((l) => ink.includes(`/stories/${l}/`)) ?? DEFAULT_LOCALE;
          if (meta.id) files[encounterFileKey(meta.id, locale)] = `./${file}`;
        }
        const early = JSON.stringify(EARLY_ENCOUNTER_FILE);
        const code = [
          '(function(){',
          `var m=${JSON.stringify(files)},q=new URLSearchParams(location.search),id=q.get("encounter");`,
          // The language: the link's, the one chosen on this device, or the browser's (read only for a
          // link into an encounter, which is the only one it is needed for).
          `if(id){var w=q.get("lang");try{w=w||localStorage.getItem(${JSON.stringify(STORAGE_KEYS.locale)})||navigator.language;}catch(e){}`,
          `w=(w||"").toLowerCase().split("-")[0];var L=${JSON.stringify(TRANSLATED)};`,
          'for(var i=0;i<L.length;i++){if(L[i].toLowerCase().split("-")[0]===w&&m[id+"@"+L[i]])id=id+"@"+L[i];}}',
          // The encounter's file before config.json: the first choice waits for the file.
          'if(id&&Object.prototype.hasOwnProperty.call(m,id)){try{',
          'var f=m[id],t=fetch(f).then(function(r){if(!r.ok)throw new Error(f+": "+r.status);return r.text();});',
          `t.catch(function(){});window[${early}]={key:id,href:new URL(f,document.baseURI).href,text:t};}catch(e){}}`,
          `try{window[${JSON.stringify(EARLY_CONFIG)}]=fetch(${JSON.stringify(CONFIG_URL)},${JSON.stringify(CONFIG_REQUEST)});`,
          `window[${JSON.stringify(EARLY_CONFIG)}].catch(function(){});}catch(e){}`,
          '})();',
          '',
        ].join('\n');
        const fileName = `assets/boot-hint-${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.js`;
        hint = { fileName, source: code };
        // Asked for first (a preload at the top of the head: the browser sends its requests in the
        // page's order, and the hint's two requests wait for it), run last in the body: there is
        // nothing left for it to hold back. (If it ever ran after src/main.ts, that script would ask
        // for config.json and the encounter itself.)
        const preload = `<link rel="preload" as="script" href="./${fileName}">`;
        const script = `<script src="./${fileName}"></script>`;
        return html
          .replace('</title>', `</title>\n    ${preload}`)
          .replace('</body>', `  ${script}\n  </body>`);
      },
    },
    generateBundle: {
      // After Vite's own HTML plugin has written index.html (and with it the hint, above).
      order: 'post',
      handler() {
        if (!hint) throw new Error('second-look-preload: index.html was written without the boot hint');
        this.emitFile({ type: 'asset', fileName: hint.fileName, source: hint.source });
        hint = null;
      },
    },
  };
}
